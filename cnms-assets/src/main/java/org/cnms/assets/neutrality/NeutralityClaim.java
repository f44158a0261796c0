// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.immutables.value.Value;

/**
 * A carbon-neutrality claim (碳中和声明) of a period (T/CAS 612 clauses 3.1, 6.6.1 d and 6.7): its
 * balance and what the claim rules need besides — the organisation's own reduction measures, the
 * gross emissions of the previous period, and whether this is its first claim period.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNeutralityClaim.class)
public abstract class NeutralityClaim implements WithNeutralityClaim {

  /** The balance of the claim. */
  public abstract NeutralityBalance balance();

  /** Ids or descriptions of the organisation's own reduction measures in the period. */
  public abstract List<String> reductionMeasures();

  /** The gross emissions of the covered categories in the previous period, if known. */
  public abstract Optional<Co2e> previousPeriodEmissions();

  /** Whether this is the organisation's first claim period; false unless set. */
  @Value.Default
  public boolean firstClaimPeriod() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NeutralityClaim}; {@code balance} is required. */
  public static final class Builder extends ImmutableNeutralityClaim.Builder {}

  @Value.Check
  protected void check() {
    for (String m : reductionMeasures()) {
      if (m.isBlank()) {
        throw new IllegalArgumentException("NeutralityClaim " + balance().claimId()
            + ": reductionMeasures must not hold a blank entry");
      }
    }
  }
}
