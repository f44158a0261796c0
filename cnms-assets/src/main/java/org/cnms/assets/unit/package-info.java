// SPDX-License-Identifier: Apache-2.0
/**
 * Carbon allowances and credits (碳配额、碳信用; T/CAS 612 clauses 3.3, 3.4, 6.7): unit types, serial ranges and blocks of units.
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.unit;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
