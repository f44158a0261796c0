// SPDX-License-Identifier: Apache-2.0
/**
 * Emission factors (排放因子) with their provenance and the versioned factor library they are
 * looked up in, with explicit fallback rules (T/CAS 612 clauses 6.3 and 6.8).
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.factor;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
