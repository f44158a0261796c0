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
}
