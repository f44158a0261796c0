// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.inventory.LineKind;
import org.immutables.value.Value;

/**
 * GHG removals by a sink (温室气体清除, T/CAS 612 clauses 3.4 and 6.3): activity data (e.g. hectares
 * of forest, tonnes of CO₂ captured and stored) × a removal factor from the library. The result is
 * a removal line, a positive mass kept apart from emissions — never a negative emission.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(RemovalMethod.NAME)
@JsonDeserialize(as = ImmutableRemovalMethod.class)
public abstract non-sealed class RemovalMethod implements ActivityMethod, WithRemovalMethod {

  /** The method's name in results and JSON. */
  public static final String NAME = "removal";

  /** The key of the removal factor, if not the activity's own key. */
  public abstract Optional<String> factorKey();

  /** The method that looks removal factors up by the activity key. */
  public static RemovalMethod byActivityKey() {
    return builder().build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "R = AD × RF × GWP (a removal, reported apart)";
  }

  @Override
  public List<GasChain> prepare(MethodContext ctx) {
    return EmissionFactorMethod.prepare(ctx, factorKey().orElse(ctx.activityKey()),
        LineKind.REMOVAL);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemovalMethod}; nothing is required. */
  public static final class Builder extends ImmutableRemovalMethod.Builder {}
}
