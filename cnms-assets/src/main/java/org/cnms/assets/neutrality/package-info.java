// SPDX-License-Identifier: Apache-2.0
/**
 * The carbon-neutrality balance of a period and the rules a neutrality claim is checked under (碳中和; T/CAS 612 clauses 3.1, 6.6.1 d, 6.7).
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.neutrality;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
