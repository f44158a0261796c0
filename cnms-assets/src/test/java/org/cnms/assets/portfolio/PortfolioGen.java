// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import static org.cnms.assets.testing.BasicGen.*;
import static org.cnms.core.testing.CoreGen.lists;
import static org.cnms.core.testing.CoreGen.optionals;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cnms.assets.ledger.LedgerGen;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.UnitGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of offers, purchase plans, price lists, valuations and portfolios. */
public final class PortfolioGen {

  private PortfolioGen() {}

  private static Gen<Currency> currencies() {
    return Generate.pick(List.of("CNY", "USD", "EUR")).map(Currency::getInstance);
  }

  /** The first value of each key, in order. */
  private static <T> List<T> distinct(List<T> values, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    List<T> out = new ArrayList<>();
    for (T v : values) {
      if (seen.add(key.apply(v))) {
        out.add(v);
      }
    }
    return out;
  }

  /** Offers with origin and issuance set or left at their defaults. */
  public static Gen<Offer> offers() {
    return in -> {
      Offer.Builder b = Offer.builder().id(ids().generate(in)).type(UnitGen.types().generate(in))
          .vintage(years().generate(in))
          .registry(Generate.pick(List.of("CCER-NCSC", "Verra", "GoldStandard")).generate(in))
          .price(LedgerGen.prices().generate(in))
          .available(Generate.longRange(1, 1_000_000).generate(in));
      optionals(Generate.enumValues(Origin.class)).generate(in).ifPresent(b::origin);
      optionals(Generate.enumValues(Issuance.class)).generate(in).ifPresent(b::issuance);
      return b.build();
    };
  }

  /** Lines of up to an offer's available units, none included. */
  public static Gen<PurchaseLine> purchaseLines() {
    return in -> {
      Offer o = offers().generate(in);
      return PurchaseLine.builder().offer(o)
          .quantity(Generate.longRange(0, o.available()).generate(in)).build();
    };
  }

  /** Plans that buy no more than needed, with and without lines and a currency. */
  public static Gen<PurchasePlan> purchasePlans() {
    return in -> {
      List<PurchaseLine> lines = lists(purchaseLines(), 0, 3).generate(in);
      long bought = lines.stream().mapToLong(PurchaseLine::quantity).sum();
      return PurchasePlan.builder()
          .unitsNeeded(bought + Generate.longRange(0, 1_000).generate(in)).addAllLines(lines)
          .currency(optionals(currencies()).generate(in)).build();
    };
  }

  /** Quotes for a type, with and without a vintage. */
  public static Gen<PriceQuote> priceQuotes() {
    return in -> PriceQuote.builder().type(UnitGen.types().generate(in))
        .vintage(optionals(years()).generate(in)).price(decimals().generate(in)).build();
  }

  /** Price lists of none to several quotes, at most one per type and vintage. */
  public static Gen<PriceList> priceLists() {
    return in -> PriceList.builder().currency(currencies().generate(in))
        .addAllQuotes(distinct(lists(priceQuotes(), 0, 4).generate(in),
            q -> q.type().code() + q.vintage().map(v -> "/" + v).orElse("")))
        .build();
  }

  /** Valuations with and without unpriced holdings. */
  public static Gen<Valuation> valuations() {
    return in -> Valuation.builder().currency(currencies().generate(in))
        .value(decimals().generate(in))
        .pricedQuantity(Generate.longRange(0, 10_000_000).generate(in))
        .addAllUnpriced(lists(LedgerGen.holdingKeys(), 0, 3).generate(in)).build();
  }

  /** Portfolios of none to several held positions, distinct by registry and serials. */
  public static Gen<Portfolio> portfolios() {
    return in -> Portfolio.builder()
        .addAllPositions(distinct(lists(LedgerGen.heldStates(), 0, 4).generate(in),
            p -> p.block().registry() + " " + p.block().serials()))
        .build();
  }
}
