// SPDX-License-Identifier: Apache-2.0
/**
 * GHG performance indicators (T/CAS 612 clause 6.4): emission intensity per unit of product or of
 * output value, in total, per emission category and per facility, and their change year on year
 * and against the baseline, each division under a stated rounding policy.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.indicator;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
