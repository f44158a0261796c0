// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, numerator over a positive denominator, kept in lowest terms: the form
 * of a unit conversion factor (GJ → kWh is 1000/3.6 = 2500/9) and of any product of factors that
 * must not be rounded before the final step.
 *
 * <p>Nothing rounds until {@link #toBigDecimal(MathContext)} or {@link #toBigDecimal(int,
 * RoundingMode)}; {@link #toBigDecimalExact()} returns the exact decimal when it terminates.
 * Immutable, thread-safe; treat as a value type.
 */
public final class Ratio implements Comparable<Ratio> {

  /** The ratio 1/1. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The ratio {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("Ratio with a zero denominator: " + numerator + "/0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      denominator = BigInteger.ONE;
    }
    return new Ratio(numerator, denominator);
  }

  /** The exact ratio of a decimal, e.g. 0.0036 = 9/2500. */
  public static Ratio of(BigDecimal value) {
    if (value.scale() <= 0) {
      return new Ratio(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * The exact ratio {@code numerator / denominator} of two decimals.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    return of(numerator).dividedBy(of(denominator));
  }

  /** The numerator, in lowest terms; carries the sign. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator, in lowest terms; always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** The product of two ratios, exact. */
  public Ratio multipliedBy(Ratio other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** The product of this ratio and a decimal, exact. */
  public Ratio multipliedBy(BigDecimal other) {
    return multipliedBy(of(other));
  }

  /**
   * The quotient of two ratios, exact.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Ratio dividedBy(Ratio other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** The sum of two ratios, exact. */
  public Ratio plus(Ratio other) {
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** The inverse of this ratio. @throws ArithmeticException if this ratio is zero */
  public Ratio inverse() {
    return of(denominator, numerator);
  }

  /** Whether this ratio has a finite decimal expansion (its denominator is 2^a·5^b). */
  public boolean isTerminating() {
    BigInteger d = denominator;
    BigInteger two = BigInteger.TWO;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(two).signum() == 0) {
      d = d.divide(two);
    }
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  /**
   * The exact decimal value of this ratio.
   *
   * @throws ArithmeticException if the decimal expansion does not terminate (e.g. 1/3)
   */
  public BigDecimal toBigDecimalExact() {
    if (denominator.equals(BigInteger.ONE)) {
      return new BigDecimal(numerator);
    }
    if (!isTerminating()) {
      throw new ArithmeticException("The ratio " + this
          + " has no exact decimal value; pass a rounding policy");
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros();
  }

  /** The decimal value of this ratio rounded by {@code context}. */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /** The decimal value of this ratio rounded to {@code scale} decimal places. */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio && ((Ratio) o).numerator.equals(numerator)
        && ((Ratio) o).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /** The ratio as {@code "2500/9"}, or {@code "7"} when the denominator is 1. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
