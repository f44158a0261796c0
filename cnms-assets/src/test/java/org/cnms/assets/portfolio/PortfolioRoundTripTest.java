// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PortfolioRoundTripTest {

  @Test
  void offersAndPurchasesRoundTrip() {
    qt().withExamples(200).forAll(PortfolioGen.offers()).checkAssert(o -> assertRoundTrips(o, Offer.class));
    qt().withExamples(200).forAll(PortfolioGen.purchaseLines())
        .checkAssert(l -> assertRoundTrips(l, PurchaseLine.class));
    qt().withExamples(200).forAll(PortfolioGen.purchasePlans())
        .checkAssert(p -> assertRoundTrips(p, PurchasePlan.class));
  }

  @Test
  void pricesAndValuationsRoundTrip() {
    qt().withExamples(200).forAll(PortfolioGen.priceQuotes())
        .checkAssert(q -> assertRoundTrips(q, PriceQuote.class));
    qt().withExamples(200).forAll(PortfolioGen.priceLists())
        .checkAssert(l -> assertRoundTrips(l, PriceList.class));
    qt().withExamples(200).forAll(PortfolioGen.valuations())
        .checkAssert(v -> assertRoundTrips(v, Valuation.class));
  }

  @Test
  void portfoliosRoundTrip() {
    qt().withExamples(200).forAll(PortfolioGen.portfolios())
        .checkAssert(p -> assertRoundTrips(p, Portfolio.class));
  }
}
