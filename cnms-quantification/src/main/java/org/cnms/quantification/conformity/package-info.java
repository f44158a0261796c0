// SPDX-License-Identifier: Apache-2.0
/**
 * The conformity rules of cnms-quantification: the machine checks of T/CAS 612 clauses 6.2 to 6.5
 * and 9.1, offered through {@link org.cnms.quantification.conformity.QuantificationRules}.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.conformity;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
