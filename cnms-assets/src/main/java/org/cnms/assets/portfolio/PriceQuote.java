// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A price per unit of one unit type, and optionally one vintage, in a {@link PriceList}
 * (T/CAS 612 clause 6.7).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePriceQuote.class)
public abstract class PriceQuote implements WithPriceQuote {

  /** The unit type. */
  public abstract UnitType type();

  /** The vintage the price is for; absent for every vintage without a price of its own. */
  public abstract Optional<Integer> vintage();

  /** The price per unit, in the list's currency, exact. */
  public abstract BigDecimal price();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceQuote}; {@code type} and {@code price} are required. */
  public static final class Builder extends ImmutablePriceQuote.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonNegative("PriceQuote", "price", price());
  }
}
