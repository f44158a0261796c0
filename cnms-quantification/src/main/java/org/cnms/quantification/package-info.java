// SPDX-License-Identifier: Apache-2.0
/** cnms-quantification. */
@NullMarked
@CnmsStyle
package org.cnms.quantification;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
