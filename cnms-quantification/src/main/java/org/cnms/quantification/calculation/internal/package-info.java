// SPDX-License-Identifier: Apache-2.0
/**
 * Internals of the calculator that its bulk runs share (prepared recipes of exact multipliers,
 * their per-thread cache); not exported: the aggregation of this module uses them, users see
 * only {@code Calculator} and {@code InventoryAccumulator}.
 */
@NullMarked
@CnmsStyle
package org.cnms.quantification.calculation.internal;

import org.cnms.core.CnmsStyle;
import org.jspecify.annotations.NullMarked;
