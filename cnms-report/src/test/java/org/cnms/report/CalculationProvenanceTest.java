// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The provenance of a period's figures, gathered result by result: the same whatever the order of
 * the periods, a result standing for several records counted as they are, nothing held per record.
 */
class CalculationProvenanceTest {

  private static final Calculator CALC = Calculator.builder()
      .library(ReferenceData.chinaFactorLibrary()).gwpSet(GwpSet.ar5()).build();

  private static CalculationResult grid(String id, int month, String amount) {
    LocalDate start = LocalDate.of(2023, month, 1);
    return CALC.calculate(ActivityRecord.builder().id(id).sourceId("S-GRID").facilityId("F-1")
        .category(EmissionCategory.PURCHASED_ENERGY).activityKey(ReferenceData.GRID_AVERAGE)
        .amount(Amount.of(new BigDecimal(amount), UnitRegistry.standard().parse("MWh")))
        .period(ReportingPeriod.of(start, start.withDayOfMonth(start.lengthOfMonth())))
        .obtainedBy(ObtainedBy.METERED).build());
  }

  @Test
  void theOrderOfThePeriodsDoesNotMatterAndRecordsAreCountedAsGiven() {
    List<CalculationResult> results = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      results.add(grid("A-" + m, m, m + ".5"));
    }
    CalculationProvenance forward = new CalculationProvenance();
    results.forEach(r -> forward.add(r, 3));
    CalculationProvenance backward = new CalculationProvenance();
    for (int i = results.size() - 1; i >= 0; i--) {
      backward.add(results.get(i), 3);
    }
    ReportingPeriod year = ReportingPeriod.calendarYear(2023);
    assertEquals(36, forward.records());
    assertEquals(forward.within(year), backward.within(year));
    assertEquals(36, forward.within(year).records());
    assertTrue(!forward.within(year).factors().isEmpty());
    CarbonNeutralityReport.AppliedFactor f = forward.within(year).factors().get(0);
    assertEquals("S-GRID", f.sourceId());
    // the MEE/NBS national average of the data year 2023, applied to 2023: no fallback
    assertEquals(Integer.valueOf(2023), f.dataYear());
    assertEquals(false, f.fallback());
    assertEquals(1, forward.within(year).factors().size());
    // grid electricity is quantified as CO2: nothing of it is CO2e not separated by gas
    assertEquals(0, BigDecimal.ZERO.compareTo(forward.within(year).unseparatedMass()));
    // a period encloses only the results inside it
    ReportingPeriod firstHalf = ReportingPeriod.of(LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 6, 30));
    assertEquals(18, forward.within(firstHalf).records());
    assertEquals(0, forward.within(ReportingPeriod.calendarYear(2022)).records());
  }

  @Test
  void aResultStandsForAtLeastOneRecord() {
    CalculationProvenance p = new CalculationProvenance();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.add(grid("A-1", 1, "1"), 0));
    assertEquals("a result stands for at least one record: 0", e.getMessage());
    assertTrue(p.isEmpty());
  }
}
