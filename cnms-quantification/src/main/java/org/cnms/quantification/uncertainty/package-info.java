// SPDX-License-Identifier: Apache-2.0
/**
 * Uncertainty of the GHG inventory and significance of indirect emissions (T/CAS 612 clauses 6.3
 * and 6.8, after ISO 14064-1 clauses 5.2.3 and 8.3 and the IPCC 2006 Guidelines, volume 1,
 * chapter 3): per-line uncertainty combined by error propagation (IPCC Approach 1), a seedable
 * Monte Carlo simulation (IPCC Approach 2), and the significance assessment that decides which
 * indirect categories must be quantified.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.uncertainty;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
