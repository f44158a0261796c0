// SPDX-License-Identifier: Apache-2.0
/**
 * The conformity rules of cnms-core: the machine checks of T/CAS 612 clauses 4, 5, 6.1, 6.6, 6.8,
 * 7, 8, 9.2 to 9.4 and 10, offered through {@link org.cnms.core.conformity.rules.CoreRules}.
 */
@NullMarked
@CnmsStyle
package org.cnms.core.conformity.rules;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
