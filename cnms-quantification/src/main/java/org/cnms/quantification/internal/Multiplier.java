// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.cnms.core.internal.Decimals;
import org.cnms.core.units.Ratio;

/**
 * An exact rational multiplier prepared for the hot path: a decimal numerator and, when the ratio
 * has no finite decimal, an integer denominator divided once at the end of a line.
 *
 * <p>Applying it to a value {@code v} gives {@code v × numerator} exactly when the denominator is
 * 1; otherwise {@code v × numerator / denominator} to {@code max(scale(v × numerator) + k,
 * minScale)} decimal places, half-even, where {@code k} is the larger of the exponents of 2 and 5
 * in the denominator. With that scale a quotient that has a finite decimal is never rounded, so
 * the same energy in kWh, MWh or GJ yields exactly the same result.
 */
public final class Multiplier {

  private final Ratio ratio;
  private final BigDecimal numerator;
  private final BigDecimal denominator;
  private final boolean exact;
  private final int extraScale;
  private final long numeratorUnscaled;

  private Multiplier(Ratio ratio) {
    this.ratio = ratio;
    if (ratio.isTerminating()) {
      this.numerator = ratio.toBigDecimalExact();
      this.denominator = BigDecimal.ONE;
      this.exact = true;
      this.extraScale = 0;
    } else {
      this.numerator = new BigDecimal(ratio.numerator());
      this.denominator = new BigDecimal(ratio.denominator());
      this.exact = false;
      this.extraScale = twoFiveExponent(ratio.denominator());
    }
    this.numeratorUnscaled = Decimals.compactUnscaled(numerator);
  }

  /** The multiplier of an exact ratio. */
  public static Multiplier of(Ratio ratio) {
    return new Multiplier(ratio);
  }

  /** The exact ratio. */
  public Ratio ratio() {
    return ratio;
  }

  /** Whether applying it never divides. */
  public boolean isExact() {
    return exact;
  }

  /** {@code value × this}, by the policy of the class. */
  public BigDecimal apply(BigDecimal value, int minScale) {
    BigDecimal p = value.multiply(numerator);
    if (exact) {
      return p;
    }
    return p.divide(denominator, Math.max(p.scale() + extraScale, minScale),
        RoundingMode.HALF_EVEN);
  }

  /**
   * The exact part of {@link #apply}: {@code value × numerator}, never rounded. Sums of such
   * products over one {@link #denominator} are divided once by {@link #divide}.
   */
  public BigDecimal numeratorProduct(BigDecimal value) {
    return value.multiply(numerator);
  }

  /**
   * The numerator's unscaled digits, {@code numerator = digits × 10^-numeratorScale()}, or
   * {@link Decimals#NOT_COMPACT} when they do not fit in a long: for exact numerator products in
   * {@code long}s.
   */
  public long numeratorUnscaled() {
    return numeratorUnscaled;
  }

  /** The scale of the decimal numerator. */
  public int numeratorScale() {
    return numerator.scale();
  }

  /** The decimal numerator: the whole multiplier when {@link #isExact}. */
  public BigDecimal numerator() {
    return numerator;
  }

  /** The integer denominator, {@link BigInteger#ONE} (the same instance) when exact. */
  public BigInteger denominator() {
    return exact ? BigInteger.ONE : ratio.denominator();
  }

  /**
   * A sum of {@link #numeratorProduct}s of multipliers with denominator {@code denominator}
   * divided by it by the policy of the class: to {@code max(scale(sum) + k, minScale)} places,
   * half-even; exact when the denominator is 1. As for one value, a quotient with a finite decimal
   * is never rounded.
   */
  public static BigDecimal divide(BigDecimal numeratorSum, BigInteger denominator, int minScale) {
    if (BigInteger.ONE.equals(denominator)) {
      return numeratorSum;
    }
    return numeratorSum.divide(new BigDecimal(denominator),
        Math.max(numeratorSum.scale() + twoFiveExponent(denominator), minScale),
        RoundingMode.HALF_EVEN);
  }

  /** The scale {@link #apply} rounds {@code value × this} to, or -1 when it does not divide. */
  public int scaleFor(BigDecimal value, int minScale) {
    if (exact) {
      return -1;
    }
    return Math.max(value.scale() + numerator.scale() + extraScale, minScale);
  }

  /**
   * An exact ratio as a decimal by the same policy: exact when it terminates, else rounded
   * half-even to {@code scale} places.
   */
  public static BigDecimal decimal(Ratio r, int scale) {
    return r.isTerminating() ? r.toBigDecimalExact() : r.toBigDecimal(scale, RoundingMode.HALF_EVEN);
  }

  private static int twoFiveExponent(BigInteger d) {
    int twos = d.getLowestSetBit();
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    BigInteger x = d;
    while (x.mod(five).signum() == 0) {
      x = x.divide(five);
      fives++;
    }
    return Math.max(twos, fives);
  }
}
