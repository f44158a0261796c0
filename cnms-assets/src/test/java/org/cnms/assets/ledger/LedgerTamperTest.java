// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any one altered event of an exported ledger is named by verification and by import. */
class LedgerTamperTest {

  /** A ledger of {@code n} events: issues of ten units and retirements of half of each. */
  static Ledger ledgerOf(int n) {
    Ledger l = Ledger.create();
    for (int i = 0; i < n; i++) {
      int block = i / 2;
      SerialRange r = SerialRange.of("CEA-2024", block * 10L, block * 10L + 9);
      if (i % 2 == 0) {
        l.append(Issued.builder().id("issue-" + i).date(LocalDate.of(2025, 1, 1).plusDays(i))
            .block(UnitBlock.builder().type(StandardUnitType.CEA).registry("CN-ETS").vintage(2024)
                .serials(r).build()).account("main").build());
      } else {
        l.append(RetiredForClaim.builder().id("retire-" + i)
            .date(LocalDate.of(2025, 1, 1).plusDays(i)).registry("CN-ETS")
            .serials(r.first(5)).beneficiary("Acme").claimPeriod(ReportingPeriod.calendarYear(2024))
            .purpose("neutrality").claimId("claim-2024").build());
      }
    }
    return l;
  }

  static String alterDate(String line) {
    String altered = line.replaceFirst("\"date\":\"(\\d{4})-", "\"date\":\"1999-");
    assertFalse(altered.equals(line));
    return altered;
  }

  static String replaceLine(String lines, int k, java.util.function.UnaryOperator<String> f) {
    List<String> all = new ArrayList<>(lines.lines().toList());
    all.set(k, f.apply(all.get(k)));
    return String.join("\n", all) + "\n";
  }

  @Test
  void anyAlteredEventIsNamed() {
    // a ledger of n events and the index k < n of the one to alter
    Gen<int[]> sizeAndIndex = in -> {
      int n = Generate.range(1, 40).generate(in);
      return new int[] {n, Generate.range(0, n - 1).generate(in)};
    };
    qt().withExamples(200).forAll(sizeAndIndex)
        .checkAssert(nk -> {
          int n = nk[0];
          int k = nk[1];
          Ledger l = ledgerOf(n);
          String export = l.toJsonLines();
          assertTrue(Ledger.verifyJsonLines(new StringReader(export)).intact());
          String altered = replaceLine(export, k, LedgerTamperTest::alterDate);
          String id = l.entry(k).event().id();

          LedgerVerification v = Ledger.verifyJsonLines(new StringReader(altered));
          assertFalse(v.intact());
          assertEquals(Long.valueOf(k), v.firstAlteredIndex().orElseThrow());
          assertEquals(id, v.firstAlteredEventId().orElseThrow());
          assertEquals((long) k, v.entriesChecked());

          var e = assertThrows(LedgerTamperedException.class, () -> Ledger.fromJsonLines(altered));
          assertEquals((long) k, e.index());
          assertEquals(id, e.eventId().orElseThrow());
        });
  }

  @Test
  void aRewrittenEventWithARecomputedHashIsStillNamed() {
    Ledger l = ledgerOf(6);
    List<LedgerEntry> chain = new ArrayList<>(l.entries());
    LedgerEntry e3 = chain.get(3);
    LedgerEvent forged = ((RetiredForClaim) e3.event()).withBeneficiary("Someone else");
    chain.set(3, e3.withEvent(forged)
        .withHash(ChainHashing.hash(LedgerEntry.CHAIN_V2, 3, e3.previousHash(), forged)));
    LedgerVerification v = Ledger.verify(chain);
    assertEquals(Long.valueOf(3), v.firstAlteredIndex().orElseThrow());
    assertEquals("retire-3", v.firstAlteredEventId().orElseThrow());
    assertEquals("Entry 3 (event retire-3) was altered: it was rewritten with a new hash; entry 4"
        + " still names its original hash " + e3.hash(), v.problem().orElseThrow());
  }

  @Test
  void anAlteredHashOrAnUnreadableLineIsNamed() {
    Ledger l = ledgerOf(5);
    String export = l.toJsonLines();
    String badHash = replaceLine(export, 2, s -> s.replaceFirst("\"hash\":\"[0-9a-f]",
        "\"hash\":\"" + (s.contains("\"hash\":\"0") ? "1" : "0")));
    assertEquals(Long.valueOf(2), Ledger.verifyJsonLines(new StringReader(badHash))
        .firstAlteredIndex().orElseThrow());
    String unreadable = replaceLine(export, 4, s -> s.replace("\"event\":{", "\"event\":["));
    LedgerVerification v = Ledger.verifyJsonLines(new StringReader(unreadable));
    assertEquals(Long.valueOf(4), v.firstAlteredIndex().orElseThrow());
    assertTrue(v.firstAlteredEventId().isEmpty());
    String dropped = replaceLine(export, 1, s -> "");
    LedgerVerification d = Ledger.verifyJsonLines(new StringReader(dropped));
    assertEquals(Long.valueOf(1), d.firstAlteredIndex().orElseThrow());
    assertEquals("Entry 1 (event issue-2) was altered: its index is 2 but it is entry 1",
        d.problem().orElseThrow());
  }
}
