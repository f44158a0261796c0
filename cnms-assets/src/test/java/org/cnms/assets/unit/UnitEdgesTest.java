// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The edges of serial ranges, unit blocks, identities and unit-type labels. */
class UnitEdgesTest {

  @Test
  void theLargestCountableRangeIsAccepted() {
    SerialRange r = SerialRange.of("X", 1, Long.MAX_VALUE - 1);
    assertEquals(Long.MAX_VALUE - 1, r.size());
    var e = assertThrows(IllegalArgumentException.class,
        () -> SerialRange.of("X", 0, Long.MAX_VALUE));
    assertEquals("SerialRange X:0-" + Long.MAX_VALUE + " holds more units than a long can count",
        e.getMessage());
  }

  @Test
  void aSerialRangeIsParsedAtItsLastColon() {
    assertEquals(SerialRange.of("CCER-0001", 1, 500), SerialRange.parse(" CCER-0001:1-500 "));
    assertEquals(SerialRange.of("CN:CCER-", 7, 9), SerialRange.parse("CN:CCER-:7-9"));
    for (String bad : new String[] {":1-5", "CCER-1-5", "CCER:15"}) {
      var e = assertThrows(IllegalArgumentException.class, () -> SerialRange.parse(bad));
      assertEquals("A serial range is written PREFIX:start-end, e.g. 'CCER-0001:1-500', but was '"
          + bad + "'", e.getMessage());
    }
    var e = assertThrows(IllegalArgumentException.class, () -> SerialRange.parse("X:1-2x"));
    assertEquals("Serial numbers must be whole numbers in 'X:1-2x'", e.getMessage());
  }

  @Test
  void aBlockNamesItsProjectAndVintageWithinFourDigitYears() {
    assertEquals(1900, UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
        .serials(SerialRange.of("CCER-A", 1, 10)).vintage(1900).build().vintage());
    assertEquals(9999, UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
        .serials(SerialRange.of("CCER-A", 1, 10)).vintage(9999).build().vintage());
    var e = assertThrows(IllegalArgumentException.class, () -> UnitBlock.builder()
        .type(StandardUnitType.CCER).registry("CCER-NCSC").serials(SerialRange.of("CCER-A", 1, 10))
        .vintage(1899).build());
    assertEquals("UnitBlock.vintage must be a year from 1900 to 9999, but was 1899 for"
        + " CCER-A:1-10", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> UnitBlock.builder()
        .type(StandardUnitType.CCER).registry("CCER-NCSC").serials(SerialRange.of("CCER-A", 1, 10))
        .vintage(10_000).build());
    e = assertThrows(IllegalArgumentException.class, () -> UnitBlock.builder()
        .type(StandardUnitType.CCER).registry("CCER-NCSC").serials(SerialRange.of("CCER-A", 1, 10))
        .vintage(2024).projectId(" ").build());
    assertTrue(e.getMessage().startsWith("UnitBlock.projectId"), e.getMessage());
  }

  @Test
  void aCanonicalNameIsNormalisedAfterUpperCasing() {
    // ΐ upper-cases to three code points that NFKC composes again
    String c = UnitIdentity.canonical("reg-\u0390");
    assertEquals("REG-\u03AA\u0301", c);
    assertTrue(Normalizer.isNormalized(c, Normalizer.Form.NFKC));
    assertEquals("CCER-NCSC", UnitIdentity.canonical("ｃｃｅｒ – ncsc"));
  }

  @Test
  void unitTypesAreLabelledAndPrintedByCode() {
    assertEquals("FORESTRY-SINK", StandardUnitType.FORESTRY_SINK.toString());
    assertTrue(StandardUnitType.FORESTRY_SINK.newForestrySink());
    assertFalse(StandardUnitType.CCER.newForestrySink());
    assertEquals("林业碳汇（新造林项目）", StandardUnitType.FORESTRY_SINK.label(Locale.CHINA));
    CustomUnitType t = CustomUnitType.builder().code("PHCER").kind(UnitKind.CREDIT)
        .labelZh("碳普惠减排量").labelEn("Carbon inclusion reduction").build();
    assertEquals("PHCER", t.toString());
    assertFalse(t.newForestrySink());
    assertEquals("碳普惠减排量", t.label(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Carbon inclusion reduction", t.label(Locale.ENGLISH));
    assertEquals("Carbon inclusion reduction", t.label(Locale.JAPANESE));
  }
}
