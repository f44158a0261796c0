// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.cnms.assets.ledger.LedgerTest.ccer;
import static org.cnms.assets.ledger.LedgerTest.ledgerWith1To100;
import static org.cnms.assets.ledger.LedgerTest.p7;
import static org.cnms.assets.ledger.LedgerTest.retire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnms.assets.testing.LedgerWorkload;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.junit.jupiter.api.Test;

/**
 * The values a ledger hands out (head, snapshot, totals, holdings, claims) and its import: the
 * exact numbers, orders and messages a caller relies on.
 */
class LedgerEdgesTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  static Sold sell(String id, SerialRange r) {
    return Sold.builder().id(id).date(DAY).registry("CCER-NCSC").serials(r)
        .price(UnitPrice.of("72.50", "CNY")).counterparty("Other Co.").build();
  }

  @Test
  void theHeadIsCheckedAndPrinted() {
    String h = "ab".repeat(32);
    assertEquals(LedgerHead.EMPTY, LedgerHead.of(0, LedgerEntry.GENESIS));
    assertEquals("3@abababab", LedgerHead.of(3, h).toString());
    assertEquals(LedgerHead.of(3, h).hashCode(), LedgerHead.of(3, h).hashCode());
    assertNotEquals(LedgerHead.of(3, h), LedgerHead.of(4, h));
    assertNotEquals(LedgerHead.of(3, h).hashCode(), LedgerHead.of(4, h).hashCode());
    var e = assertThrows(IllegalArgumentException.class, () -> LedgerHead.of(-1, h));
    assertEquals("LedgerHead.size must not be negative, but was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LedgerHead.of(0, h));
    assertEquals("The head of an empty ledger is the genesis hash, but was " + h, e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LedgerHead.of(1, "AB".repeat(32)));
    assertEquals("LedgerHead.hash must be 64 lower-case hex digits, but was '" + "AB".repeat(32)
        + "'", e.getMessage());
    Ledger l = ledgerWith1To100();
    assertEquals(LedgerHead.of(1, l.headHash()), l.head());
    assertEquals(LedgerHead.of(1, l.headHash()).hashCode(), l.head().hashCode());
  }

  @Test
  void totalsAreConservedOnlyWhenEveryFlowAddsUp() {
    // 1,000 allocated + 200 acquired = 700 held + 100 sold + 150 surrendered + 200 retired
    // + 50 cancelled
    LedgerTotals t = LedgerTotals.builder().allocated(1_000).acquired(200).held(700).sold(100)
        .surrendered(150).retired(200).cancelled(50).build();
    assertTrue(t.conserved());
    assertFalse(t.withCancelled(51).conserved());
    assertFalse(t.withAcquired(199).conserved());
  }

  @Test
  void holdingsAreOrderedByTypeVintageAndRegistry() {
    Ledger l = Ledger.create();
    l.append(Acquired.builder().id("b-1").date(DAY).account("main")
        .block(UnitBlock.builder().type(StandardUnitType.VCU).registry("Verra").vintage(2020)
            .serials(SerialRange.of("VCU-1", 1, 5)).build())
        .price(UnitPrice.of("10", "USD")).counterparty("X").build());
    l.append(Acquired.builder().id("b-2").date(DAY).account("main").block(ccer(1, 10)
        .withRegistry("Z-REG")).price(UnitPrice.of("60", "CNY")).counterparty("X").build());
    l.append(Acquired.builder().id("b-3").date(DAY).account("main").block(ccer(1, 20))
        .price(UnitPrice.of("60", "CNY")).counterparty("X").build());
    l.append(Acquired.builder().id("b-4").date(DAY).account("main").block(ccer(21, 50)
        .withVintage(2023)).price(UnitPrice.of("60", "CNY")).counterparty("X").build());
    Map<HoldingKey, Long> h = l.holdings();
    assertEquals(List.of("CCER/2023/CCER-NCSC", "CCER/2024/CCER-NCSC", "CCER/2024/Z-REG",
        "VCU/2020/VERRA"), h.keySet().stream().map(HoldingKey::toString).toList());
    assertEquals(List.of(30L, 20L, 10L, 5L), new ArrayList<>(h.values()));
    assertEquals(20, l.held(HoldingKey.of(StandardUnitType.CCER, 2024, "CCER-NCSC")));
    assertEquals(5, l.held(HoldingKey.of(StandardUnitType.VCU, 2020, "verra")));
    assertEquals(0, l.held(HoldingKey.of(StandardUnitType.VCU, 2021, "Verra")));
    HoldingKey a = HoldingKey.of(StandardUnitType.CCER, 2024, "A");
    assertTrue(a.compareTo(HoldingKey.of(StandardUnitType.CCER, 2024, "B")) < 0);
    assertTrue(a.compareTo(HoldingKey.of(StandardUnitType.CCER, 2023, "B")) > 0);
    assertTrue(a.compareTo(HoldingKey.of(StandardUnitType.VCU, 2020, "A")) < 0);
    assertEquals(0, a.compareTo(HoldingKey.of(StandardUnitType.CCER, 2024, "a")));
  }

  @Test
  void theSnapshotHoldsWhatTheLedgerShows() {
    Ledger l = ledgerWith1To100();
    l.append(retire("r-b", p7(1, 10), "claim-b"));
    l.append(retire("r-a", p7(11, 15), "claim-a"));
    assertEquals(List.of("claim-a", "claim-b"), l.claimIds());
    LedgerSnapshot s = l.snapshot();
    assertEquals(3, s.size());
    assertEquals(l.entries(), s.entries());
    assertEquals(l.headHash(), s.headHash());
    assertEquals(l.totals(), s.totals());
    assertEquals(Map.of(HoldingKey.of(StandardUnitType.CCER, 2024, "CCER-NCSC"), 85L),
        s.holdings());
    assertEquals("LedgerSnapshot{size=3, head=" + l.headHash() + ", totals=" + l.totals()
        + ", holdings={CCER/2024/CCER-NCSC=85}}", s.toString());
    LedgerSnapshot same = Ledger.fromJsonLines(l.toJsonLines()).snapshot();
    assertEquals(s, same);
    assertEquals(s.hashCode(), same.hashCode());
    l.append(sell("s-1", p7(16, 20)));
    assertNotEquals(s, l.snapshot());
    assertNotEquals(s.hashCode(), l.snapshot().hashCode());
    assertFalse(s.equals(s.toString()));
  }

  @Test
  void entriesAreIndexedFromZero() {
    Ledger l = ledgerWith1To100();
    assertEquals("buy-1", l.entry(0).event().id());
    var e = assertThrows(IndexOutOfBoundsException.class, () -> l.entry(1));
    assertEquals("Entry 1 of a ledger of 1", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> l.entry(-1));
  }

  @Test
  void aMoveNamesWhyTheUnitsCannotMove() {
    Ledger l = ledgerWith1To100();
    l.append(sell("s-1", p7(11, 20)));
    l.append(retire("r-1", p7(21, 30), "claim-2024"));
    // a sold range alone
    var sold = assertThrows(LedgerRuleException.class, () -> l.append(sell("s-2", p7(11, 15))));
    assertEquals(LedgerRule.UNITS_HELD, sold.rule());
    assertEquals("Event s-2 (Sold) moves 5 units CCER-NCSC CCER-P7:11-15, but only 0 of them are"
        + " held: CCER-P7:11-15 were sold by event s-1", sold.getMessage());
    // sold, then retired: the retirement is what is named (held: 5-10 and 31-35)
    var fin = assertThrows(LedgerRuleException.class, () -> l.append(Transferred.builder()
        .id("t-1").date(DAY).registry("CCER-NCSC").serials(p7(5, 35)).toAccount("sub").build()));
    assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, fin.rule());
    assertEquals("Event t-1 (Transferred) moves 31 units CCER-NCSC CCER-P7:5-35, but only 11 of"
        + " them are held: CCER-P7:21-30 were retired by event r-1 and can never move again",
        fin.getMessage());
    // units never seen before the first held one
    Ledger gap = Ledger.create();
    gap.append(Acquired.builder().id("b").date(DAY).block(ccer(11, 20)).account("main")
        .price(UnitPrice.of("60", "CNY")).counterparty("X").build());
    var missing = assertThrows(LedgerRuleException.class, () -> gap.append(
        SurrenderedForCompliance.builder().id("sur").date(DAY).registry("CCER-NCSC")
            .serials(p7(1, 20)).complianceYear(2024).build()));
    assertEquals("Event sur (SurrenderedForCompliance) moves 20 units CCER-NCSC CCER-P7:1-20,"
        + " but only 10 of them are held: CCER-P7:1-10 are not held", missing.getMessage());
    var twice = assertThrows(LedgerRuleException.class, () -> gap.append(Acquired.builder()
        .id("b").date(DAY).block(ccer(31, 40)).account("main").price(UnitPrice.of("60", "CNY"))
        .counterparty("X").build()));
    assertEquals(LedgerRule.UNIQUE_EVENT_ID, twice.rule());
    assertEquals("Event b (Acquired) has the id of an event already in the ledger; event ids are"
        + " unique", twice.getMessage());
  }

  @Test
  void anImportStopsAtTheFirstEventThatBreaksARuleAndKeepsWhatCameBefore() {
    Ledger l = ledgerWith1To100();
    l.append(retire("r-1", p7(1, 10), "claim-2024"));
    // a correctly chained third entry that retires the same units again
    LedgerEvent again = retire("r-2", p7(5, 10), "claim-2024");
    String h = ChainHashing.hash(LedgerEntry.CHAIN_V2, 2, l.headHash(), again);
    LedgerEntry bad = LedgerEntry.builder().chain(LedgerEntry.CHAIN_V2).index(2).previousHash(l.headHash()).hash(h)
        .event(again).build();
    String lines = l.toJsonLines() + LedgerJsonLines.toLine(bad) + "\n";
    MemoryLedgerStore target = new MemoryLedgerStore();
    var e = assertThrows(LedgerRuleException.class,
        () -> Ledger.importJsonLines(new StringReader(lines), target));
    assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, e.rule());
    assertEquals(l.head(), target.head());
    var full = assertThrows(IllegalArgumentException.class,
        () -> Ledger.importJsonLines(new StringReader(lines), target));
    assertEquals("Cannot import a ledger into memory, which already holds 2 entries",
        full.getMessage());
  }

  @Test
  void anImportOfMoreThanOnePageKeepsEveryEntry() {
    Ledger l = Ledger.create();
    new LedgerWorkload(l, "w", 11).run(4_200, 200);
    MemoryLedgerStore target = new MemoryLedgerStore();
    Ledger back = Ledger.importJsonLines(new StringReader(l.toJsonLines()), target);
    assertEquals(4_200, back.size());
    assertEquals(l.head(), target.head());
    assertEquals(l.snapshot(), back.snapshot());
  }

  @Test
  void theVerificationOfAnEmptyChainHasNoHead() {
    LedgerVerification v = Ledger.create().verify();
    assertTrue(v.intact());
    assertEquals(0, v.entriesChecked());
    assertEquals(java.util.Optional.empty(), v.headHash());
    Ledger l = ledgerWith1To100();
    assertEquals(java.util.Optional.of(l.headHash()), l.verify().headHash());
    var e = assertThrows(IndexOutOfBoundsException.class, () -> l.entries().get(1));
    assertEquals("Entry 1 of a ledger of 1", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> l.entries().get(-1));
  }

  @Test
  void anEntryThatCannotBeHashedIsNamed() {
    // serials beyond 2^53 - 1 cannot be written in the canonical JSON that is hashed
    Issued big = Issued.builder().id("big").date(DAY).account("main")
        .block(ccer(1L << 60, (1L << 60) + 9)).build();
    LedgerEntry e = LedgerEntry.builder().chain(LedgerEntry.CHAIN_V2).index(0)
        .previousHash(LedgerEntry.GENESIS).hash("ab".repeat(32)).event(big).build();
    LedgerVerification v = Ledger.verify(List.of(e));
    assertFalse(v.intact());
    assertEquals(0L, v.firstAlteredIndex().orElseThrow());
    assertTrue(v.problem().orElseThrow().contains("it cannot be hashed: "),
        v.problem().orElseThrow());
  }

  @Test
  void aRefusedBatchLeavesNoTraceOfItsClaims() {
    Ledger l = ledgerWith1To100();
    LedgerSnapshot before = l.snapshot();
    // the second event moves units the first retired: the whole batch is refused
    var e = assertThrows(LedgerRuleException.class, () -> l.appendAll(List.of(
        retire("r-1", p7(1, 10), "c-new"), sell("s-1", p7(5, 6)))));
    assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, e.rule());
    assertEquals(before, l.snapshot());
    assertEquals(List.of(), l.retirementsFor("c-new"));
    assertEquals(List.of(), l.claimIds());
    // nor of the claim's period: the claim may still be made for another year
    l.append(retire("r-1", p7(1, 10), "c-new").withClaimPeriod(
        org.cnms.core.organisation.ReportingPeriod.calendarYear(2025)));
    assertEquals(List.of("c-new"), l.claimIds());
    var other = assertThrows(LedgerRuleException.class, () -> l.append(
        retire("r-2", p7(11, 12), "c-new")));
    assertEquals(LedgerRule.ONE_PERIOD_PER_CLAIM, other.rule());
    assertEquals("Event r-2 (RetiredForClaim) retires units for claim c-new with period 2024, but"
        + " earlier retirements for that claim name 2025", other.getMessage());
  }

  @Test
  void unitStatesAreOrderedByRegistryThenPrefix() {
    Ledger l = Ledger.create();
    List<String> registries = List.of("REG-Q", "REG-B", "REG-X", "REG-A", "REG-M", "REG-C",
        "REG-Z", "REG-K");
    int n = 0;
    for (String r : registries) {
      for (String prefix : List.of("P-2", "P-1")) {
        l.append(Acquired.builder().id("b-" + (n++)).date(DAY).account("main")
            .block(ccer(1, 5).withRegistry(r).withSerials(SerialRange.of(prefix, 1, 5)))
            .price(UnitPrice.of("60", "CNY")).counterparty("X").build());
      }
    }
    List<String> seen = l.unitStates().stream()
        .map(u -> u.block().registry() + " " + u.block().serials().prefix()).toList();
    assertEquals(seen.stream().sorted().toList(), seen);
    assertEquals(16, seen.size());
  }

  @Test
  void aSurrenderNamesAFourDigitComplianceYearAndAnIdForItsScheme() {
    assertEquals(1900, SurrenderedForCompliance.builder().id("s").date(DAY).registry("CN-ETS")
        .serials(p7(1, 2)).complianceYear(1900).build().complianceYear());
    assertEquals(9999, SurrenderedForCompliance.builder().id("s").date(DAY).registry("CN-ETS")
        .serials(p7(1, 2)).complianceYear(9999).build().complianceYear());
    var e = assertThrows(IllegalArgumentException.class, () -> SurrenderedForCompliance.builder()
        .id("s").date(DAY).registry("CN-ETS").serials(p7(1, 2)).complianceYear(1899).build());
    assertEquals("SurrenderedForCompliance.complianceYear must be a year from 1900 to 9999, but"
        + " was 1899", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SurrenderedForCompliance.builder()
        .id("s").date(DAY).registry("CN-ETS").serials(p7(1, 2)).complianceYear(10_000).build());
    e = assertThrows(IllegalArgumentException.class, () -> SurrenderedForCompliance.builder()
        .id("s").date(DAY).registry("CN-ETS").serials(p7(1, 2)).complianceYear(2024).scheme(" ")
        .build());
    assertTrue(e.getMessage().startsWith("SurrenderedForCompliance.scheme"), e.getMessage());
  }

  @Test
  void anExportIsFlushed() throws Exception {
    Ledger l = ledgerWith1To100();
    StringWriter s = new StringWriter();
    BufferedWriter w = new BufferedWriter(s);
    l.exportJsonLines(w);
    assertEquals(l.toJsonLines(), s.toString());
    assertEquals("CNY 60.00", UnitPrice.of("60.00", "CNY").toString());
  }
}
