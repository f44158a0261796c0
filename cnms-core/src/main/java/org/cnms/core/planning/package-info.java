// SPDX-License-Identifier: Apache-2.0
/**
 * Planning (T/CAS 612 clauses 6.1, 6.7, 6.8): risks and opportunities and the actions on them, the carbon-asset
 * management plan, and the data-quality control plan.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.planning;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
