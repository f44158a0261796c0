// SPDX-License-Identifier: Apache-2.0
/** cnms-examples. */
@NullMarked
@CnmsStyle
package org.cnms.examples;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
