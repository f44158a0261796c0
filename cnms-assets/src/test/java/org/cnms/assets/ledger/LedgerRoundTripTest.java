// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
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

  @Test
  void retirementsAndSurrendersRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.retirements()).checkAssert(r -> assertRoundTrips(r, Retirement.class));
    qt().withExamples(200).forAll(LedgerGen.surrenders()).checkAssert(s -> assertRoundTrips(s, Surrender.class));
  }

  @Test
  void unitStatesRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.unitStates()).checkAssert(s -> assertRoundTrips(s, UnitState.class));
  }

  @Test
  void totalsAndHoldingKeysRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.totals()).checkAssert(t -> assertRoundTrips(t, LedgerTotals.class));
    qt().withExamples(200).forAll(LedgerGen.holdingKeys()).checkAssert(k -> assertRoundTrips(k, HoldingKey.class));
  }

  @Test
  void verificationsRoundTrip() {
    qt().withExamples(200).forAll(LedgerGen.verifications())
        .checkAssert(v -> assertRoundTrips(v, LedgerVerification.class));
  }
}
