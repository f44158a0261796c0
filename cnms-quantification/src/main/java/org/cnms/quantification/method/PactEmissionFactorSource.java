// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A secondary emission factor database used in a footprint's calculation, as PACT v3 exchanges it
 * ({@code EmissionFactorSource}): its name and version, e.g. {@code ecoinvent} {@code 3.10}.
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePactEmissionFactorSource.class)
public abstract class PactEmissionFactorSource implements WithPactEmissionFactorSource {

  /** The database's name ({@code name}). */
  public abstract String name();

  /** The database's version ({@code version}). */
  public abstract String version();

  /** Properties the specification does not define, kept as read. */
  public abstract Map<String, JsonNode> unknownProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PactEmissionFactorSource}; name and version are required. */
  public static final class Builder extends ImmutablePactEmissionFactorSource.Builder {}
}
