// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.quantification.activity.ObtainedBy;
import org.immutables.value.Value;

/**
 * The data quality of an inventory rolled up from its activity data (数据质量, T/CAS 612 clause
 * 6.8, ISO 14064-1 clause 8.3): how much of the emissions rests on measured (metered or invoiced)
 * data and how much on calculated or estimated data, and the emission-weighted mean of the
 * technological, temporal and geographical representativeness scores of the rated records.
 *
 * <p>The sums are exact; the shares and means divide, so they take a {@link MathContext}.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDataQualitySummary.class)
public abstract class DataQualitySummary implements WithDataQualitySummary {

  /** Emissions per way the activity data were obtained; ways without emissions are left out. */
  public abstract Map<ObtainedBy, Co2e> emissionsByObtainedBy();

  /** Emissions of records with a data-quality rating. */
  public abstract Co2e ratedEmissions();

  /** Σ emissions × technological score over rated records. */
  public abstract BigDecimal technologicalWeighted();

  /** Σ emissions × temporal score over rated records. */
  public abstract BigDecimal temporalWeighted();

  /** Σ emissions × geographical score over rated records. */
  public abstract BigDecimal geographicalWeighted();

  /** All emissions counted. */
  public Co2e totalEmissions() {
    Co2e t = Co2e.ZERO;
    for (Co2e c : emissionsByObtainedBy().values()) {
      t = t.plus(c);
    }
    return t;
  }

  /** Emissions resting on measured data (metered or invoiced). */
  public Co2e measuredEmissions() {
    Co2e t = Co2e.ZERO;
    for (Map.Entry<ObtainedBy, Co2e> e : emissionsByObtainedBy().entrySet()) {
      if (e.getKey().isMeasured()) {
        t = t.plus(e.getValue());
      }
    }
    return t;
  }

  /** The share of emissions resting on measured data, 0 to 1; empty without emissions. */
  public Optional<BigDecimal> measuredShare(MathContext context) {
    Co2e total = totalEmissions();
    return total.isZero() ? Optional.empty()
        : Optional.of(measuredEmissions().ratioTo(total, context));
  }

  /** The emission-weighted mean technological score of rated records; empty if none. */
  public Optional<BigDecimal> meanTechnological(MathContext context) {
    return mean(technologicalWeighted(), context);
  }

  /** The emission-weighted mean temporal score of rated records; empty if none. */
  public Optional<BigDecimal> meanTemporal(MathContext context) {
    return mean(temporalWeighted(), context);
  }

  /** The emission-weighted mean geographical score of rated records; empty if none. */
  public Optional<BigDecimal> meanGeographical(MathContext context) {
    return mean(geographicalWeighted(), context);
  }

  private Optional<BigDecimal> mean(BigDecimal weighted, MathContext context) {
    return ratedEmissions().isZero() ? Optional.empty()
        : Optional.of(weighted.divide(ratedEmissions().tonnes(), context));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataQualitySummary}; every attribute is required. */
  public static final class Builder extends ImmutableDataQualitySummary.Builder {}
}
