// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.MeterReading;
import org.cnms.core.conformity.MeterReadings;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.CalibrationResult;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.junit.jupiter.api.Test;

class ActivityMeterReadingsTest {

  private static ActivityRecord gas(String id, int month, String meter) {
    LocalDate start = LocalDate.of(2025, month, 1);
    ActivityRecord.Builder b = ActivityRecord.builder().id(id).sourceId("src-boiler")
        .facilityId("plant-1").category(EmissionCategory.DIRECT).activityKey("natural-gas")
        .amount(Amount.of("12.5", "1e4Nm3"))
        .period(ReportingPeriod.of(start, start.plusMonths(1).minusDays(1)))
        .obtainedBy(meter == null ? ObtainedBy.INVOICED : ObtainedBy.METERED);
    if (meter != null) {
      b.meterId(meter);
    }
    return b.build();
  }

  @Test
  void meteredRecordsAreReadOnTheLastDayOfTheirPeriod() {
    MeterReadings r = ActivityMeterReadings.of(List.of(gas("ad-11", 11, "meter-gas"),
        gas("ad-inv", 11, null), gas("ad-12", 12, "meter-gas")));
    assertEquals(List.of(MeterReading.of("ad-11", "meter-gas", d("2025-11-30")),
        MeterReading.of("ad-12", "meter-gas", d("2025-12-31"))), r.readings());
  }

  @Test
  void onlyTheReadingsAfterTheCalibrationLapsedAreNonconforming() {
    ManagementSystem s = QuantRulesFixture.system();
    // calibrated 2024-12-15 for 12 months, recalibrated only on 2026-01-05: lapsed in between
    ManagementSystem lapsed = s.withInstruments(s.instruments().get(0).withCalibrations(
        Calibration.of(d("2024-12-15"), CalibrationResult.PASS),
        Calibration.of(d("2026-01-05"), CalibrationResult.PASS)), s.instruments().get(1));
    AssessmentContext c = AssessmentContext.builder().system(lapsed)
        .assessmentDate(SystemFixtures.ON).extension(MeterReadings.class,
            ActivityMeterReadings.of(List.of(gas("ad-11", 11, "meter-gas"),
                gas("ad-12", 12, "meter-gas")))).build();
    List<Finding> findings = ConformityAssessment.of(new QuantificationRules().rules())
        .assess(c).findingsFor("9.1.3").stream()
        .filter(f -> f.ruleId().equals("quant.9.1.3.beyond.readings-while-lapsed")).toList();
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(Verdict.OBSERVATION, findings.get(0).verdict());
    assertEquals(List.of("ad-12", "meter-gas"), findings.get(0).recordIds());
  }
}
