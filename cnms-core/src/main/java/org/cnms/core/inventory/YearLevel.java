// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.Amount;
import org.immutables.value.Value;

/**
 * The emission and removal level of one past or present year, as evaluated in the GHG review
 * (T/CAS 612 clause 6.3 b): totals, and an intensity if the organisation tracks one.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableYearLevel.class)
public abstract class YearLevel implements WithYearLevel {

  /** The year. */
  public abstract int year();

  /** Total emissions of the year, in tCO₂e. */
  public abstract Co2e emissions();

  /** Total removals of the year, in tCO₂e, a non-negative mass. */
  public abstract Co2e removals();

  /** An emission intensity of the year, e.g. tCO₂e per tonne of product, if tracked. */
  public abstract Optional<Amount> intensity();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YearLevel}; all attributes but {@code intensity} are required. */
  public static final class Builder extends ImmutableYearLevel.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireYear("YearLevel", "year", year());
    Checks.requireNonNegative("YearLevel", "emissions", emissions(), Co2e::isNegative);
    Checks.requireNonNegative("YearLevel", "removals", removals(), Co2e::isNegative);
  }
}
