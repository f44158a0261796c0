// SPDX-License-Identifier: Apache-2.0
/**
 * Compliance in an emissions trading scheme (碳排放权交易履约; T/CAS 612 clause 6.7 a): obligation, surrender and the credit cap.
 */
@NullMarked
@CnmsStyle
package org.cnms.assets.ets;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
