// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitMismatchException;
import org.cnms.core.units.UnitRegistry;

/**
 * An exact quantity per unit of another quantity: a net calorific value in GJ per t, a carbon
 * content in t per TJ, an emission factor in t per MWh (T/CAS 612 clause 6.3). The value is an
 * exact decimal; the two units are units of the registry.
 *
 * <p>In JSON and YAML a rate is {@code {"value": "389.31", "unit": "GJ", "per": "1e4Nm3"}};
 * {@link #toString()} prints {@code 389.31 GJ/1e4Nm3} and {@link #parse} reads it back.
 * Immutable, thread-safe; {@link #equals} is exact (scale matters).
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE)
public final class Rate {

  private final BigDecimal value;
  private final MeasureUnit unit;
  private final MeasureUnit per;

  private Rate(BigDecimal value, MeasureUnit unit, MeasureUnit per) {
    this.value = Objects.requireNonNull(value, "value");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.per = Objects.requireNonNull(per, "per");
  }

  /** {@code value} {@code unit} per {@code per}. */
  @JsonCreator
  public static Rate of(@JsonProperty("value") BigDecimal value,
      @JsonProperty("unit") MeasureUnit unit, @JsonProperty("per") MeasureUnit per) {
    return new Rate(value, unit, per);
  }

  /**
   * A rate from decimal text and two unit symbols, e.g. {@code Rate.of("389.31", "GJ", "1e4Nm3")}.
   *
   * @throws NumberFormatException if the value is not a decimal
   * @throws org.cnms.core.units.UnknownUnitException if a unit is not known
   */
  public static Rate of(String value, String unit, String per) {
    UnitRegistry r = UnitRegistry.standard();
    return new Rate(new BigDecimal(value.strip()), r.parse(unit), r.parse(per));
  }

  /**
   * Reads what {@link #toString()} prints: {@code "389.31 GJ/1e4Nm3"}.
   *
   * @throws IllegalArgumentException if the text is not a decimal, a space and two units
   */
  public static Rate parse(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    int slash = t.indexOf('/', Math.max(space, 0));
    if (space < 0 || slash < 0) {
      throw new IllegalArgumentException(
          "A rate is written as a decimal, a space and unit/unit, e.g. '389.31 GJ/1e4Nm3', but was '"
              + text + "'");
    }
    try {
      return of(t.substring(0, space), t.substring(space + 1, slash), t.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a decimal number in rate '" + text + "'", e);
    }
  }

  /** The value, exactly as given. */
  @JsonProperty("value")
  public BigDecimal value() {
    return value;
  }

  /** The unit of the numerator, e.g. {@code GJ}. */
  @JsonProperty("unit")
  public MeasureUnit unit() {
    return unit;
  }

  /** The unit of the denominator, e.g. {@code t}. */
  @JsonProperty("per")
  public MeasureUnit per() {
    return per;
  }

  /**
   * The exact factor that turns an amount in {@code given} into the numerator unit {@code target}:
   * {@code conversion(given → per) × value × conversion(unit → target)}.
   *
   * @param recordId the record concerned, for the message
   * @param what what this rate is, for the message, e.g. {@code "Emission factor EF-1"}
   * @throws UnitMismatchException if {@code given} is not of the kind of {@link #per()}
   */
  public Ratio factorFrom(String recordId, String what, MeasureUnit given, MeasureUnit target) {
    if (!given.isCompatibleWith(per)) {
      throw new UnitMismatchException(recordId, given, per, what + " for " + recordId
          + " is per " + per.code() + " (" + per.kind().labelEn() + "), but the activity is in "
          + given.code() + " (" + given.kind().labelEn() + ")");
    }
    return given.conversionTo(per).multipliedBy(value).multipliedBy(unit.conversionTo(target));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate && ((Rate) o).value.equals(value) && ((Rate) o).unit.equals(unit)
        && ((Rate) o).per.equals(per);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unit, per);
  }

  /** The rate as {@code "389.31 GJ/1e4Nm3"}. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit.code() + "/" + per.code();
  }
}
