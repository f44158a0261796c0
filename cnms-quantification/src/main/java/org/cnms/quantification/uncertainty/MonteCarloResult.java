// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.RoundingMode;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * The uncertainty of a GHG inventory's emissions by Monte Carlo simulation, IPCC Approach 2
 * (T/CAS 612 clause 6.8; IPCC 2006 Guidelines volume 1, 3.2.3.2): the mean of the simulated
 * totals and their 2.5th and 97.5th percentiles, with the seed and number of iterations that
 * reproduce it exactly. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMonteCarloResult.class)
public abstract class MonteCarloResult implements WithMonteCarloResult {

  /** The id of the inventory simulated. */
  public abstract String inventoryId();

  /** The period of the inventory. */
  public abstract ReportingPeriod period();

  /** The seed of the random generator. */
  public abstract long seed();

  /** The number of iterations. */
  public abstract int iterations();

  /** The inventory's total emissions Σ x_i, exact: the central value the simulation varies. */
  public abstract Co2e totalEmissions();

  /** The mean of the simulated totals, rounded by the rounding policy. */
  public abstract Co2e mean();

  /** The 2.5th percentile of the simulated totals (nearest rank), rounded by the policy. */
  public abstract Co2e lower();

  /** The 97.5th percentile of the simulated totals (nearest rank), rounded by the policy. */
  public abstract Co2e upper();

  /** The number of significant digits of every rounded step. */
  public abstract int precision();

  /** The rounding mode of every rounded step. */
  public abstract RoundingMode roundingMode();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonteCarloResult}; every attribute is required. */
  public static final class Builder extends ImmutableMonteCarloResult.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("MonteCarloResult", "inventoryId", inventoryId());
    if (iterations() < 1) {
      throw new IllegalArgumentException("MonteCarloResult.iterations must be at least 1, but was "
          + iterations());
    }
    if (lower().compareTo(upper()) > 0) {
      throw new IllegalArgumentException("MonteCarloResult.lower " + lower()
          + " must not be above upper " + upper());
    }
  }
}
