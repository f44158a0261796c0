// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Reporting periods, organisations and scope statements, with worked values. */
class OrganisationValuesTest {

  private static ReportingPeriod p(String text) {
    return ReportingPeriod.parse(text);
  }

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void aPeriodEnclosesThePeriodsInsideItIncludingItself() {
    ReportingPeriod fy = p("2025-04-01/2026-03-31");
    assertTrue(fy.encloses(fy));
    assertTrue(fy.encloses(p("2025-04-01/2025-04-30")));
    assertTrue(fy.encloses(p("2026-03-01/2026-03-31")));
    assertFalse(fy.encloses(p("2025-03-31/2025-04-30")));
    assertFalse(fy.encloses(p("2026-03-01/2026-04-01")));
    assertFalse(fy.encloses(p("2025")));
  }

  @Test
  void periodsOverlapWhenTheyShareADay() {
    ReportingPeriod y2025 = p("2025");
    assertTrue(y2025.overlaps(p("2025-12-31/2026-03-31")));
    assertTrue(y2025.overlaps(p("2024-06-01/2025-01-01")));
    assertTrue(y2025.overlaps(p("2025-04-01/2025-04-30")));
    assertFalse(y2025.overlaps(p("2026")));
    assertFalse(y2025.overlaps(p("2024")));
    assertFalse(p("2026").overlaps(y2025));
  }

  @Test
  void periodsOrderByStartThenEnd() {
    ReportingPeriod y2025 = p("2025");
    ReportingPeriod wide = p("2024-01-01/2026-12-31");
    assertTrue(y2025.compareTo(wide) > 0);
    assertTrue(wide.compareTo(y2025) < 0);
    assertTrue(y2025.compareTo(p("2025-01-01/2025-06-30")) > 0);
    assertEquals(0, y2025.compareTo(p("2025-01-01/2025-12-31")));
  }

  @Test
  void periodsAreEqualByTheirDays() {
    assertEquals(p("2025"), p("2025-01-01/2025-12-31"));
    assertEquals(p("2025").hashCode(), p("2025-01-01/2025-12-31").hashCode());
    assertEquals(LocalDate.of(2025, 1, 1).hashCode() * 31 + LocalDate.of(2025, 12, 31).hashCode(),
        p("2025").hashCode());
    assertNotEquals(p("2025"), p("2025-01-01/2025-12-30"));
    assertNotEquals(p("2025"), p("2025-01-02/2025-12-31"));
    assertNotEquals(p("2025"), (Object) "2025");
    assertNotEquals(p("2025").hashCode(), p("2025-01-01/2025-12-30").hashCode());
  }

  @Test
  void aPeriodWithoutAStartIsNotAPeriod() {
    var e = assertThrows(IllegalArgumentException.class, () -> p("/2026-03-31"));
    assertEquals("A reporting period is a year (2025) or two dates (2025-04-01/2026-03-31), but"
        + " was '/2026-03-31'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> p("2025-04-01/2026-13-31"));
    assertEquals("Not a reporting period: '2025-04-01/2026-13-31'", e.getMessage());
  }

  @Test
  void anOrganisationIsNotCoveredByAnEtsUnlessSaid() {
    Supplier<Organisation.Builder> org = () -> Organisation.builder().id("org").name("示例")
        .sector("制造");
    assertFalse(org.get().build().coveredByEts());
    assertTrue(org.get().coveredByEts(true).build().coveredByEts());
    refused("Organisation.unifiedSocialCreditCode must be 18 characters of 0-9 and A-Y without"
        + " I, O, S, V, Z, but was '91310000MA1FL0000I'",
        () -> org.get().unifiedSocialCreditCode("91310000MA1FL0000I").build());
    assertEquals("91310000MA1FL00001", org.get().unifiedSocialCreditCode("91310000MA1FL00001")
        .build().unifiedSocialCreditCode().orElseThrow());
  }

  @Test
  void aBoundaryGivesTheEntryOfTheFacilityAsked() {
    OrganisationalBoundary b = OrganisationalBoundary.builder()
        .approach(ConsolidationApproach.EQUITY_SHARE)
        .addFacility(BoundaryEntry.of("plant-1", new BigDecimal("51")))
        .addFacility(BoundaryEntry.of("plant-2", new BigDecimal("100")))
        .build();
    assertEquals(new BigDecimal("100"),
        b.entry("plant-2").orElseThrow().equitySharePercent().orElseThrow());
    assertTrue(b.entry("plant-3").isEmpty());
  }

  @Test
  void aScopeStatementsIdsAndTextsAreChecked() {
    Supplier<ScopeStatement.Builder> s = () -> ScopeStatement.builder().statement("全部活动")
        .determinedOn(LocalDate.of(2024, 1, 1));
    refused("ScopeStatement.consideredFactorIds must be 1 to 128 characters without whitespace,"
        + " but was 'iss 1'", () -> s.get().addConsideredFactorIds("iss 1").build());
    refused("ScopeStatement.consideredRequirementIds must be 1 to 128 characters without"
        + " whitespace, but was 'r 1'", () -> s.get().addConsideredRequirementIds("r 1").build());
    refused("ScopeStatement.controlAndInfluence must not be blank, but was ' '",
        () -> s.get().controlAndInfluence(" ").build());
    refused("ScopeStatement.documentId must be 1 to 128 characters without whitespace, but was"
        + " 'doc 1'", () -> s.get().documentId("doc 1").build());
  }
}
