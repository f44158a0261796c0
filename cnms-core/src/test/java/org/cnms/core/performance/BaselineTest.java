// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static Baseline.Builder averaged2019to2021() {
    return Baseline.builder()
        .id("BL-2019-2021")
        .addPeriods(ReportingPeriod.calendarYear(2019), ReportingPeriod.calendarYear(2020),
            ReportingPeriod.calendarYear(2021))
        .emissions(Co2e.tonnes("12500.40"))
        .removals(Co2e.tonnes("320.15"))
        .putEmissionsByCategory(EmissionCategory.DIRECT, Co2e.tonnes("8000.10"))
        .putEmissionsByCategory(EmissionCategory.PURCHASED_ENERGY, Co2e.tonnes("4000.30"))
        .putEmissionsByCategory(EmissionCategory.TRANSPORTATION, Co2e.tonnes("500"))
        .addInventoryIds("INV-2019", "INV-2020", "INV-2021")
        .selectionCriteria("三年平均，平滑2020年疫情影响 / three-year average smooths 2020")
        .establishedOn(LocalDate.of(2022, 3, 1))
        .gwpSet("AR5");
  }

  @Test
  void averagedBaselineComputesNetAndSpan() {
    Baseline b = averaged2019to2021().build();
    assertTrue(b.isAveraged());
    // 12500.40 - 320.15 = 12180.25
    assertEquals(Co2e.tonnes("12180.25"), b.net());
    assertEquals(ReportingPeriod.calendarYears(2019, 2021), b.span());
    // 8000.10 + 4000.30 = 12000.40
    assertEquals(Optional.of(Co2e.tonnes("12000.40")),
        b.emissionsOf(List.of(EmissionCategory.DIRECT, EmissionCategory.PURCHASED_ENERGY)));
    assertEquals(new BigDecimal("5"), b.recalculationPolicy().significanceThresholdPercent());
    assertEquals(List.of(RecalculationTrigger.values()), b.recalculationPolicy().triggers());
  }

  @Test
  void singleBaseYearIsNotAveragedAndHasNoBreakdown() {
    Baseline b = Baseline.builder()
        .id("BL-2020").addPeriod(ReportingPeriod.parse("2020-04-01/2021-03-31"))
        .emissions(Co2e.tonnes("100")).removals(Co2e.ZERO)
        .selectionCriteria("first complete fiscal year").establishedOn(LocalDate.of(2021, 6, 1))
        .gwpSet("AR6").build();
    assertFalse(b.isAveraged());
    assertEquals(Optional.empty(), b.emissionsOf(List.of(EmissionCategory.DIRECT)));
    assertEquals(Co2e.tonnes("100"), b.net());
  }

  @Test
  void jsonHasNoDerivedFieldsAndRoundTrips() {
    Baseline b = averaged2019to2021().build();
    String json = CnmsJson.toJson(b);
    assertFalse(json.contains("averaged"), json);
    assertFalse(json.contains("\"net\""), json);
    assertTrue(json.contains("\"C1\""), json);
    assertRoundTrips(b, Baseline.class);
  }

  @Test
  void overlappingPeriodsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> averaged2019to2021()
        .addPeriod(ReportingPeriod.parse("2021-07-01/2022-06-30")).build());
    assertEquals("Baseline BL-2019-2021: period 2021-07-01/2022-06-30 must start after the end of"
        + " the period before it, 2021", e.getMessage());
  }

  @Test
  void periodsOutOfOrderAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> Baseline.builder()
        .id("BL").addPeriods(ReportingPeriod.calendarYear(2021), ReportingPeriod.calendarYear(2019))
        .emissions(Co2e.ZERO).removals(Co2e.ZERO).selectionCriteria("c")
        .establishedOn(LocalDate.of(2022, 1, 1)).gwpSet("AR5").build());
    assertEquals("Baseline BL: period 2019 must start after the end of the period before it, 2021",
        e.getMessage());
  }

  @Test
  void multiYearSinglePeriodIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> Baseline.builder()
        .id("BL").addPeriod(ReportingPeriod.calendarYears(2019, 2021))
        .emissions(Co2e.ZERO).removals(Co2e.ZERO).selectionCriteria("c")
        .establishedOn(LocalDate.of(2022, 1, 1)).gwpSet("AR5").build());
    assertEquals("Baseline BL: period 2019-01-01/2021-12-31 is 1096 days long, but a period is at"
        + " most a year; to average several years, give one period per year", e.getMessage());
  }

  @Test
  void noPeriodIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> Baseline.builder().id("BL")
        .emissions(Co2e.ZERO).removals(Co2e.ZERO).selectionCriteria("c")
        .establishedOn(LocalDate.of(2022, 1, 1)).gwpSet("AR5").build());
    assertEquals("Baseline.periods must not be empty", e.getMessage());
  }

  @Test
  void negativeFiguresAreRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> averaged2019to2021().build().withRemovals(Co2e.tonnes("-3")));
    assertEquals("Baseline.removals must not be negative, but was -3 tCO2e", e.getMessage());
    var c = assertThrows(IllegalArgumentException.class, () -> averaged2019to2021()
        .putEmissionsByCategory(EmissionCategory.OTHER, Co2e.tonnes("-0.5")).build());
    assertEquals("Baseline.emissionsByCategory[C6] must not be negative, but was -0.5 tCO2e",
        c.getMessage());
  }

  @Test
  void blankCriteriaAndDuplicateInventoriesAreRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> averaged2019to2021().build().withSelectionCriteria(" "));
    assertEquals("Baseline.selectionCriteria must not be blank, but was ' '", e.getMessage());
    var d = assertThrows(IllegalArgumentException.class,
        () -> averaged2019to2021().addInventoryId("INV-2020").build());
    assertEquals("Baseline.inventoryIds holds 'INV-2020' twice", d.getMessage());
  }

  @Test
  void recalculatedBaselineMustNameWhatItSupersedes() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> averaged2019to2021().recalculationId("RC-1").build());
    assertEquals("Baseline BL-2019-2021 was produced by recalculation RC-1, so it must name the"
        + " baseline it supersedes", e.getMessage());
    Baseline ok = averaged2019to2021().recalculationId("RC-1").supersedes("BL-OLD").build();
    assertEquals(Optional.of("BL-OLD"), ok.supersedes());
  }

  @Test
  void baselineCannotSupersedeItself() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> averaged2019to2021().supersedes("BL-2019-2021").build());
    assertEquals("Baseline BL-2019-2021 cannot supersede itself", e.getMessage());
  }

  @Test
  void thresholdAboveHundredIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> RecalculationPolicy.builder()
        .significanceThresholdPercent(new BigDecimal("150")).build());
    assertEquals("RecalculationPolicy.significanceThresholdPercent must be a percentage between 0"
        + " and 100, but was 150", e.getMessage());
    var d = assertThrows(IllegalArgumentException.class, () -> RecalculationPolicy.builder()
        .addTriggers(RecalculationTrigger.METHOD_CHANGE, RecalculationTrigger.METHOD_CHANGE)
        .build());
    assertEquals("RecalculationPolicy.triggers holds 'METHOD_CHANGE' twice", d.getMessage());
  }

  @Test
  void overlappingPeriodsInJsonAreReportedWithTheRule() {
    String json = CnmsJson.toJson(averaged2019to2021().build())
        .replace("\"start\" : \"2020-01-01\"", "\"start\" : \"2020-06-01\"")
        .replace("\"end\" : \"2020-12-31\"", "\"end\" : \"2021-05-31\"");
    var e = assertThrows(InterchangeException.class, () -> CnmsJson.fromJson(json, Baseline.class));
    assertTrue(e.getMessage().contains("period 2021 must start after the end of the period before"
        + " it, 2020-06-01/2021-05-31"), e.getMessage());
  }

  @Test
  void recalculationRecordsTheShift() {
    BaselineRecalculation r = BaselineRecalculation.builder()
        .id("RC-1").baselineId("BL-1").newBaselineId("BL-2")
        .trigger(RecalculationTrigger.STRUCTURAL_CHANGE).description("收购二厂 / plant 2 acquired")
        .previousEmissions(Co2e.tonnes("1000")).recalculatedEmissions(Co2e.tonnes("1080.5"))
        .shiftPercent(new BigDecimal("8.05")).thresholdPercent(new BigDecimal("5"))
        .recalculationRequired(true).decidedOn(LocalDate.of(2024, 2, 1)).build();
    assertEquals(Co2e.tonnes("80.5"), r.shift());
    assertRoundTrips(r, BaselineRecalculation.class);
  }

  @Test
  void recalculationCannotReplaceABaselineWithItself() {
    var e = assertThrows(IllegalArgumentException.class, () -> BaselineRecalculation.builder()
        .id("RC-1").baselineId("BL-1").newBaselineId("BL-1")
        .trigger(RecalculationTrigger.ERROR_DISCOVERED).description("typo in fuel data")
        .previousEmissions(Co2e.tonnes("1000")).recalculatedEmissions(Co2e.tonnes("900"))
        .shiftPercent(new BigDecimal("-10")).thresholdPercent(new BigDecimal("5"))
        .recalculationRequired(true).decidedOn(LocalDate.of(2024, 2, 1)).build());
    assertEquals("BaselineRecalculation RC-1: the new baseline must differ from the baseline"
        + " examined, BL-1", e.getMessage());
  }
}
