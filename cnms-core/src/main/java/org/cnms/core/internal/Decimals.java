// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import java.math.BigDecimal;

/** Helpers for the exact decimals that every measured value of cnms is. */
public final class Decimals {

  private Decimals() {}

  /**
   * The most digits a decimal read from text may have before or after its point when written
   * plainly: {@code 1e-999999999} is ten characters, but its plain form a gigabyte.
   */
  public static final int MAX_PLAIN_DIGITS = 1000;

  /**
   * Reads a decimal from text, refusing one whose plain form would have more than
   * {@link #MAX_PLAIN_DIGITS} digits before or after the point.
   *
   * @throws NumberFormatException if the text is not a decimal or its exponent is out of range
   */
  public static BigDecimal parse(String text) {
    return bounded(new BigDecimal(text), text);
  }

  /**
   * The value if its plain form has at most {@link #MAX_PLAIN_DIGITS} digits before and after
   * the point.
   *
   * @throws NumberFormatException naming {@code text} if not
   */
  public static BigDecimal bounded(BigDecimal value, String text) {
    long integerDigits = (long) value.precision() - value.scale();
    if (value.scale() > MAX_PLAIN_DIGITS || integerDigits > MAX_PLAIN_DIGITS) {
      throw new NumberFormatException("The exponent of '" + excerpt(text)
          + "' is out of range: at most " + MAX_PLAIN_DIGITS
          + " digits before or after the decimal point");
    }
    return value;
  }

  private static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

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
    // moving the point by the scale keeps the unscaled long of a compact value: no BigInteger
    return value.scale() == 0 ? value.longValue() : value.movePointRight(value.scale()).longValue();
  }
}
