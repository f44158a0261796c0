// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The cancellation of held units without a claim (作废, T/CAS 612 clause 6.7), e.g. a voluntary
 * cancellation or a correction ordered by the registry. Final.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCancelled.class)
@JsonTypeName("Cancelled")
public abstract non-sealed class Cancelled implements UnitMovement, WithCancelled {

  /** Why the units were cancelled. */
  public abstract String reason();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "Cancelled";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Cancelled}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableCancelled.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Cancelled", "id", id());
    Checks.requireId("Cancelled", "registry", registry());
    Checks.requireNonBlank("Cancelled", "reason", reason());
  }
}
