// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;
import org.immutables.value.Value;

/**
 * Units retired for a carbon-neutrality claim (T/CAS 612 clauses 3.1, 6.7), as the ledger
 * recorded them: the block retired (one record per block the retirement drew on), the date, the
 * claim, its period, beneficiary and purpose.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRetirement.class)
public abstract class Retirement implements WithRetirement {

  /** The id of the {@link RetiredForClaim} event. */
  public abstract String eventId();

  /** The day the units were retired. */
  public abstract LocalDate date();

  /** The units retired. */
  public abstract UnitBlock block();

  /** The claim they count in. */
  public abstract String claimId();

  /** The period of that claim. */
  public abstract ReportingPeriod claimPeriod();

  /** On whose behalf. */
  public abstract String beneficiary();

  /** For what purpose. */
  public abstract String purpose();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Retirement}; every attribute is required. */
  public static final class Builder extends ImmutableRetirement.Builder {}
}
