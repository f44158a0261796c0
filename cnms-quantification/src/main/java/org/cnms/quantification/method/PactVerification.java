// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verification of a product footprint as PACT v3 exchanges it ({@code pcf.verification}):
 * what was verified, by whom, when and under which standard (T/CAS 612 clause 9, verification of
 * supplier data).
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePactVerification.class)
public abstract class PactVerification implements WithPactVerification {

  /** {@code PCF calculation model}, {@code PCF program} or {@code product level}. */
  public abstract Optional<String> coverage();

  /** The verifier's name ({@code providerName}). */
  public abstract Optional<String> providerName();

  /** When the verification was completed ({@code completedAt}). */
  public abstract Optional<Instant> completedAt();

  /** The verification standard ({@code standardName}). */
  public abstract Optional<String> standardName();

  /** Comments ({@code comments}). */
  public abstract Optional<String> comments();

  /** Properties the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> unknownProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PactVerification}; every property is optional. */
  public static final class Builder extends ImmutablePactVerification.Builder {}
}
