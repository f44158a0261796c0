// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * The retirement of held units for a carbon-neutrality claim (注销用于碳中和声明, T/CAS 612 clauses
 * 3.1 and 6.7): on behalf of a beneficiary, for a claim period and purpose. Final and permanent:
 * a retired unit can never move again and counts in one claim only.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRetiredForClaim.class)
@JsonTypeName("RetiredForClaim")
public abstract non-sealed class RetiredForClaim implements UnitMovement, WithRetiredForClaim {

  /** The party on whose behalf the units are retired. */
  public abstract String beneficiary();

  /** The period of the claim the units are retired for. */
  public abstract ReportingPeriod claimPeriod();

  /** The purpose of the retirement, as the registry records it. */
  public abstract String purpose();

  /** The id of the claim the units count in. */
  public abstract String claimId();

  /** {@value #TYPE}: the name of this event type in JSON and in messages. */
  public static final String TYPE = "RetiredForClaim";

  /** {@value #TYPE}. */
  @Override
  public final String type() {
    return TYPE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RetiredForClaim}; every attribute without a default or an Optional type is required. */
  public static final class Builder extends ImmutableRetiredForClaim.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("RetiredForClaim", "id", id());
    Checks.requireId("RetiredForClaim", "registry", registry());
    Checks.requireNonBlank("RetiredForClaim", "beneficiary", beneficiary());
    Checks.requireNonBlank("RetiredForClaim", "purpose", purpose());
    Checks.requireId("RetiredForClaim", "claimId", claimId());
  }
}
