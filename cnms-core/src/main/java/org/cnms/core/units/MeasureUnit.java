// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.measure.Unit;

/**
 * A unit of measure of activity data, factors and indicators (T/CAS 612 clauses 6.3, 6.4, 9.1.1):
 * its canonical ASCII code ({@code kWh}, {@code 1e4Nm3}, {@code tce}), its printed symbol, its
 * names in Chinese and English, the {@link QuantityKind} it measures, its exact factor to the base
 * unit of that kind, and the JSR-385 {@link Unit} it stands for.
 *
 * <p>Conversions between units of the same kind are exact rationals ({@link #conversionTo}). Units
 * are obtained from a {@link UnitRegistry}, e.g. {@code UnitRegistry.standard().parse("千瓦时")}.
 *
 * <p>Immutable, thread-safe; equal when their codes are equal.
 */
public final class MeasureUnit {

  private final String code;
  private final String symbol;
  private final String nameZh;
  private final String nameEn;
  private final QuantityKind kind;
  private final BigDecimal toBase;
  private final Unit<?> unit;
  private final List<String> aliases;

  MeasureUnit(String code, String symbol, String nameZh, String nameEn, QuantityKind kind,
      BigDecimal toBase, Unit<?> unit, List<String> aliases) {
    this.code = Objects.requireNonNull(code, "code");
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.toBase = Objects.requireNonNull(toBase, "toBase");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.aliases = List.copyOf(aliases);
    if (toBase.signum() <= 0) {
      throw new IllegalArgumentException("MeasureUnit " + code
          + ": factor to the base unit must be positive, but was " + toBase.toPlainString());
    }
  }

  /** The canonical ASCII code, used in JSON, YAML and CSV, e.g. {@code 1e4Nm3}. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The printed symbol, e.g. {@code 10⁴ Nm³}. */
  public String symbol() {
    return symbol;
  }

  /** The Chinese name, e.g. {@code 万标准立方米}. */
  public String nameZh() {
    return nameZh;
  }

  /** The English name, e.g. {@code ten thousand normal cubic metres}. */
  public String nameEn() {
    return nameEn;
  }

  /** The kind of quantity this unit measures. */
  public QuantityKind kind() {
    return kind;
  }

  /**
   * The exact factor from this unit to the base unit of its kind (the SI system unit of the
   * JSR-385 unit: J for energy, kg for mass, kg·m for t·km …).
   */
  public BigDecimal toBase() {
    return toBase;
  }

  /** The JSR-385 unit this unit stands for (Indriya). */
  public Unit<?> unit() {
    return unit;
  }

  /** The other symbols the standard registry accepts for this unit, Chinese ones among them. */
  public List<String> aliases() {
    return aliases;
  }

  /** Whether values in this unit convert to {@code other}: both measure the same kind. */
  public boolean isCompatibleWith(MeasureUnit other) {
    return kind == other.kind;
  }

  /**
   * The exact factor that converts a value in this unit into {@code target}: value × factor.
   *
   * @param target the unit to convert to, not null
   * @return the exact factor, e.g. 1/1000 from kWh to MWh, 2500/9 from GJ to kWh
   * @throws UnitMismatchException if {@code target} measures another kind of quantity
   */
  public Ratio conversionTo(MeasureUnit target) {
    if (target.kind != kind) {
      throw new UnitMismatchException(null, this, target,
          "Cannot convert " + code + " (" + kind.labelEn() + ") to " + target.code + " ("
              + target.kind.labelEn() + ")");
    }
    if (target.equals(this)) {
      return Ratio.ONE;
    }
    return Ratio.of(toBase, target.toBase);
  }

  /**
   * The unit with the given code or alias in the {@linkplain UnitRegistry#standard() standard
   * registry}.
   *
   * @throws UnknownUnitException if the symbol is not known
   */
  @JsonCreator
  public static MeasureUnit parse(String symbol) {
    return UnitRegistry.standard().parse(symbol);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeasureUnit && ((MeasureUnit) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The canonical code. */
  @Override
  public String toString() {
    return code;
  }
}
