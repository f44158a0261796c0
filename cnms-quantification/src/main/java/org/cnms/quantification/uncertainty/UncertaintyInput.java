// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The uncertainty of one inventory line's inputs (T/CAS 612 clause 6.8, IPCC 2006 Guidelines
 * volume 1, chapter 3): the uncertainty of the activity data and of the emission factor, each in
 * percent at the 95 % confidence level, for one source (and optionally one gas of it).
 *
 * <p>An input without a gas applies to every emission line of its source; one with a gas applies
 * to that gas only and takes precedence. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUncertaintyInput.class)
public abstract class UncertaintyInput implements WithUncertaintyInput {

  /** The id of the GHG source whose lines this input describes. */
  public abstract String sourceId();

  /** The gas this input is restricted to; empty for every gas of the source. */
  public abstract Optional<GreenhouseGas> gas();

  /** The uncertainty of the activity data, in percent at 95 %, zero or more. */
  public abstract BigDecimal activityUncertainty();

  /** The uncertainty of the emission factor, in percent at 95 %, zero or more. */
  public abstract BigDecimal factorUncertainty();

  /** The distribution assumed in a Monte Carlo simulation; normal unless stated. */
  @Value.Default
  public Distribution distribution() {
    return Distribution.NORMAL;
  }

  /**
   * The combined uncertainty of the line in percent, {@code sqrt(Ua² + Uf²)} (IPCC equation 3.1
   * for a product), the square root rounded by {@code context}.
   *
   * @param context the rounding of the square root, not null
   * @return the combined uncertainty in percent
   */
  public BigDecimal combinedUncertainty(MathContext context) {
    return activityUncertainty().pow(2).add(factorUncertainty().pow(2)).sqrt(context);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The input for {@code sourceId}, all gases, normal distribution.
   *
   * @param sourceId the source id
   * @param activityPercent the activity-data uncertainty in percent, e.g. {@code "5"}
   * @param factorPercent the factor uncertainty in percent
   * @return the input
   */
  public static UncertaintyInput of(String sourceId, String activityPercent,
      String factorPercent) {
    return builder().sourceId(sourceId).activityUncertainty(new BigDecimal(activityPercent))
        .factorUncertainty(new BigDecimal(factorPercent)).build();
  }

  /** Builds an {@link UncertaintyInput}; all but {@code gas} and {@code distribution} required. */
  public static final class Builder extends ImmutableUncertaintyInput.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("UncertaintyInput", "sourceId", sourceId());
    Checks.requireNonNegative("UncertaintyInput", "activityUncertainty", activityUncertainty());
    Checks.requireNonNegative("UncertaintyInput", "factorUncertainty", factorUncertainty());
  }
}
