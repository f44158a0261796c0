// SPDX-License-Identifier: Apache-2.0
/**
 * The reference data embedded in the SDK (GWP values, refrigerant blends, Chinese grid factors
 * and fuel defaults), each figure with its source and status.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.reference;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
