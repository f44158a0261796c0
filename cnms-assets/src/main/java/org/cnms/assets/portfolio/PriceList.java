// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Market prices of carbon units on a day (T/CAS 612 clause 6.7), in one currency: a price per
 * type, optionally per type and vintage (which takes precedence).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePriceList.class)
public abstract class PriceList implements WithPriceList {

  /** The currency of every price. */
  public abstract Currency currency();

  /** The quotes; at most one per type and vintage. */
  public abstract List<PriceQuote> quotes();

  /** The price of a unit of {@code type} and {@code vintage}: the vintage's own, else the type's. */
  public Optional<BigDecimal> priceOf(UnitType type, int vintage) {
    Optional<BigDecimal> any = Optional.empty();
    for (PriceQuote q : quotes()) {
      if (q.type().equals(type)) {
        if (q.vintage().isEmpty()) {
          any = Optional.of(q.price());
        } else if (q.vintage().get() == vintage) {
          return Optional.of(q.price());
        }
      }
    }
    return any;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceList}; {@code currency} is required. */
  public static final class Builder extends ImmutablePriceList.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireDistinct("PriceList", "quotes", quotes(),
        q -> q.type().code() + q.vintage().map(v -> "/" + v).orElse(""));
  }
}
