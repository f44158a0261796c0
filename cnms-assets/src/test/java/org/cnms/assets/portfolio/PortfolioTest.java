// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.cnms.assets.ledger.Acquired;
import org.cnms.assets.ledger.HoldingKey;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Sold;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.ghg.Co2e;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PortfolioTest {

  static final LocalDate DAY = LocalDate.of(2025, 5, 1);
  static final HoldingKey CCER_2023 = HoldingKey.of(StandardUnitType.CCER, 2023, "CCER-NCSC");
  static final HoldingKey CEA_2024 = HoldingKey.of(StandardUnitType.CEA, 2024, "CN-ETS");

  static Ledger ledger() {
    Ledger l = Ledger.create();
    l.append(Issued.builder().id("alloc").date(DAY).account("main").block(UnitBlock.builder()
        .type(StandardUnitType.CEA).registry("CN-ETS").vintage(2024)
        .serials(SerialRange.of("CEA", 1, 1_000)).build()).build());
    l.append(buy("b1", 1, 300, "60.00"));
    l.append(buy("b2", 301, 400, "72.50"));
    // sell 50 of the first purchase: 250 at 60.00 and 100 at 72.50 remain
    l.append(Sold.builder().id("s1").date(DAY).registry("CCER-NCSC")
        .serials(SerialRange.of("CCER-X", 1, 50)).price(UnitPrice.of("80", "CNY"))
        .counterparty("buyer").build());
    return l;
  }

  static Acquired buy(String id, long from, long to, String price) {
    return Acquired.builder().id(id).date(DAY).account("main").price(UnitPrice.of(price, "CNY"))
        .counterparty("exchange").block(UnitBlock.builder().type(StandardUnitType.CCER)
            .registry("CCER-NCSC").vintage(2023).serials(SerialRange.of("CCER-X", from, to))
            .build()).build();
  }

  @Test
  void holdingsCostAndValue() {
    Portfolio p = Portfolio.from(ledger());
    assertEquals(Map.of(CCER_2023, 350L, CEA_2024, 1_000L), p.quantities());
    assertEquals(1_000, p.uncostedQuantity());
    assertEquals(1_350, p.quantity());
    // (250 × 60.00 + 100 × 72.50) / 350 = (15,000.00 + 7,250.00) / 350 = 63.5714… -> 63.57
    assertEquals(UnitPrice.of("63.57", "CNY"),
        p.averageCost(CCER_2023, 2, RoundingMode.HALF_EVEN).orElseThrow());
    assertTrue(p.averageCost(CEA_2024, 2, RoundingMode.HALF_EVEN).isEmpty());
    PriceList prices = PriceList.builder().currency(Currency.getInstance("CNY"))
        .addQuote(PriceQuote.builder().type(StandardUnitType.CEA).price(new BigDecimal("95.10"))
            .build())
        .addQuote(PriceQuote.builder().type(StandardUnitType.CCER).vintage(2023)
            .price(new BigDecimal("88")).build())
        .build();
    // 1,000 × 95.10 + 350 × 88 = 95,100.00 + 30,800 = 125,900.00
    Valuation v = p.valueAt(prices);
    assertEquals(new BigDecimal("125900.00"), v.value());
    assertEquals(1_350, v.pricedQuantity());
    assertTrue(v.unpriced().isEmpty());
    assertRoundTrips(p, Portfolio.class);
    assertRoundTrips(prices, PriceList.class);
    assertRoundTrips(v, Valuation.class);
  }

  static Offer offer(String id, String price, long available) {
    return Offer.builder().id(id).type(StandardUnitType.CCER).vintage(2023).registry("CCER-NCSC")
        .price(UnitPrice.of(price, "CNY")).available(available).build();
  }

  @Test
  void cheapestPurchaseClosingAShortfall() {
    // shortfall 950.2 t -> 951 units; eligible offers by price: c 58.00 (400), a 61.20 (500),
    // b 70.00 (1,000); the ex-ante offer d at 40.00 is refused by the policy.
    // buy 400 × 58.00 + 500 × 61.20 + 51 × 70.00 = 23,200.00 + 30,600.00 + 3,570.00 = 57,370.00
    List<Offer> offers = List.of(offer("a", "61.20", 500), offer("b", "70.00", 1_000),
        offer("c", "58.00", 400), offer("d", "40.00", 5_000).withIssuance(Issuance.EX_ANTE));
    PurchasePlan plan = PurchasePlan.cheapest(Co2e.tonnes("950.2"), offers,
        EligibilityPolicy.builder().exPostOnly(true).build());
    assertEquals(951, plan.unitsNeeded());
    assertEquals(List.of("c", "a", "b"), plan.lines().stream().map(l -> l.offer().id()).toList());
    assertEquals(List.of(400L, 500L, 51L), plan.lines().stream().map(PurchaseLine::quantity)
        .toList());
    assertEquals(new BigDecimal("57370.00"), plan.totalCost());
    assertEquals(0, plan.unmet());
    assertRoundTrips(plan, PurchasePlan.class);

    PurchasePlan short_ = PurchasePlan.cheapest(Co2e.tonnes("2000"), offers.subList(0, 2),
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(500, short_.unmet());
    var e = assertThrows(IllegalArgumentException.class, () -> PurchasePlan.cheapest(
        Co2e.tonnes("1"), List.of(offer("a", "1", 1), offer("e", "1", 1)
            .withPrice(UnitPrice.of("1", "USD"))), EligibilityPolicy.anyOutsideBoundary()));
    assertEquals("Offers a and e are priced in CNY and USD; convert them to one currency first",
        e.getMessage());
  }

  @Test
  void insideBoundaryOffersAreNotBought() {
    PurchasePlan plan = PurchasePlan.cheapest(Co2e.tonnes("10"),
        List.of(offer("own", "1", 100).withOrigin(Origin.INSIDE_BOUNDARY), offer("x", "9", 100)),
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals("x", plan.lines().get(0).offer().id());
  }

  @Test
  void greedyIsAsCheapAsEveryOtherPurchase() {
    Gen<List<Offer>> offers = in -> {
      int n = Generate.range(1, 4).generate(in);
      List<Offer> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(offer("o" + i, Generate.range(0, 20).generate(in) + "."
            + Generate.range(10, 99).generate(in), Generate.range(1, 4).generate(in)));
      }
      return list;
    };
    qt().withExamples(300).forAll(offers, Generate.range(0, 12)).checkAssert((os, need) -> {
      PurchasePlan plan = PurchasePlan.cheapest(Co2e.tonnes(BigDecimal.valueOf(need)), os,
          EligibilityPolicy.anyOutsideBoundary());
      long supply = os.stream().mapToLong(Offer::available).sum();
      assertEquals(Math.min(need, supply), plan.quantity());
      BigDecimal best = bruteForce(os, 0, Math.min(need, supply));
      assertEquals(0, best.compareTo(plan.totalCost()), () -> os + " need " + need);
    });
  }

  /** The least cost of buying exactly {@code need} units from offers {@code i…}. */
  static BigDecimal bruteForce(List<Offer> os, int i, long need) {
    if (i == os.size()) {
      return need == 0 ? BigDecimal.ZERO : null;
    }
    BigDecimal best = null;
    for (long x = 0; x <= Math.min(need, os.get(i).available()); x++) {
      BigDecimal rest = bruteForce(os, i + 1, need - x);
      if (rest != null) {
        BigDecimal c = rest.add(os.get(i).price().times(x));
        best = best == null || c.compareTo(best) < 0 ? c : best;
      }
    }
    return best;
  }
}
