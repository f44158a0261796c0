// SPDX-License-Identifier: Apache-2.0
/**
 * Global warming potentials (全球变暖潜势): the IPCC 100-year sets SAR, AR4, AR5 and AR6, user-defined
 * sets, refrigerant blends, and the restatement of an inventory under another set (T/CAS 612
 * clause 6.3).
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.gwp;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
