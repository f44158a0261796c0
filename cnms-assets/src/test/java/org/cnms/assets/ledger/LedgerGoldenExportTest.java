// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.assets.unit.CustomUnitType;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.assets.unit.UnitKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The JSON Lines export of a fixed ledger, pinned byte for byte: the JSON of every event type (with
 * optional fields present and absent) and so the hash chain of existing exports must not change.
 * {@code golden-ledger.jsonl} is the same ledger as written under chain version 1 and must keep
 * verifying.
 */
class LedgerGoldenExportTest {

  private static final String GOLDEN_V1 = "golden-ledger.jsonl";
  private static final String GOLDEN_V2 = "golden-ledger-v2.jsonl";

  /** A ledger with every event type, optional fields present and absent, and a buy-back. */
  static Ledger fixedLedger() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    Ledger l = Ledger.create();
    l.append(Issued.builder().id("issue-cea").date(day).account("main")
        .block(UnitBlock.builder().type(StandardUnitType.CEA).registry("CN-ETS").vintage(2024)
            .serials(SerialRange.of("CEA-2024", 1, 1000)).build())
        .issuer("MEE").build());
    l.append(Issued.builder().id("issue-phcer").date(day.plusDays(1)).account("main")
        .block(UnitBlock.builder()
            .type(CustomUnitType.builder().code("GZ-PHCER").kind(UnitKind.CREDIT)
                .labelZh("广州碳普惠核证减排量").labelEn("Guangzhou PHCER").build())
            .registry("GZ-PH").vintage(2023).serials(SerialRange.of("碳普惠", 10, 59))
            .origin(Origin.INSIDE_BOUNDARY).issuance(Issuance.EX_ANTE).build())
        .build());
    l.append(Acquired.builder().id("buy-ccer").date(day.plusDays(2)).account("trading")
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
            .projectId("P-7").vintage(2024).serials(SerialRange.of("CCER-P7", 1, 100)).build())
        .price(UnitPrice.of("60.50", "CNY")).counterparty("北京绿色交易所").build());
    l.append(Transferred.builder().id("move-ccer").date(day.plusDays(3)).registry("CCER-NCSC")
        .serials(SerialRange.of("CCER-P7", 1, 40)).toAccount("main").build());
    l.append(Sold.builder().id("sell-ccer").date(day.plusDays(4)).registry("CCER-NCSC")
        .serials(SerialRange.of("CCER-P7", 81, 100)).price(UnitPrice.of("72.0", "CNY"))
        .counterparty("Other Co., Ltd.").build());
    l.append(Acquired.builder().id("buy-back").date(day.plusDays(5)).account("trading")
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
            .projectId("P-7").vintage(2024).serials(SerialRange.of("CCER-P7", 91, 100)).build())
        .price(UnitPrice.of("75", "USD")).counterparty("Other Co., Ltd.").build());
    l.append(SurrenderedForCompliance.builder().id("surrender-1").date(day.plusDays(6))
        .registry("CN-ETS").serials(SerialRange.of("CEA-2024", 1, 600)).complianceYear(2024)
        .scheme("CN-ETS").build());
    l.append(SurrenderedForCompliance.builder().id("surrender-2").date(day.plusDays(7))
        .registry("CCER-NCSC").serials(SerialRange.of("CCER-P7", 1, 5)).complianceYear(2024)
        .build());
    l.append(RetiredForClaim.builder().id("retire-1").date(day.plusDays(8)).registry("CCER-NCSC")
        .serials(SerialRange.of("CCER-P7", 6, 30)).beneficiary("Acme 有限公司")
        .claimPeriod(ReportingPeriod.calendarYear(2024)).purpose("carbon neutrality 2024")
        .claimId("claim-2024").build());
    l.append(Cancelled.builder().id("cancel-1").date(day.plusDays(9)).registry("GZ-PH")
        .serials(SerialRange.of("碳普惠", 10, 19)).reason("correction ordered by the registry")
        .build());
    return l;
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = LedgerGoldenExportTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void exportIsByteIdenticalToTheGoldenFile() throws IOException {
    String export = fixedLedger().toJsonLines();
    String expected = golden(GOLDEN_V2);
    if (!expected.equals(export)) {
      // kept for a diff against the golden file
      Path actual = Path.of("target", "golden-ledger-v2-actual.jsonl");
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, export, StandardCharsets.UTF_8);
    }
    assertEquals(expected, export);
    assertTrue(export.lines().allMatch(l -> l.startsWith("{\"chain\":2,")));
  }

  @Test
  void theGoldenFileVerifiesAndImportsToTheSameLedger() throws IOException {
    String expected = golden(GOLDEN_V2);
    assertEquals(10, expected.lines().count());
    LedgerVerification v = Ledger.verifyJsonLines(new StringReader(expected));
    assertTrue(v.intact(), () -> v.problem().orElse(""));
    assertEquals(10, v.entriesChecked());
    Ledger imported = Ledger.fromJsonLines(expected);
    assertEquals(fixedLedger().snapshot(), imported.snapshot());
    assertEquals(expected, imported.toJsonLines());
  }

  /**
   * The ledger of chain version 1, written before the hashes moved to RFC 8785: it still verifies,
   * imports to the same holdings, and writes back byte for byte (its entries keep version 1).
   */
  @Test
  void theVersion1GoldenFileStillVerifiesAndReadsBackByteForByte() throws IOException {
    String v1 = golden(GOLDEN_V1);
    assertTrue(v1.lines().noneMatch(l -> l.contains("\"chain\"")));
    LedgerVerification v = Ledger.verifyJsonLines(new StringReader(v1));
    assertTrue(v.intact(), () -> v.problem().orElse(""));
    assertEquals("bd5e2e450fe627ad7e4480c724c179c2cdd22d5fdf792c1c0e8eda031c263738",
        v.headHash().orElseThrow());
    Ledger imported = Ledger.fromJsonLines(v1);
    Ledger fixed = fixedLedger();
    assertEquals(fixed.totals(), imported.totals());
    assertEquals(fixed.holdings(), imported.holdings());
    assertEquals(fixed.unitStates(), imported.unitStates());
    assertEquals(v1, imported.toJsonLines());
    assertTrue(imported.entries().stream().allMatch(e -> e.chain() == LedgerEntry.CHAIN_V1));
  }

  /** New events appended to a version-1 ledger are version 2; the mixed chain verifies. */
  @Test
  void aVersion1LedgerGrowsWithVersion2Entries() throws IOException {
    Ledger l = Ledger.fromJsonLines(golden(GOLDEN_V1));
    LedgerEntry e = l.append(Cancelled.builder().id("cancel-2").date(LocalDate.of(2025, 4, 1))
        .registry("GZ-PH").serials(SerialRange.of("碳普惠", 20, 29)).reason("correction").build());
    assertEquals(LedgerEntry.CHAIN_V2, e.chain());
    assertEquals("bd5e2e450fe627ad7e4480c724c179c2cdd22d5fdf792c1c0e8eda031c263738",
        e.previousHash());
    String lines = l.toJsonLines();
    assertTrue(Ledger.verifyJsonLines(new StringReader(lines)).intact());
    assertEquals(l.snapshot(), Ledger.fromJsonLines(lines).snapshot());
  }

  /** A version-1 entry after a version-2 one is a downgrade: named as altered. */
  @Test
  void aVersion1EntryAfterAVersion2EntryIsNamed() throws IOException {
    List<LedgerEntry> v2 = new ArrayList<>(Ledger.fromJsonLines(golden(GOLDEN_V2)).entries());
    LedgerEntry second = v2.get(1);
    LedgerEntry downgraded = second.withChain(LedgerEntry.CHAIN_V1).withHash(ChainHashing.hash(
        LedgerEntry.CHAIN_V1, 1, second.previousHash(), second.event()));
    v2.set(1, downgraded);
    LedgerVerification v = Ledger.verify(v2);
    assertEquals(Long.valueOf(1), v.firstAlteredIndex().orElseThrow());
    assertEquals("Entry 1 (event issue-phcer) was altered: its chain version 1 follows version 2;"
        + " versions never go down", v.problem().orElseThrow());
  }
}
