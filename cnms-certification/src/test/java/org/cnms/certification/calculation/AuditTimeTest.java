// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTimeTest {

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void theShippedTableIsUnverifiedAndCarriesItsProvenance() {
    AuditDayTable t = AuditDayTable.iafMd5QualityTable();
    assertEquals(23, t.rows().size());
    assertFalse(t.allVerified());
    assertTrue(t.rows().stream().noneMatch(AuditDayRow::verified));
    assertTrue(t.provenance().stream().anyMatch(l -> l.contains("NOT read")));
    assertEquals(d("7"), t.rowFor(120).orElseThrow().initialDays());
    assertEquals(d("1.5"), t.rowFor(1).orElseThrow().initialDays());
    assertTrue(t.rowFor(10_701).isEmpty());
  }

  @Test
  void halfDays() {
    assertEquals(d("5.5"), AuditTime.halfDays(d("5.3"), RoundingMode.HALF_UP));
    assertEquals(d("5.0"), AuditTime.halfDays(d("5.2"), RoundingMode.HALF_UP));
    assertEquals(d("5.5"), AuditTime.halfDays(d("5.25"), RoundingMode.HALF_UP));
    assertEquals(d("5.5"), AuditTime.halfDays(d("5.01"), RoundingMode.UP));
  }

  @Test
  void aReductionIsCappedAtThirtyPercent() {
    // 120 personnel -> 7 days; -10 % - 25 % = -35 %, capped at -30 % -> 4.9 -> 5.0
    AuditTime t = AuditTime.of(AuditDayTable.iafMd5QualityTable(), 120,
        List.of(d("-10"), d("-25")));
    assertTrue(t.reductionCapped());
    assertEquals(d("-30"), t.appliedPercent());
    assertEquals(d("5.0"), t.initialDays());
    // on site at least 5.0 x 0.8 = 4.0
    assertEquals(d("4.0"), t.minimumOnSiteDays());
    // surveillance 5.0 / 3 = 1.67 -> 1.5; recertification 5.0 x 2 / 3 = 3.33 -> 3.5
    assertEquals(d("1.5"), t.surveillanceDays());
    assertEquals(d("3.5"), t.recertificationDays());
  }

  @Test
  void withoutAdjustments() {
    // 40 personnel -> 4 days; on site 3.2 -> 3.5 (up); surveillance 1.33 -> 1.5; recert 2.67 -> 2.5
    AuditTime t = AuditTime.of(AuditDayTable.iafMd5QualityTable(), 40, List.of());
    assertFalse(t.reductionCapped());
    assertEquals(d("4.0"), t.initialDays());
    assertEquals(d("3.5"), t.minimumOnSiteDays());
    assertEquals(d("1.5"), t.surveillanceDays());
    assertEquals(d("2.5"), t.recertificationDays());
    // an increase is not capped: 4 x 1.15 = 4.6 -> 4.5
    assertEquals(d("4.5"), AuditTime.of(AuditDayTable.iafMd5QualityTable(), 40,
        List.of(d("15"))).initialDays());
  }

  @Test
  void aBodysOwnTableAndItsProblems() {
    String text = "# Body X rules for T/CAS 612, filed 2025\n"
        + "min_personnel\tmax_personnel\tinitial_days\tverified\tsource\n"
        + "1\t50\t3\tverified\tBody X manual 7.2\n"
        + "51\t\t5\tverified\tBody X manual 7.2\n";
    AuditDayTable t = AuditDayTable.parse("body-x.tsv", new StringReader(text));
    assertTrue(t.allVerified());
    assertEquals(List.of("Body X rules for T/CAS 612, filed 2025"), t.provenance());
    assertEquals(d("5"), t.rowFor(100_000).orElseThrow().initialDays());
    String bad = "min_personnel\tmax_personnel\tinitial_days\tverified\tsource\n"
        + "1\t50\t3\tyes\tBody X\n"
        + "52\t60\t-1\tverified\t\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AuditDayTable.parse("bad.tsv", new StringReader(bad)));
    assertTrue(e.getMessage().contains("4 problem(s)"), e.getMessage());
    assertTrue(e.getMessage().contains("bad.tsv:2: verified must be 'verified' or 'unverified'"),
        e.getMessage());
    assertTrue(e.getMessage().contains("bad.tsv:3: the range must start at 51"), e.getMessage());
  }
}
