// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.cnms.core.internal.Decimals;

/**
 * A mass of carbon-dioxide equivalent (二氧化碳当量), in tonnes: the common measure of every GHG
 * emission, removal, target, allowance and credit in T/CAS 612 (clauses 3.1, 3.3, 3.4, 6.3).
 *
 * <p>A {@code Co2e} adds only to another {@code Co2e}: a mass of a gas ({@link GasMass}) has a
 * different type, and the only way from one to the other is a set of global warming potentials.
 *
 * <p>Exactness: the value is an exact {@link BigDecimal}; {@link #plus}, {@link #minus} and
 * {@link #multipliedBy} never round. Only {@link #dividedBy(BigDecimal, int, RoundingMode)} rounds,
 * as the caller says. {@link #equals} is exact, so {@code 12.5 tCO2e} and {@code 12.50 tCO2e} are
 * not equal; {@link #isEquivalentTo} and {@link #compareTo} compare numerically:
 * <pre>{@code
 * Co2e.tonnes("12.5").equals(Co2e.tonnes("12.50"))         // false
 * Co2e.tonnes("12.5").isEquivalentTo(Co2e.tonnes("12.50")) // true
 * }</pre>
 *
 * <p>Immutable, thread-safe; treat as a value type.
 */
public final class Co2e implements Comparable<Co2e> {

  /** The unit code of a {@code Co2e} in text and in JSON: tonnes of CO₂-equivalent. */
  public static final String UNIT = "tCO2e";

  /** Zero tonnes of CO₂-equivalent. */
  public static final Co2e ZERO = new Co2e(BigDecimal.ZERO);

  private final BigDecimal tonnes;

  private Co2e(BigDecimal tonnes) {
    this.tonnes = Decimals.plain(tonnes);
  }

  /**
   * A mass of CO₂e in tonnes.
   *
   * @param tonnes the mass in tCO₂e, not null; may be negative (a net balance)
   * @return the mass
   */
  public static Co2e tonnes(BigDecimal tonnes) {
    return new Co2e(Objects.requireNonNull(tonnes, "tonnes"));
  }

  /**
   * A mass of CO₂e in tonnes, from its decimal text, e.g. {@code Co2e.tonnes("12.5")}.
   *
   * @param tonnes the decimal text, not null
   * @return the mass
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static Co2e tonnes(String tonnes) {
    return new Co2e(new BigDecimal(tonnes));
  }

  /** A mass of CO₂e given in kilograms, held exactly in tonnes. */
  public static Co2e kilograms(BigDecimal kilograms) {
    return new Co2e(kilograms.movePointLeft(3));
  }

  /**
   * Reads what {@link #toString()} prints: a decimal and the unit {@code tCO2e} (also
   * {@code kgCO2e}), e.g. {@code "12.5 tCO2e"}.
   *
   * @param text the text, not null
   * @return the mass
   * @throws IllegalArgumentException if the text is not a decimal followed by a CO₂e unit
   */
  public static Co2e parse(String text) {
    String t = text.trim();
    int space = t.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException(
          "A CO2e mass is written as a decimal and a unit, e.g. '12.5 tCO2e', but was '" + text
              + "'");
    }
    String unit = t.substring(space + 1).trim();
    BigDecimal value;
    try {
      value = new BigDecimal(t.substring(0, space));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a decimal number in CO2e mass '" + text + "'", e);
    }
    switch (unit) {
      case UNIT:
        return tonnes(value);
      case "kgCO2e":
        return kilograms(value);
      default:
        throw new IllegalArgumentException("Unit of a CO2e mass must be tCO2e or kgCO2e, but was '"
            + unit + "' in '" + text + "'");
    }
  }

  /** The mass in tonnes of CO₂e, exactly as held. */
  public BigDecimal tonnes() {
    return tonnes;
  }

  /** The mass in kilograms of CO₂e, exact. */
  public BigDecimal toKilograms() {
    return tonnes.movePointRight(3);
  }

  /** The sum of this and {@code other}, exact. */
  public Co2e plus(Co2e other) {
    return new Co2e(tonnes.add(other.tonnes));
  }

  /** The difference of this and {@code other}, exact. */
  public Co2e minus(Co2e other) {
    return new Co2e(tonnes.subtract(other.tonnes));
  }

  /** This mass times a dimensionless factor, exact. */
  public Co2e multipliedBy(BigDecimal factor) {
    return new Co2e(tonnes.multiply(factor));
  }

  /**
   * This mass divided by a dimensionless divisor, rounded to {@code scale} decimal places.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public Co2e dividedBy(BigDecimal divisor, int scale, RoundingMode rounding) {
    return new Co2e(tonnes.divide(divisor, scale, rounding));
  }

  /**
   * The ratio of this mass to another, rounded by {@code context}.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public BigDecimal ratioTo(Co2e other, MathContext context) {
    return tonnes.divide(other.tonnes, context);
  }

  /** The negation of this mass. */
  public Co2e negated() {
    return new Co2e(tonnes.negate());
  }

  /** This mass rounded to {@code scale} decimal places, for presentation. */
  public Co2e rounded(int scale, RoundingMode rounding) {
    return new Co2e(tonnes.setScale(scale, rounding));
  }

  /** Whether the mass is zero, whatever its scale. */
  public boolean isZero() {
    return tonnes.signum() == 0;
  }

  /** Whether the mass is below zero. */
  public boolean isNegative() {
    return tonnes.signum() < 0;
  }

  /** Whether the mass is above zero. */
  public boolean isPositive() {
    return tonnes.signum() > 0;
  }

  /** Whether this mass is numerically equal to {@code other}, whatever their scales. */
  public boolean isEquivalentTo(Co2e other) {
    return tonnes.compareTo(other.tonnes) == 0;
  }

  /** The larger of this and {@code other}. */
  public Co2e max(Co2e other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The smaller of this and {@code other}. */
  public Co2e min(Co2e other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Numeric order; consistent with {@link #isEquivalentTo}, not with {@link #equals}. */
  @Override
  public int compareTo(Co2e other) {
    return tonnes.compareTo(other.tonnes);
  }

  /** Exact equality: value and scale. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Co2e && ((Co2e) o).tonnes.equals(tonnes);
  }

  @Override
  public int hashCode() {
    return tonnes.hashCode();
  }

  /** The mass as {@code "12.5 tCO2e"}, plain decimal notation; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return tonnes.toPlainString() + " " + UNIT;
  }
}
