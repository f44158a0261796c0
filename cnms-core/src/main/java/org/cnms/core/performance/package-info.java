// SPDX-License-Identifier: Apache-2.0
/**
 * Performance (T/CAS 612 clauses 6.4 to 6.6): performance indicators, the baseline, carbon-neutrality targets,
 * GHG targets and action plans.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.performance;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
