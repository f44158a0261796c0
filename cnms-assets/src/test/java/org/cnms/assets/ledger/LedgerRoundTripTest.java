package org.cnms.assets.ledger;

import static org.cnms.assets.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class LedgerRoundTripTest {

  @Test
  void eventsRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.events()).checkAssert(e -> assertRoundTrips(e, LedgerEvent.class));
  }

  @Test
  void entriesRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.entries()).checkAssert(e -> assertRoundTrips(e, LedgerEntry.class));
  }

  @Test
  void pricesRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.prices()).checkAssert(p -> assertRoundTrips(p, UnitPrice.class));
  }
}
