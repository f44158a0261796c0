// SPDX-License-Identifier: Apache-2.0
/** cnms-assets. */
@NullMarked
@CnmsStyle
package org.cnms.assets;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
