// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A transfer of held units from one of the organisation's accounts to another (内部划转, T/CAS
 * 612 clause 6.7): the units stay in its holding.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTransferred.class)
@JsonTypeName("Transferred")
public abstract non-sealed class Transferred implements UnitMovement, WithTransferred {

  /** The account that receives the units. */
  public abstract String toAccount();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "Transferred";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Transferred}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableTransferred.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Transferred", "id", id());
    Checks.requireId("Transferred", "registry", registry());
    Checks.requireId("Transferred", "toAccount", toAccount());
  }
}
