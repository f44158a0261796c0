// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.cnms.assets.ledger.HoldingKey;
import org.immutables.value.Value;

/**
 * The value of a portfolio of carbon assets at a price list (T/CAS 612 clause 6.7): exact, with
 * the holdings the list has no price for.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableValuation.class)
public abstract class Valuation implements WithValuation {

  /** The currency. */
  public abstract Currency currency();

  /** The value of the priced units, exact. */
  public abstract BigDecimal value();

  /** The units priced. */
  public abstract long pricedQuantity();

  /** The holdings without a price, not in {@link #value()}. */
  public abstract List<HoldingKey> unpriced();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Valuation}. */
  public static final class Builder extends ImmutableValuation.Builder {}
}
