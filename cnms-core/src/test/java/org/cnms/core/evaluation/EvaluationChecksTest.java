// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/**
 * The first lapse of an instrument's calibration in a period, and the checks of the optional
 * fields of audit, report, review and monitoring records, naming the field.
 */
class EvaluationChecksTest {

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static String idMessage(String field, String value) {
    return field + " must be 1 to 128 characters without whitespace, but was '" + value + "'";
  }

  private final MeasuringInstrument meter = MeasuringInstrument.builder().id("EM-1")
      .kind(InstrumentKind.ELECTRICITY_METER).facilityId("plant-1").addSourceId("grid-1")
      .accuracyClass("0.5S").gb17167Required(true).calibrationIntervalMonths(12)
      .addCalibrations(Calibration.of(d("2024-03-15"), CalibrationResult.PASS),
          Calibration.of(d("2025-03-20"), CalibrationResult.PASS))
      .build();

  @Test
  void theFirstLapseIsTheFirstDayWithoutAValidCalibration() {
    // before the first calibration
    assertEquals(Optional.of(d("2024-01-01")),
        meter.firstLapseBetween(d("2024-01-01"), d("2026-12-31")));
    // 2024-03-15 + 12 months = 2025-03-15: lapsed until the recalibration of 2025-03-20
    assertEquals(Optional.of(d("2025-03-15")),
        meter.firstLapseBetween(d("2024-03-15"), d("2025-12-31")));
    assertEquals(Optional.empty(), meter.firstLapseBetween(d("2024-03-15"), d("2025-03-14")));
    assertEquals(Optional.empty(), meter.firstLapseBetween(d("2025-03-20"), d("2026-03-19")));
    assertEquals(Optional.of(d("2026-03-20")),
        meter.firstLapseBetween(d("2025-03-20"), d("2026-03-20")));
  }

  private static AuditProgramme.Builder programme() {
    return AuditProgramme.builder().id("AP-2025").cycle(ReportingPeriod.calendarYear(2025))
        .methods("现场审核").responsibilities("管理者代表组织");
  }

  @Test
  void aProgrammeAuditsAtLeastMonthlyAndItsTextsAreNotBlank() {
    assertEquals(1, programme().frequencyMonths(1).build().frequencyMonths());
    refused("AuditProgramme.frequencyMonths of AP-2025 must be above 0, but was 0",
        () -> programme().frequencyMonths(0).build());
    refused("AuditProgramme.planningRequirements must not be blank, but was ' '",
        () -> programme().frequencyMonths(12).planningRequirements(" ").build());
    refused("AuditProgramme.reporting must not be blank, but was ' '",
        () -> programme().frequencyMonths(12).reporting(" ").build());
  }

  @Test
  void anAuditedProcessIsNamed() {
    refused("AuditedArea.process must not be blank, but was ' '",
        () -> AuditedArea.builder().clause("6.2.1").process(" ").addResponsiblePersonId("p-1")
            .build());
  }

  @Test
  void aCalibrationNamesWhoCalibrated() {
    refused("Calibration.calibratedBy must not be blank, but was ' '", () -> Calibration.builder()
        .calibratedOn(d("2024-03-15")).result(CalibrationResult.PASS).calibratedBy(" ").build());
  }

  @Test
  void aReportsStatementAndAudienceAreChecked() {
    Supplier<GhgReport.Builder> r = () -> GhgReport.builder().id("R-2025")
        .period(ReportingPeriod.calendarYear(2025)).inventoryId("inv-2025")
        .issuedOn(d("2026-03-31")).preparedBy("carbon-team");
    refused(idMessage("GhgReport.verificationStatementId", "VS 1"),
        () -> r.get().verificationStatementId("VS 1").build());
    refused("GhgReport.publishedTo must not be blank, but was ' '",
        () -> r.get().publishedTo(" ").build());
  }

  @Test
  void aReviewsOutputsAreNotBlank() {
    refused("ManagementReview.outputs.CONCLUSIONS must not be blank, but was ' '",
        () -> ManagementReview.builder().id("MR-2025").heldOn(d("2025-12-10"))
            .addParticipantPersonIds("ceo").putOutput(ReviewOutput.CONCLUSIONS, " ").build());
  }

  @Test
  void aMonitoringResultsIndicatorAndSourceAreIds() {
    Supplier<MonitoringResult.Builder> m = () -> MonitoringResult.builder().id("M-1")
        .subject(MonitoringSubject.ACTIVITY_DATA).period(ReportingPeriod.calendarYear(2025))
        .expected(Amount.parse("100 t")).actual(Amount.parse("105 t"))
        .measuredOn(d("2026-01-15"));
    refused(idMessage("MonitoringResult.indicatorId", "PI 1"),
        () -> m.get().indicatorId("PI 1").build());
    refused(idMessage("MonitoringResult.sourceId", "boiler 1"),
        () -> m.get().sourceId("boiler 1").build());
  }
}
