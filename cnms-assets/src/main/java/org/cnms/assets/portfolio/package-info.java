// SPDX-License-Identifier: Apache-2.0
/**
 * The portfolio of carbon assets (碳资产组合; T/CAS 612 clause 6.7): holdings, cost, valuation and the cheapest purchase that closes a shortfall.
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.portfolio;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
