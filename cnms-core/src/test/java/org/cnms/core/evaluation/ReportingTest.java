// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class ReportingTest {

  private static GhgReport.Builder report() {
    return GhgReport.builder().id("R-2025").period(ReportingPeriod.calendarYear(2025))
        .inventoryId("inv-2025").issuedOn(LocalDate.of(2026, 3, 31)).preparedBy("carbon-team");
  }

  private static VerificationStatement.Builder statement() {
    return VerificationStatement.builder().id("VS-2025").reportId("R-2025").verifier("中国质量认证中心")
        .standard("ISO 14064-3:2019").levelOfAssurance(LevelOfAssurance.REASONABLE)
        .opinion(VerificationOpinion.UNMODIFIED).materialityPercent(new BigDecimal("5"))
        .verifiedEmissions(Co2e.tonnes("15230.4")).issuedOn(LocalDate.of(2026, 4, 30));
  }

  @Test
  void aReissuedReportNamesAnotherReport() {
    GhgReport reissued = report().build().withId("R-2025-v2").withSupersedes("R-2025");
    assertEquals("R-2025", reissued.supersedes().orElseThrow());
    var e = assertThrows(IllegalArgumentException.class,
        () -> report().supersedes("R-2025").build());
    assertEquals("GhgReport R-2025 cannot supersede itself", e.getMessage());
  }

  @Test
  void reportIsNotIssuedBeforeItsPeriodStarts() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> report().build().withIssuedOn(LocalDate.of(2024, 12, 31)));
    assertEquals("GhgReport.issuedOn 2024-12-31 must not be before GhgReport.period.start"
        + " 2025-01-01", e.getMessage());
  }

  @Test
  void statementChecksMaterialityAndEmissions() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> statement().build().withMaterialityPercent(new BigDecimal("120")));
    assertEquals("VerificationStatement.materialityPercent must be a percentage between 0 and 100,"
        + " but was 120", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> statement().build().withVerifiedEmissions(Co2e.tonnes("-1")));
    assertEquals("VerificationStatement.verifiedEmissions must not be negative, but was -1",
        e.getMessage());
    assertEquals("合理保证", LevelOfAssurance.REASONABLE.label(Locale.CHINA));
    assertEquals("Disclaimer of opinion", VerificationOpinion.DISCLAIMER.labelEn());
  }

  @Test
  void complianceAndDeviationRecordsRejectBlankTexts() {
    var e = assertThrows(IllegalArgumentException.class, () -> ComplianceEvaluation.builder()
        .id("CE-1").obligationId("OB-ets").evaluatedOn(LocalDate.of(2025, 6, 30))
        .result(ComplianceResult.PARTIALLY_COMPLIANT).evidence("履约清缴记录")
        .addActions("补充监测计划", "").build());
    assertEquals("ComplianceEvaluation.actions[1] must not be blank, but was ''", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> DeviationAnalysis.builder()
        .id("DA-1").monitoringResultId("M 1").cause(DeviationCause.UNRELIABLE_DATA)
        .description("抄表错误").analysedOn(LocalDate.of(2025, 6, 30)).build());
    assertEquals("DeviationAnalysis.monitoringResultId must be 1 to 128 characters without"
        + " whitespace, but was 'M 1'", e.getMessage());
    assertEquals("测量和统计数据不可靠", DeviationCause.UNRELIABLE_DATA.labelZh());
  }
}
