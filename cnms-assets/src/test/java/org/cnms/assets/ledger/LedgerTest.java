// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class LedgerTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  static UnitBlock ccer(long start, long end) {
    return UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
        .projectId("P-7").vintage(2024).serials(SerialRange.of("CCER-P7", start, end)).build();
  }

  static SerialRange p7(long start, long end) {
    return SerialRange.of("CCER-P7", start, end);
  }

  static Ledger ledgerWith1To100() {
    Ledger l = Ledger.create();
    l.append(Acquired.builder().id("buy-1").date(DAY).block(ccer(1, 100)).account("main")
        .price(UnitPrice.of("60.00", "CNY")).counterparty("Beijing Green Exchange").build());
    return l;
  }

  static RetiredForClaim retire(String id, SerialRange r, String claim) {
    return RetiredForClaim.builder().id(id).date(DAY).registry("CCER-NCSC").serials(r)
        .beneficiary("Acme").claimPeriod(ReportingPeriod.calendarYear(2024))
        .purpose("carbon neutrality 2024").claimId(claim).build();
  }

  @Test
  void partialMovesSplitTheBlockExactly() {
    Ledger l = ledgerWith1To100();
    l.append(Sold.builder().id("sell-1").date(DAY).registry("CCER-NCSC").serials(p7(41, 60))
        .price(UnitPrice.of("72.50", "CNY")).counterparty("Other Co.").build());
    l.append(retire("ret-1", p7(1, 10), "claim-2024"));
    // 100 acquired: 20 sold, 10 retired, 70 held in two pieces 11-40 and 61-100
    assertEquals(LedgerTotals.builder().allocated(0).acquired(100).held(70).sold(20)
        .surrendered(0).retired(10).cancelled(0).build(), l.totals());
    assertEquals(Map.of(HoldingKey.of(StandardUnitType.CCER, 2024, "CCER-NCSC"), 70L),
        l.holdings());
    assertEquals(List.of(p7(11, 40), p7(61, 100)),
        l.heldUnits().stream().map(s -> s.block().serials()).toList());
    List<UnitState> states = l.states("CCER-NCSC", p7(5, 45));
    assertEquals(List.of(UnitStatus.RETIRED, UnitStatus.HELD, UnitStatus.SOLD),
        states.stream().map(UnitState::status).toList());
    assertEquals(p7(41, 45), states.get(2).block().serials());
    assertEquals(1, l.retirementsFor("claim-2024").size());
    assertEquals(10, l.retirementsFor("claim-2024").get(0).block().quantity());
  }

  @Test
  void spendingMoreThanIsHeldIsRejected() {
    Ledger l = ledgerWith1To100();
    LedgerSnapshot before = l.snapshot();
    var e = assertThrows(LedgerRuleException.class, () -> l.append(Cancelled.builder().id("c-1")
        .date(DAY).registry("CCER-NCSC").serials(p7(91, 110)).reason("error").build()));
    assertEquals(LedgerRule.UNITS_HELD, e.rule());
    assertEquals("c-1", e.eventId());
    assertEquals("Event c-1 (Cancelled) moves 20 units CCER-NCSC CCER-P7:91-110, but only 10 of"
        + " them are held: CCER-P7:101-110 are not held", e.getMessage());
    assertEquals(before, l.snapshot());
  }

  @Test
  void aSurrenderedUnitCannotBeRetired() {
    Ledger l = ledgerWith1To100();
    l.append(SurrenderedForCompliance.builder().id("s-1").date(DAY).registry("CCER-NCSC")
        .serials(p7(1, 5)).complianceYear(2024).scheme("CN-ETS").build());
    var e = assertThrows(LedgerRuleException.class,
        () -> l.append(retire("r-1", p7(1, 50), "claim-2024")));
    assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, e.rule());
    assertEquals("Event r-1 (RetiredForClaim) moves 50 units CCER-NCSC CCER-P7:1-50, but only 45"
        + " of them are held: CCER-P7:1-5 were surrendered by event s-1 and can never move again",
        e.getMessage());
  }

  @Test
  void noUnitCountsInTwoClaims() {
    Ledger l = ledgerWith1To100();
    l.append(retire("r-1", p7(1, 10), "claim-A"));
    var e = assertThrows(LedgerRuleException.class,
        () -> l.append(retire("r-2", p7(10, 12), "claim-B")));
    assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, e.rule());
    assertTrue(e.getMessage().endsWith("CCER-P7:10-10 were retired by event r-1 and can never"
        + " move again"), e.getMessage());
  }

  @Test
  void aSerialIsHeldOnceAndIssuedOnce() {
    Ledger l = ledgerWith1To100();
    var e = assertThrows(LedgerRuleException.class, () -> l.append(Issued.builder().id("i-1")
        .date(DAY).block(ccer(100, 120)).account("main").build()));
    assertEquals(LedgerRule.SERIAL_HELD_ONCE, e.rule());
    assertEquals("Event i-1 (Issued) brings in CCER-NCSC CCER-P7:100-120, but CCER-P7:100-100"
        + " are already held in account main (event buy-1); a serial is held in one place only",
        e.getMessage());
    l.append(Sold.builder().id("sell").date(DAY).registry("CCER-NCSC").serials(p7(1, 100))
        .price(UnitPrice.of("70", "CNY")).counterparty("X").build());
    var again = assertThrows(LedgerRuleException.class, () -> l.append(Issued.builder()
        .id("i-2").date(DAY).block(ccer(1, 1)).account("main").build()));
    assertEquals(LedgerRule.SERIAL_ISSUED_ONCE, again.rule());
    // but sold units may be bought back
    l.append(Acquired.builder().id("back").date(DAY).block(ccer(1, 50)).account("main")
        .price(UnitPrice.of("75", "CNY")).counterparty("X").build());
    assertEquals(50, l.totals().held());
    assertTrue(l.totals().conserved());
  }

  @Test
  void eventIdsAreUniqueAndClaimsHaveOnePeriod() {
    Ledger l = ledgerWith1To100();
    var e = assertThrows(LedgerRuleException.class, () -> l.append(retire("buy-1", p7(1, 1),
        "c")));
    assertEquals(LedgerRule.UNIQUE_EVENT_ID, e.rule());
    l.append(retire("r-1", p7(1, 1), "c"));
    var p = assertThrows(LedgerRuleException.class, () -> l.append(retire("r-2", p7(2, 2), "c")
        .withClaimPeriod(ReportingPeriod.calendarYear(2025))));
    assertEquals(LedgerRule.ONE_PERIOD_PER_CLAIM, p.rule());
    assertEquals("Event r-2 (RetiredForClaim) retires units for claim c with period 2025, but"
        + " earlier retirements for that claim name 2024", p.getMessage());
  }

  @Test
  void transfersKeepUnitsHeld() {
    Ledger l = ledgerWith1To100();
    l.append(Transferred.builder().id("t-1").date(DAY).registry("CCER-NCSC").serials(p7(50, 59))
        .toAccount("subsidiary").build());
    assertEquals(100, l.totals().held());
    assertEquals(List.of("main", "subsidiary", "main"), l.heldUnits().stream()
        .map(s -> s.account().orElseThrow()).toList());
  }

  @Test
  void exportAndImportGiveTheSameLedger() {
    Ledger l = ledgerWith1To100();
    l.append(retire("r-1", p7(1, 10), "claim-2024"));
    String lines = l.toJsonLines();
    assertEquals(2, lines.lines().count());
    assertTrue(lines.startsWith("{\"chain\":2,\"index\":0,\"previousHash\":\"" + LedgerEntry.GENESIS
        + "\",\"hash\":\""), lines);
    Ledger copy = Ledger.fromJsonLines(lines);
    assertEquals(l.snapshot(), copy.snapshot());
    assertEquals(l.unitStates(), copy.unitStates());
    assertTrue(copy.verify().intact());
    assertEquals(l.headHash(), copy.verify().headHash().orElseThrow());
  }

  @Test
  void snapshotsDoNotChangeWhenTheLedgerGrows() {
    Ledger l = ledgerWith1To100();
    LedgerSnapshot s = l.snapshot();
    l.append(retire("r-1", p7(1, 10), "claim-2024"));
    assertEquals(1, s.size());
    assertEquals(100, s.totals().held());
    assertEquals(2, l.snapshot().size());
  }
}
