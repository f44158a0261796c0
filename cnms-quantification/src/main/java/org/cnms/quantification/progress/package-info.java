// SPDX-License-Identifier: Apache-2.0
/**
 * Progress towards the carbon-neutrality targets (T/CAS 612 clauses 6.3 f and 6.6): the status of
 * each phased and vision target, a projection of future emissions from the trend, and scenarios
 * that tell in which year the vision target is reached.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.progress;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
