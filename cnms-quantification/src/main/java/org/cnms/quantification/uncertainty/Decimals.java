package org.cnms.quantification.uncertainty;

import java.math.BigDecimal;

/** Decimal helpers of this package. */
final class Decimals {

  private Decimals() {}

  /**
   * {@code value} with a scale of at least zero, the same number exactly: a rounded result such
   * as {@code 1.2E+3} becomes {@code 1200}, so that it is written and read back as plain decimal
   * text unchanged.
   */
  static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
