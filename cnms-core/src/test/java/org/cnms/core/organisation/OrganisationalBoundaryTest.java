// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;

class OrganisationalBoundaryTest {

  @Test
  void equityShareNeedsAPercentagePerFacility() {
    var e = assertThrows(IllegalArgumentException.class, () -> OrganisationalBoundary.builder()
        .approach(ConsolidationApproach.EQUITY_SHARE)
        .addFacility(BoundaryEntry.of("plant-1"))
        .build());
    assertEquals("OrganisationalBoundary: facility plant-1 needs an equitySharePercent, since the"
        + " approach is EQUITY_SHARE", e.getMessage());
  }

  @Test
  void controlApproachRejectsAPercentage() {
    var e = assertThrows(IllegalArgumentException.class, () -> OrganisationalBoundary.builder()
        .approach(ConsolidationApproach.OPERATIONAL_CONTROL)
        .addFacility(BoundaryEntry.of("plant-1", new BigDecimal("60")))
        .build());
    assertTrue(e.getMessage().contains("equitySharePercent of 60"), e.getMessage());
  }

  @Test
  void percentageAboveHundredIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> BoundaryEntry.of("plant-1", new BigDecimal("100.5")));
    assertEquals("BoundaryEntry.equitySharePercent must be a percentage between 0 and 100, but was"
        + " 100.5", e.getMessage());
  }

  @Test
  void facilityTwiceIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> OrganisationalBoundary.builder()
        .approach(ConsolidationApproach.OPERATIONAL_CONTROL)
        .addFacilities(BoundaryEntry.of("plant-1"), BoundaryEntry.of("plant-1"))
        .build());
    assertEquals("OrganisationalBoundary.facilities holds 'plant-1' twice", e.getMessage());
  }

  @Test
  void includesAnswersByFacilityId() {
    OrganisationalBoundary b = OrganisationalBoundary.builder()
        .approach(ConsolidationApproach.EQUITY_SHARE)
        .addFacility(BoundaryEntry.of("plant-1", new BigDecimal("51")))
        .build();
    assertTrue(b.includes("plant-1"));
    assertEquals(new BigDecimal("51"), b.entry("plant-1").orElseThrow().equitySharePercent()
        .orElseThrow());
  }

  @Test
  void unknownJsonFieldIsNamedWithItsPath() {
    String json = "{\n  \"approach\": \"OPERATIONAL_CONTROL\",\n  \"facilities\": [\n"
        + "    {\"facilityId\": \"p1\", \"share\": \"10\"}\n  ]\n}";
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson(json, OrganisationalBoundary.class));
    assertEquals("$.facilities[0].share", e.path());
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("4:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown field 'share'"), e.getMessage());
    assertTrue(!e.getMessage().contains("Immutable"), e.getMessage());
  }

  @Test
  void missingRequiredFieldIsNamed() {
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson("{\"id\": \"f1\", \"name\": \"Plant\"}", Facility.class));
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
    assertTrue(!e.getMessage().contains("Immutable"), e.getMessage());
  }

  @Test
  void invalidValueInsideJsonNamesTheRule() {
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson("{\"id\": \"f 1\", \"name\": \"Plant\", \"kind\": \"PLANT\"}",
            Facility.class));
    assertTrue(e.getMessage().contains("Facility.id must be 1 to 128 characters without"
        + " whitespace, but was 'f 1'"), e.getMessage());
  }

  @Test
  void reportingPeriodParsesWhatItPrints() {
    assertEquals("2025", ReportingPeriod.calendarYear(2025).toString());
    assertEquals(ReportingPeriod.calendarYear(2025), ReportingPeriod.parse("2025"));
    ReportingPeriod fiscal = ReportingPeriod.parse("2025-04-01/2026-03-31");
    assertEquals("2025-04-01/2026-03-31", fiscal.toString());
    assertEquals(365, fiscal.lengthInDays());
    assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2025-13-01/2026"));
  }
}
