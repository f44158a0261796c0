// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The sale of held units to another party (出售, T/CAS 612 clause 6.7), at a price per unit.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSold.class)
@JsonTypeName("Sold")
public abstract non-sealed class Sold implements UnitMovement, WithSold {

  /** The price received per unit. */
  public abstract UnitPrice price();

  /** The buyer. */
  public abstract String counterparty();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "Sold";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Sold}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableSold.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Sold", "id", id());
    Checks.requireId("Sold", "registry", registry());
    Checks.requireNonBlank("Sold", "counterparty", counterparty());
  }
}
