// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.immutables.value.Value;

/**
 * An emission intensity (排放强度), a GHG performance indicator of T/CAS 612 clause 6.4: the
 * emissions of an inventory — in total, of one category or of one facility — per unit of product
 * (e.g. per t of clinker) or per unit of output value (e.g. per 10⁴ CNY).
 *
 * <p>{@link #value()} is {@code emissions / denominator} in tCO₂e per denominator unit, the one
 * division rounded by the stated policy ({@link #precision()} significant digits, {@link
 * #roundingMode()}); emissions and denominator are kept exactly. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIntensity.class)
public abstract class Intensity implements WithIntensity {

  /** The id of the inventory the emissions come from. */
  public abstract String inventoryId();

  /** The period of the inventory. */
  public abstract ReportingPeriod period();

  /** Which emissions the intensity covers. */
  public abstract IntensityScope scope();

  /** The category, for scope {@link IntensityScope#CATEGORY} only. */
  public abstract Optional<EmissionCategory> category();

  /** The facility id, for scope {@link IntensityScope#FACILITY} only. */
  public abstract Optional<String> facilityId();

  /** The emissions, exact (the emission lines; removals and biogenic CO₂ are not in them). */
  public abstract Co2e emissions();

  /** The normalising quantity: production or output value, positive. */
  public abstract Amount denominator();

  /** The intensity in tCO₂e per unit of the denominator, rounded by the policy. */
  public abstract BigDecimal value();

  /** The number of significant digits of the division. */
  public abstract int precision();

  /** The rounding mode of the division. */
  public abstract RoundingMode roundingMode();

  /** The unit of the value, e.g. {@code tCO2e/t} or {@code tCO2e/1e4CNY}. */
  public String unitCode() {
    return Co2e.UNIT + "/" + denominator().unit().code();
  }

  /** What the intensity covers, for messages: {@code total}, a category code or a facility id. */
  public String subject() {
    switch (scope()) {
      case CATEGORY:
        return category().orElseThrow().code();
      case FACILITY:
        return facilityId().orElseThrow();
      default:
        return "total";
    }
  }

  /** The rounding policy as a {@link MathContext}. */
  @JsonIgnore
  public MathContext getMathContext() {
    return new MathContext(precision(), roundingMode());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intensity}; all but {@code category} and {@code facilityId} required. */
  public static final class Builder extends ImmutableIntensity.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Intensity", "inventoryId", inventoryId());
    if (denominator().value().signum() <= 0) {
      throw new IllegalArgumentException("Intensity.denominator must be positive, but was "
          + denominator());
    }
    if (category().isPresent() != (scope() == IntensityScope.CATEGORY)) {
      throw new IllegalArgumentException("Intensity of scope " + scope()
          + (category().isPresent() ? " takes no category" : " needs a category"));
    }
    if (facilityId().isPresent() != (scope() == IntensityScope.FACILITY)) {
      throw new IllegalArgumentException("Intensity of scope " + scope()
          + (facilityId().isPresent() ? " takes no facilityId" : " needs a facilityId"));
    }
    facilityId().ifPresent(f -> Checks.requireId("Intensity", "facilityId", f));
    if (precision() <= 0) {
      throw new IllegalArgumentException("Intensity.precision must be positive, but was "
          + precision());
    }
  }
}
