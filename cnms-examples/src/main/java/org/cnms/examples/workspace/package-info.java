// SPDX-License-Identifier: Apache-2.0
/**
 * A workspace: an organisation's carbon-neutrality management system (T/CAS 612—2022) as files —
 * {@code workspace.yaml}, {@code system.yaml}, activity data as CSV, the organisation's own
 * factors, supplier footprints and the carbon-asset ledger — loaded, checked and computed into
 * GHG inventories. Every problem of every file is reported with its file and line.
 */
@NullMarked
@CnmsStyle
package org.cnms.examples.workspace;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
