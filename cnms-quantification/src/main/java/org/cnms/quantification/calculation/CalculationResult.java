// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;
import org.immutables.value.Value;

/**
 * The result of quantifying one figure of activity data (or one source's inputs) by a method
 * (T/CAS 612 clause 6.3): the emissions, removals or biogenic CO₂ per gas, in mass and CO₂e, with
 * the GWP set and the factor-library version used and a trace per gas. Biogenic CO₂ is a line of
 * its own, never in {@link #emissions()}.
 *
 * <p>Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCalculationResult.class)
public abstract class CalculationResult implements Identified, WithCalculationResult {

  /** The id of the activity record or input the result is of. */
  @Override
  public abstract String id();

  /** The id of the GHG source or sink. */
  public abstract String sourceId();

  /** The id of its facility. */
  public abstract String facilityId();

  /** The emission category of clause 6.2.1. */
  public abstract EmissionCategory category();

  /** The period. */
  public abstract ReportingPeriod period();

  /** The method's name, e.g. {@code fuel-combustion}. */
  public abstract String method();

  /** The GWP set used. */
  public abstract String gwpSet();

  /** The factor-library version used. */
  public abstract Optional<String> factorLibraryVersion();

  /** How the activity data were obtained, if known. */
  public abstract Optional<ObtainedBy> obtainedBy();

  /** The data-quality rating of the activity data, if rated. */
  public abstract Optional<DataQualityRating> dataQuality();

  /** The quantity per gas and kind. */
  public abstract List<GasResult> lines();

  /** The emissions in CO₂e: the sum of the {@link LineKind#EMISSION} lines. */
  public Co2e emissions() {
    return sum(LineKind.EMISSION);
  }

  /** The removals in CO₂e, a non-negative mass. */
  public Co2e removals() {
    return sum(LineKind.REMOVAL);
  }

  /** Biogenic CO₂, reported apart. */
  public Co2e biogenicCo2() {
    return sum(LineKind.BIOGENIC_CO2);
  }

  private Co2e sum(LineKind kind) {
    Co2e total = Co2e.ZERO;
    for (GasResult l : lines()) {
      if (l.kind() == kind) {
        total = total.plus(l.co2e());
      }
    }
    return total;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CalculationResult}; id, sourceId, facilityId, category, period, method and
   * gwpSet are required.
   */
  public static final class Builder extends ImmutableCalculationResult.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("CalculationResult", "id", id());
    Checks.requireDistinct("CalculationResult", "lines", lines(), l -> l.gas() + "/" + l.kind());
  }
}
