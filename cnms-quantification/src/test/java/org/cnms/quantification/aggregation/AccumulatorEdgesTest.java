// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.gwp.GwpSet;
import org.junit.jupiter.api.Test;

/** The accumulator's running total, the span of its periods and results added as they are. */
class AccumulatorEdgesTest {

  private final Calculator calc = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
      .build();

  /** {@code cny} CNY of spend × 0.25 kgCO2e/CNY, in the month {@code month} of {@code year}. */
  private static ActivityRecord spend(String id, int year, int month, String cny) {
    LocalDate start = LocalDate.of(year, month, 1);
    return record(id, "buy", EmissionCategory.PRODUCTS_USED, "test.spend", cny, "CNY")
        .withPeriod(ReportingPeriod.of(start, start.plusMonths(1).minusDays(1)));
  }

  @Test
  void theRunningTotalIsTheInventorysTotal() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    assertEquals(Optional.empty(), acc.emissionsSoFar());
    // 1000 CNY → 0.25 t; 2000 CNY → 0.5 t; 0.75 t in all
    acc.add(spend("a", 2022, 3, "1000")).add(spend("b", 2022, 4, "2000"));
    assertEquals(0, new BigDecimal("0.75").compareTo(acc.emissionsSoFar().orElseThrow().tonnes()));
    assertEquals(0, acc.emissionsSoFar().orElseThrow().compareTo(
        acc.toInventory("inv", ReportingPeriod.calendarYear(2022)).totalEmissions()));
  }

  @Test
  void theSpanRunsFromTheEarliestStartToTheLatestEnd() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc).add(spend("a", 2022, 3, "1"))
        .add(spend("b", 2021, 12, "1")).add(spend("c", 2022, 6, "1"))
        .add(spend("d", 2022, 1, "1"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> acc.toInventory("inv-2022", ReportingPeriod.calendarYear(2022)));
    assertEquals("Inventory inv-2022 covers 2022, but its activity data span 2021-12-01 to"
        + " 2022-06-30", e.getMessage());
    assertEquals(4, acc.recordCount());
  }

  @Test
  void aMergedAccumulatorBringsItsSpan() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc).add(spend("a", 2022, 3, "1"));
    acc.merge(InventoryAccumulator.of(calc).add(spend("b", 2023, 1, "1")));
    var e = assertThrows(IllegalArgumentException.class,
        () -> acc.toInventory("inv-2022", ReportingPeriod.calendarYear(2022)));
    assertEquals("Inventory inv-2022 covers 2022, but its activity data span 2022-03-01 to"
        + " 2023-01-31", e.getMessage());
    assertEquals(2, acc.recordCount());
  }

  @Test
  void resultsAddedAsTheyAreCountTheirSpanAndTheirDataQuality() {
    // 4000 CNY rated 1, 2, 3 → 1 t; 12000 CNY rated 3, 3, 1 → 3 t:
    // technological (1·1 + 3·3) / 4 = 2.5, temporal (2·1 + 3·3) / 4 = 2.75,
    // geographical (3·1 + 1·3) / 4 = 1.5
    InventoryAccumulator acc = InventoryAccumulator.of(calc)
        .add(calc.calculate(spend("a", 2022, 3, "4000")
            .withDataQuality(DataQualityRating.of(1, 2, 3))))
        .add(calc.calculate(spend("b", 2022, 5, "12000")
            .withDataQuality(DataQualityRating.of(3, 3, 1))));
    assertEquals(2, acc.recordCount());
    DataQualitySummary q = acc.dataQuality();
    assertEquals(0, new BigDecimal("2.5").compareTo(
        q.meanTechnological(MathContext.DECIMAL64).orElseThrow()));
    assertEquals(0, new BigDecimal("2.75").compareTo(
        q.meanTemporal(MathContext.DECIMAL64).orElseThrow()));
    assertEquals(0, new BigDecimal("1.5").compareTo(
        q.meanGeographical(MathContext.DECIMAL64).orElseThrow()));
    assertEquals(0, new BigDecimal("4").compareTo(acc.emissionsSoFar().orElseThrow().tonnes()));
    var e = assertThrows(IllegalArgumentException.class,
        () -> acc.toInventory("inv-q1", ReportingPeriod.of(LocalDate.of(2022, 1, 1),
            LocalDate.of(2022, 3, 31))));
    assertEquals("Inventory inv-q1 covers 2022-01-01/2022-03-31, but its activity data span"
        + " 2022-03-01 to 2022-05-31", e.getMessage());
    Calculator sar = Calculator.builder().library(SITE).gwpSet(GwpSet.sar()).build();
    var g = assertThrows(IllegalArgumentException.class,
        () -> acc.add(sar.calculate(spend("c", 2022, 6, "1"))));
    assertEquals("Result c is under GWP set SAR, the inventory under AR5", g.getMessage());
  }

  @Test
  void withoutRatedRecordsThereIsNoMeanScore() {
    DataQualitySummary q = InventoryAccumulator.of(calc).add(spend("a", 2022, 3, "4000"))
        .dataQuality();
    assertEquals(Optional.empty(), q.meanTechnological(MathContext.DECIMAL64));
    assertEquals(Optional.empty(), q.meanGeographical(MathContext.DECIMAL64));
    assertEquals(0, Co2e.tonnes("1").compareTo(q.totalEmissions()));
  }
}
