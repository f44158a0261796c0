// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The data-quality indicators of a product footprint as PACT exchanges them ({@code dqi}): coverage
 * in percent and the technological, temporal, geographical, completeness and reliability data
 * quality ratings (1 best to 3), kept exactly as the supplier declared them (T/CAS 612 clause 6.8).
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePactDataQuality.class)
public abstract class PactDataQuality implements WithPactDataQuality {

  /** Coverage of the footprint by data of this quality, percent. */
  public abstract Optional<BigDecimal> coveragePercent();

  /** Technological DQR. */
  public abstract Optional<BigDecimal> technologicalDQR();

  /** Temporal DQR. */
  public abstract Optional<BigDecimal> temporalDQR();

  /** Geographical DQR. */
  public abstract Optional<BigDecimal> geographicalDQR();

  /** Completeness DQR. */
  public abstract Optional<BigDecimal> completenessDQR();

  /** Reliability DQR. */
  public abstract Optional<BigDecimal> reliabilityDQR();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PactDataQuality}; every indicator is optional. */
  public static final class Builder extends ImmutablePactDataQuality.Builder {}
}
