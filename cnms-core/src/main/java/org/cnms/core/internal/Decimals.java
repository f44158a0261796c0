// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import java.math.BigDecimal;

/** Helpers for the exact decimals that every measured value of cnms is. */
public final class Decimals {

  private Decimals() {}

  /**
   * The value with a negative scale ({@code 1E+3}) given scale 0 ({@code 1000}), other values as
   * they are: the canonical form in which a value prints in plain notation and reads back equal.
   */
  public static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** What {@link #compactUnscaled} returns for a value of more than 18 digits. */
  public static final long NOT_COMPACT = Long.MIN_VALUE;

  /**
   * The unscaled digits of {@code value} ({@code value = digits × 10^-scale}) as a long when there
   * are at most 18 of them, else {@link #NOT_COMPACT}: the operand of exact long arithmetic
   * without allocation on hot paths. {@code Long.MIN_VALUE} has 19 digits, so it never stands
   * for a compact value.
   */
  public static long compactUnscaled(BigDecimal value) {
    if (value.precision() > 18) {
      return NOT_COMPACT;
    }
    return value.scale() == 0 ? value.longValue() : value.unscaledValue().longValue();
  }
}
