// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.core.ghg.Co2e;
import org.immutables.value.Value;

/**
 * The cheapest purchase of eligible units that closes a shortfall (T/CAS 612 clause 6.7): which
 * offers to buy from, how many units from each, the total cost, and any part of the shortfall the
 * offers cannot close.
 *
 * <p><b>Algorithm (exact).</b> The shortfall in tCO₂e becomes whole units, rounded up (a fraction
 * of a tonne needs a whole unit). Offers the {@link EligibilityPolicy} refuses are dropped; the
 * rest are sorted by price per unit (ties by offer id) and bought from the cheapest up, each up to
 * its available quantity, until the units needed are bought. This is optimal: the cost
 * Σ priceᵢ·xᵢ is linear in the quantities and every unit closes the same 1 tCO₂e, so if a
 * cheaper unit were left unbought while a dearer one is bought, swapping the two would lower the
 * cost; the greedy choice leaves no such pair. Buying more than needed never helps, since no
 * price is negative. Prices are compared and summed as exact decimals; nothing is rounded.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePurchasePlan.class)
public abstract class PurchasePlan implements WithPurchasePlan {

  /** The units needed: the shortfall rounded up to whole units. */
  public abstract long unitsNeeded();

  /** What to buy, cheapest first. */
  public abstract List<PurchaseLine> lines();

  /** The currency of the plan, if any offer was eligible. */
  public abstract Optional<Currency> currency();

  /** The units to buy. */
  public long quantity() {
    return lines().stream().mapToLong(PurchaseLine::quantity).sum();
  }

  /** The total cost, exact. */
  public BigDecimal totalCost() {
    return lines().stream().map(PurchaseLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The units still missing when the eligible offers run out; zero if the plan closes the gap. */
  public long unmet() {
    return unitsNeeded() - quantity();
  }

  /**
   * The cheapest purchase of eligible units closing {@code shortfall}.
   *
   * @param shortfall the shortfall, not negative
   * @param offers the offers, in one currency
   * @param policy the units accepted
   * @return the plan; {@link #unmet()} is positive if the eligible offers do not suffice
   * @throws IllegalArgumentException if the shortfall is negative or eligible offers are priced
   *     in more than one currency
   */
  public static PurchasePlan cheapest(Co2e shortfall, List<Offer> offers,
      EligibilityPolicy policy) {
    if (shortfall.isNegative()) {
      throw new IllegalArgumentException("A shortfall must not be negative, but was " + shortfall);
    }
    long needed = shortfall.tonnes().setScale(0, RoundingMode.CEILING).longValueExact();
    List<Offer> eligible = new ArrayList<>();
    for (Offer o : offers) {
      if (policy.refusal(o.type(), o.vintage(), o.origin(), o.issuance()).isEmpty()) {
        eligible.add(o);
      }
    }
    Builder plan = builder().unitsNeeded(needed);
    if (eligible.isEmpty()) {
      return plan.build();
    }
    Currency currency = eligible.get(0).price().currency();
    for (Offer o : eligible) {
      if (!o.price().currency().equals(currency)) {
        throw new IllegalArgumentException("Offers " + eligible.get(0).id() + " and " + o.id()
            + " are priced in " + currency + " and " + o.price().currency()
            + "; convert them to one currency first");
      }
    }
    eligible.sort(Comparator.comparing((Offer o) -> o.price().amount()).thenComparing(Offer::id));
    long remaining = needed;
    for (Offer o : eligible) {
      if (remaining == 0) {
        break;
      }
      long take = Math.min(remaining, o.available());
      plan.addLine(PurchaseLine.builder().offer(o).quantity(take).build());
      remaining -= take;
    }
    return plan.currency(currency).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PurchasePlan}; prefer {@link #cheapest}. */
  public static final class Builder extends ImmutablePurchasePlan.Builder {}

  @Value.Check
  protected void check() {
    if (quantity() > unitsNeeded()) {
      throw new IllegalArgumentException("PurchasePlan buys " + quantity() + " units, more than"
          + " the " + unitsNeeded() + " needed");
    }
  }
}
