// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.cnms.core.internal.CompactAmounts;
import org.cnms.core.internal.Decimals;

/**
 * An exact measured amount: a decimal value and its {@link MeasureUnit}, e.g. {@code 1250.5 kWh}
 * of purchased electricity or {@code 12.3 1e4Nm3} of natural gas — the activity data, operating
 * parameters and indicator values of T/CAS 612 clauses 6.3, 6.4 and 9.1.1.
 *
 * <p>Exactness: no operation rounds unless it takes a {@link MathContext}. {@link #to(MeasureUnit)}
 * converts exactly, and fails rather than round when the result has no finite decimal (1 GJ in
 * kWh is 277.77…); {@link #conversionTo(MeasureUnit)} gives the exact rational instead. {@link
 * #equals} is exact (value, scale and unit); {@link #isEquivalentTo} compares the quantities:
 * <pre>{@code
 * Amount.of("1", "MWh").equals(Amount.of("1000", "kWh"))         // false
 * Amount.of("1", "MWh").isEquivalentTo(Amount.of("1000", "kWh")) // true
 * }</pre>
 *
 * <p>In JSON and YAML an amount is {@code {"value": "1250.5", "unit": "kWh"}}, the value a decimal
 * string. Immutable, thread-safe; treat as a value type.
 */
public final class Amount {

  private final BigDecimal value;
  private final MeasureUnit unit;
  private final long unscaled;
  private final int scale;

  static {
    // the value's unscaled digits when at most 18 (computed once): bulk sums of the engine multiply
    // them in longs without allocating or reading the decimal; not part of this type's API
    CompactAmounts.register(a -> ((Amount) a).unscaled);
  }

  private Amount(BigDecimal value, MeasureUnit unit) {
    this.value = Decimals.plain(Objects.requireNonNull(value, "value"));
    this.unit = Objects.requireNonNull(unit, "unit");
    this.unscaled = Decimals.compactUnscaled(this.value);
    this.scale = this.value.scale();
  }

  /** An amount of {@code value} in {@code unit}. */
  public static Amount of(BigDecimal value, MeasureUnit unit) {
    return new Amount(value, unit);
  }

  /**
   * An amount from decimal text and a unit symbol of the standard registry, e.g.
   * {@code Amount.of("1250.5", "千瓦时")}.
   *
   * @throws NumberFormatException if {@code value} is not a decimal number, or one with more than
   *     1000 digits before or after the point when written plainly ({@code 1e-999999999})
   * @throws UnknownUnitException if {@code unit} is not a known symbol
   */
  public static Amount of(String value, String unit) {
    return new Amount(Decimals.parse(value.strip()), UnitRegistry.standard().parse(unit));
  }

  /**
   * Reads what {@link #toString()} prints: a decimal, a space and a unit symbol, e.g.
   * {@code "1250.5 kWh"}.
   *
   * @throws IllegalArgumentException if the text is not a decimal and a known unit, or the decimal
   *     has more than 1000 digits before or after the point when written plainly
   */
  public static Amount parse(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException(
          "An amount is written as a decimal, a space and a unit, e.g. '1250.5 kWh', but was '"
              + text + "'");
    }
    BigDecimal value;
    try {
      value = Decimals.parse(t.substring(0, space));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a decimal number in range in amount '" + text + "'",
          e);
    }
    return new Amount(value, UnitRegistry.standard().parse(t.substring(space + 1)));
  }

  /** The value, exactly as given. */
  public BigDecimal value() {
    return value;
  }

  /** The value's scale, its number of decimal places: {@code value().scale()}, never negative. */
  public int scale() {
    return scale;
  }

  /** The unit. */
  public MeasureUnit unit() {
    return unit;
  }

  /** The kind of quantity this amount measures. */
  public QuantityKind kind() {
    return unit.kind();
  }

  /**
   * The exact rational value of this amount in {@code target}.
   *
   * @throws UnitMismatchException if {@code target} measures another kind
   */
  public Ratio conversionTo(MeasureUnit target) {
    return unit.conversionTo(target).multipliedBy(value);
  }

  /**
   * This amount in {@code target}, exactly.
   *
   * @throws UnitMismatchException if {@code target} measures another kind
   * @throws ArithmeticException if the converted value has no finite decimal (use {@link
   *     #to(MeasureUnit, MathContext)})
   */
  public Amount to(MeasureUnit target) {
    if (target.equals(unit)) {
      return this;
    }
    return new Amount(conversionTo(target).toBigDecimalExact(), target);
  }

  /**
   * This amount in {@code target}, rounded by {@code context}.
   *
   * @throws UnitMismatchException if {@code target} measures another kind
   */
  public Amount to(MeasureUnit target, MathContext context) {
    if (target.equals(unit)) {
      return this;
    }
    return new Amount(conversionTo(target).toBigDecimal(context), target);
  }

  /**
   * The sum of this amount and {@code other}, in this amount's unit, exact.
   *
   * @throws UnitMismatchException if {@code other} measures another kind
   * @throws ArithmeticException if {@code other} has no finite decimal value in this unit
   */
  public Amount plus(Amount other) {
    return new Amount(value.add(other.to(unit).value), unit);
  }

  /**
   * The difference of this amount and {@code other}, in this amount's unit, exact.
   *
   * @throws UnitMismatchException if {@code other} measures another kind
   * @throws ArithmeticException if {@code other} has no finite decimal value in this unit
   */
  public Amount minus(Amount other) {
    return new Amount(value.subtract(other.to(unit).value), unit);
  }

  /** This amount times a dimensionless factor, exact. */
  public Amount multipliedBy(BigDecimal factor) {
    return new Amount(value.multiply(factor), unit);
  }

  /** Whether the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** Whether the value is zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Whether this amount and {@code other} are the same quantity, whatever their units and scales.
   * Amounts of different kinds are never equivalent.
   */
  public boolean isEquivalentTo(Amount other) {
    return other.unit.kind() == unit.kind()
        && other.conversionTo(unit).compareTo(Ratio.of(value)) == 0;
  }

  /** Exact equality: value (with its scale) and unit. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).value.equals(value) && ((Amount) o).unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unit.hashCode();
  }

  /** The amount as {@code "1250.5 kWh"}, plain decimal notation; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.code();
  }
}
