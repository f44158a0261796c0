// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cnms.assets.ledger.HoldingKey;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.ledger.UnitStatus;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The portfolio of carbon assets (碳资产组合) an organisation holds (T/CAS 612 clause 6.7): its
 * positions, with holdings by type, vintage and registry, their weighted average cost, and their
 * value at given prices.
 *
 * <p>Exact: totals are exact sums; only {@link #averageCost} divides, with the caller's scale and
 * rounding. Units allocated or issued free carry no cost: they are left out of the average and
 * counted in {@link #uncostedQuantity}. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePortfolio.class)
public abstract class Portfolio implements WithPortfolio {

  /** The held positions, one per range of units in one state. */
  public abstract List<UnitState> positions();

  /** The portfolio of the units the ledger holds now. */
  public static Portfolio from(Ledger ledger) {
    return builder().addAllPositions(ledger.heldUnits()).build();
  }

  /** The units held. */
  public long quantity() {
    return positions().stream().mapToLong(p -> p.block().quantity()).sum();
  }

  /** The units held per type, vintage and registry, in key order. */
  public Map<HoldingKey, Long> quantities() {
    Map<HoldingKey, Long> m = new TreeMap<>();
    for (UnitState p : positions()) {
      m.merge(key(p), p.block().quantity(), Long::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The units held without a cost (allocated or issued). */
  public long uncostedQuantity() {
    return positions().stream().filter(p -> p.cost().isEmpty())
        .mapToLong(p -> p.block().quantity()).sum();
  }

  /**
   * The weighted average cost per unit of the units of {@code key} that were bought:
   * Σ(quantity × price) / Σ quantity, rounded to {@code scale} places.
   *
   * @param key the holding, not null
   * @param scale decimal places of the result
   * @param rounding how to round the division
   * @return the average, or empty if no unit of that key was bought
   * @throws IllegalStateException if the units were bought in more than one currency
   */
  public Optional<UnitPrice> averageCost(HoldingKey key, int scale, RoundingMode rounding) {
    BigDecimal cost = BigDecimal.ZERO;
    long n = 0;
    Currency currency = null;
    for (UnitState p : positions()) {
      if (!key(p).equals(key) || p.cost().isEmpty()) {
        continue;
      }
      UnitPrice c = p.cost().get();
      if (currency != null && !currency.equals(c.currency())) {
        throw new IllegalStateException("Units of " + key + " were bought in " + currency
            + " and in " + c.currency() + "; an average cost needs one currency");
      }
      currency = c.currency();
      cost = cost.add(c.times(p.block().quantity()));
      n += p.block().quantity();
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(UnitPrice.of(cost.divide(BigDecimal.valueOf(n), scale, rounding),
        currency));
  }

  /**
   * The value of the portfolio at the prices of {@code prices}, exact.
   *
   * @param prices the price list, not null
   * @return the valuation, naming the holdings without a price
   */
  public Valuation valueAt(PriceList prices) {
    BigDecimal value = BigDecimal.ZERO;
    long priced = 0;
    List<HoldingKey> unpriced = new ArrayList<>();
    for (Map.Entry<HoldingKey, Long> e : quantities().entrySet()) {
      Optional<BigDecimal> p = prices.priceOf(e.getKey().type(), e.getKey().vintage());
      if (p.isPresent()) {
        value = value.add(p.get().multiply(BigDecimal.valueOf(e.getValue())));
        priced += e.getValue();
      } else {
        unpriced.add(e.getKey());
      }
    }
    return Valuation.builder().currency(prices.currency()).value(value).pricedQuantity(priced)
        .addAllUnpriced(unpriced).build();
  }

  private static HoldingKey key(UnitState p) {
    return HoldingKey.of(p.block().type(), p.block().vintage(), p.block().registry());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Portfolio}. */
  public static final class Builder extends ImmutablePortfolio.Builder {}

  @Value.Check
  protected void check() {
    for (UnitState p : positions()) {
      if (p.status() != UnitStatus.HELD) {
        throw new IllegalArgumentException("Portfolio.positions holds only held units, but "
            + p.block().serials() + " is " + p.status());
      }
    }
    Checks.requireDistinct("Portfolio", "positions", positions(),
        p -> p.block().registry() + " " + p.block().serials());
  }
}
