// SPDX-License-Identifier: Apache-2.0
/**
 * Internals of cnms-quantification (CSV reading, exact multipliers); not exported.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.internal;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
