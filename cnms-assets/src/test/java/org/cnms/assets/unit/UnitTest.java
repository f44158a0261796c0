// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.json.CnmsJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class UnitTest {

  @Test
  void verraSerialFromTheReferenceData() {
    String serial = "9660-115597313-115618057-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0";
    SerialRange r = SerialRange.parseVerra(serial);
    // 115618057 - 115597313 + 1 = 20,745 units
    assertEquals(20_745, r.size());
    assertEquals("9660-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0", r.prefix());
    assertEquals(serial, r.toVerraSerial());
    // the first 745 units moved: their own serial, and the rest keeps 20,000
    SerialRange part = r.first(745);
    assertEquals("9660-115597313-115598057-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0",
        part.toVerraSerial());
    assertEquals(List.of(SerialRange.of(r.prefix(), 115_598_058L, 115_618_057L)), r.minus(part));
    assertEquals(20_000, r.minus(part).get(0).size());
  }

  @Test
  void olderVerraFormWithoutVcsIsRead() {
    SerialRange r = SerialRange.parseVerra(
        "1234-10-19-VCU-261-VER-CN-1-99-01012015-31122015-0");
    assertEquals(10, r.size());
    assertEquals("1234-10-19-VCU-261-VER-CN-1-99-01012015-31122015-0", r.toVerraSerial());
  }

  @Test
  void goldStandardSerialFromTheReferenceData() {
    SerialRange r = SerialRange.parseGoldStandard("GS1-1-KE-GS7495-16-2025-30645-608-30350");
    // 30350 - 608 + 1 = 29,743 credits
    assertEquals(29_743, r.size());
    assertEquals("GS1-1-KE-GS7495-16-2025-30645", r.prefix());
    assertEquals("GS1-1-KE-GS7495-16-2025-30645-608-30350", r.toGoldStandardSerial());
    assertEquals("GS1-1-KE-GS7495-16-2025-30645-700-799",
        r.subRange(700, 799).toGoldStandardSerial());
  }

  @Test
  void badSerialsAreRejectedWithTheirText() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> SerialRange.parseGoldStandard("GS1-1-KE-GS7495-16-2025-30645-608"));
    assertTrue(e.getMessage().startsWith(
        "Not a Gold Standard block serial: 'GS1-1-KE-GS7495-16-2025-30645-608'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SerialRange.of("CEA", 10, 9));
    assertEquals("SerialRange.end 9 must not be before its start 10 in CEA", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SerialRange.of("C E A", 1, 9));
    assertEquals("SerialRange.prefix must be 1 to 256 characters without whitespace, but was"
        + " 'C E A'", e.getMessage());
    var s = assertThrows(IllegalStateException.class,
        () -> SerialRange.of("CEA", 1, 2).toVerraSerial());
    assertEquals("Serial range CEA:1-2 has no Verra prefix", s.getMessage());
  }

  @Test
  void splitsAreExact() {
    qt().withExamples(200).forAll(UnitGen.ranges(), Generate.longRange(-50, 150_000), Generate.longRange(0, 150_000))
        .checkAssert((a, offset, length) -> {
      long s = Math.max(0, a.start() + offset);
      SerialRange b = SerialRange.of(a.prefix(), s, s + length);
      long inBoth = a.intersection(b).map(SerialRange::size).orElse(0L);
      long rest = a.minus(b).stream().mapToLong(SerialRange::size).sum();
      assertEquals(a.size(), inBoth + rest);
      a.minus(b).forEach(r -> assertFalse(r.overlaps(b)));
    });
  }

  @Test
  void textFormReadsBack() {
    qt().withExamples(200).forAll(UnitGen.ranges()).checkAssert(r -> assertEquals(r, SerialRange.parse(r.toString())));
  }

  @Test
  void blockQuantityIsTheRangeSize() {
    UnitBlock b = UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
        .projectId("P-001").vintage(2024).serials(SerialRange.of("CCER-P-001", 1001, 1500))
        .build();
    assertEquals(500, b.quantity());
    assertEquals(Co2e.tonnes("500"), b.co2e());
    assertEquals(Origin.OUTSIDE_BOUNDARY, b.origin());
    assertEquals(Issuance.EX_POST, b.issuance());
  }

  @Test
  void unitTypesReadAsCodesOrCustomObjects() {
    assertEquals(StandardUnitType.GS_VER, UnitType.parse("gs-ver"));
    assertEquals("\"GS-VER\"", CnmsJson.toJson(StandardUnitType.GS_VER));
    var e = assertThrows(IllegalArgumentException.class, () -> UnitType.parse("XYZ"));
    assertTrue(e.getMessage().startsWith("Unknown unit type 'XYZ'; standard types are CEA, BEA"),
        e.getMessage());
    var c = assertThrows(IllegalArgumentException.class, () -> CustomUnitType.builder()
        .code("CCER").kind(UnitKind.CREDIT).labelZh("x").labelEn("x").build());
    assertEquals("CustomUnitType.code 'CCER' is the code of a standard unit type; use"
        + " StandardUnitType.CCER", c.getMessage());
  }

  @Test
  void vintageIsAYear() {
    var e = assertThrows(IllegalArgumentException.class, () -> UnitBlock.builder()
        .type(StandardUnitType.CEA).registry("CN-ETS").vintage(25)
        .serials(SerialRange.of("CEA", 1, 2)).build());
    assertEquals("UnitBlock.vintage must be a year from 1900 to 9999, but was 25 for CEA:1-2",
        e.getMessage());
  }

  @Test
  void valuesRoundTrip() {
    qt().withExamples(200).forAll(UnitGen.blocks()).checkAssert(b -> assertRoundTrips(b, UnitBlock.class));
    qt().withExamples(200).forAll(UnitGen.ranges()).checkAssert(r -> assertRoundTrips(r, SerialRange.class));
    qt().withExamples(200).forAll(UnitGen.customTypes()).checkAssert(t -> assertRoundTrips(t, CustomUnitType.class));
    qt().withExamples(200).forAll(UnitGen.types()).checkAssert(t -> assertRoundTrips(t, UnitType.class));
  }
}
