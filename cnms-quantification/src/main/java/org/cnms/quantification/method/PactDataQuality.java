// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The data-quality indicators of a product footprint as PACT exchanges them ({@code dqi}): the
 * technological, geographical and temporal data quality ratings that v3 requires, kept exactly as
 * the supplier declared them (T/CAS 612 clause 6.8). The coverage and the completeness and
 * reliability ratings are PACT v2.x indicators that v3 no longer defines; they are kept when a
 * v2.x footprint is read and written back only if present.
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePactDataQuality.class)
public abstract class PactDataQuality implements WithPactDataQuality {

  /** Coverage of the footprint by data of this quality, percent (v2.x only). */
  public abstract Optional<BigDecimal> coveragePercent();

  /** Technological DQR ({@code technologicalDQR}), required by v3. */
  public abstract Optional<BigDecimal> technologicalDQR();

  /** Temporal DQR ({@code temporalDQR}), required by v3. */
  public abstract Optional<BigDecimal> temporalDQR();

  /** Geographical DQR ({@code geographicalDQR}), required by v3. */
  public abstract Optional<BigDecimal> geographicalDQR();

  /** Completeness DQR (v2.x only). */
  public abstract Optional<BigDecimal> completenessDQR();

  /** Reliability DQR (v2.x only). */
  public abstract Optional<BigDecimal> reliabilityDQR();

  /** Properties the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> unknownProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PactDataQuality}; every indicator is optional here; the v3 reader requires the three v3 ratings. */
  public static final class Builder extends ImmutablePactDataQuality.Builder {}
}
