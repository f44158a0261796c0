// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.QuantityKind;
import org.immutables.value.Value;

/**
 * A carbon-neutrality performance indicator (碳中和绩效参数, T/CAS 612 clauses 3.5 and 6.4): a
 * measure the organisation chose to monitor and demonstrate the improvement of its performance —
 * total emissions or removals, an intensity per product or per output value, the emissions of a
 * category or a facility, a product carbon footprint, value-chain emissions or intensity.
 *
 * <p>The {@linkplain #unit() unit} is that of the numerator, a CO₂e mass such as {@code tCO2e} for
 * every kind but {@link IndicatorKind#OTHER}. Intensity kinds name their {@linkplain
 * #denominator() denominator} (per output value: a unit of money, e.g. {@code 1e4CNY}); other kinds
 * have none. A category indicator names its category, a facility indicator its facility, a
 * product footprint its product. The method of determining the indicator and the variables that
 * significantly influence it are documented with it (6.4).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePerformanceIndicator.class)
public abstract class PerformanceIndicator implements Identified, WithPerformanceIndicator {

  @Override
  public abstract String id();

  /** The indicator's name, e.g. {@code 单位产品碳排放强度}. */
  public abstract String name();

  /** What the indicator measures. */
  public abstract IndicatorKind kind();

  /** The unit of the numerator, e.g. {@code tCO2e}. */
  public abstract MeasureUnit unit();

  /** The denominator of an intensity; absent for the other kinds. */
  public abstract Optional<IndicatorDenominator> denominator();

  /** The category measured; required for {@link IndicatorKind#CATEGORY_EMISSIONS}. */
  public abstract Optional<EmissionCategory> category();

  /** The facility measured; required for {@link IndicatorKind#FACILITY_EMISSIONS}. */
  public abstract Optional<String> facilityId();

  /** The product concerned; required for {@link IndicatorKind#PRODUCT_FOOTPRINT}. */
  public abstract Optional<String> productId();

  /** How the indicator is determined (6.4: the method is documented). */
  public abstract String methodDescription();

  /** The variables that significantly influence the indicator (production, weather …). */
  public abstract List<String> relevantVariables();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PerformanceIndicator}; {@code id}, {@code name}, {@code kind}, {@code unit},
   * {@code methodDescription}, and what the kind needs are required.
   */
  public static final class Builder extends ImmutablePerformanceIndicator.Builder {}

  @Value.Check
  protected void check() {
    String t = "PerformanceIndicator";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "name", name());
    if (kind() != IndicatorKind.OTHER && unit().kind() != QuantityKind.CO2E_MASS) {
      throw new IllegalArgumentException("PerformanceIndicator " + id() + " of kind " + kind()
          + " measures a CO2e mass, so its unit must be one (e.g. tCO2e), but was "
          + unit().code());
    }
    if (kind().needsDenominator() && denominator().isEmpty()) {
      throw new IllegalArgumentException("PerformanceIndicator " + id() + " of kind " + kind()
          + " is an intensity and needs a denominator");
    }
    if (!kind().allowsDenominator() && denominator().isPresent()) {
      throw new IllegalArgumentException("PerformanceIndicator " + id() + " of kind " + kind()
          + " is not an intensity, but has the denominator '"
          + denominator().get().description() + "' in " + denominator().get().unit().code());
    }
    if (kind() == IndicatorKind.INTENSITY_PER_OUTPUT_VALUE
        && denominator().get().unit().kind() != QuantityKind.MONEY) {
      throw new IllegalArgumentException("PerformanceIndicator " + id()
          + " is an intensity per output value, so its denominator must be in money"
          + " (e.g. 1e4CNY), but was in " + denominator().get().unit().code());
    }
    if (kind() == IndicatorKind.CATEGORY_EMISSIONS && category().isEmpty()) {
      throw new IllegalArgumentException("PerformanceIndicator " + id()
          + " of kind CATEGORY_EMISSIONS needs a category");
    }
    if (kind() == IndicatorKind.FACILITY_EMISSIONS && facilityId().isEmpty()) {
      throw new IllegalArgumentException("PerformanceIndicator " + id()
          + " of kind FACILITY_EMISSIONS needs a facilityId");
    }
    if (kind() == IndicatorKind.PRODUCT_FOOTPRINT && productId().isEmpty()) {
      throw new IllegalArgumentException("PerformanceIndicator " + id()
          + " of kind PRODUCT_FOOTPRINT needs a productId");
    }
    facilityId().ifPresent(f -> Checks.requireId(t, "facilityId", f));
    productId().ifPresent(p -> Checks.requireId(t, "productId", p));
    Checks.requireNonBlank(t, "methodDescription", methodDescription());
    relevantVariables().forEach(v -> Checks.requireNonBlank(t, "relevantVariables", v));
  }
}
