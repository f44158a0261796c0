// SPDX-License-Identifier: Apache-2.0
/**
 * Context of the organisation (T/CAS 612 clauses 4.1 and 4.2): external and internal factors,
 * interested parties, their requirements, and compliance obligations.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.context;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
