// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The state of a range of units in the carbon-asset ledger (T/CAS 612 clause 6.7): the block (its
 * serials the range concerned), where the units stand, the account holding them, what they cost,
 * and the event that put them there.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableUnitState.class)
public abstract class UnitState implements WithUnitState {

  /** The units, with their type, registry, vintage and serials. */
  public abstract UnitBlock block();

  /** Where they stand. */
  public abstract UnitStatus status();

  /** The account holding them, while {@link UnitStatus#HELD held}. */
  public abstract Optional<String> account();

  /** The price paid per unit, if they were acquired (absent for allocated or issued units). */
  public abstract Optional<UnitPrice> cost();

  /** The id of the last event that moved them. */
  public abstract String eventId();

  /** The claim they were retired for, if {@link UnitStatus#RETIRED retired}. */
  public abstract Optional<String> claimId();

  /** The compliance year they were surrendered for, if {@link UnitStatus#SURRENDERED}. */
  public abstract Optional<Integer> complianceYear();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitState}; block, status and event id are required. */
  public static final class Builder extends ImmutableUnitState.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("UnitState", "eventId", eventId());
    if ((status() == UnitStatus.HELD) != account().isPresent()) {
      throw new IllegalArgumentException("UnitState of " + block().serials()
          + " has an account if and only if it is HELD, but is " + status() + " with account "
          + account().orElse("(none)"));
    }
  }
}
