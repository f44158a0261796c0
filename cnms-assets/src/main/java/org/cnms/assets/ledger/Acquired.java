// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The purchase of units from another party (购入, T/CAS 612 clause 6.7), at a price per unit.
 * Units the organisation sold earlier may be bought back; a unit surrendered, retired or
 * cancelled can never be acquired.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAcquired.class)
@JsonTypeName("Acquired")
public abstract non-sealed class Acquired implements UnitArrival, WithAcquired {

  /** The price paid per unit. */
  public abstract UnitPrice price();

  /** The seller. */
  public abstract String counterparty();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "Acquired";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Acquired}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableAcquired.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Acquired", "id", id());
    Checks.requireId("Acquired", "account", account());
    Checks.requireNonBlank("Acquired", "counterparty", counterparty());
  }
}
