// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.improvement.Severity;
import org.junit.jupiter.api.Test;

class NonconformityDraftsTest {

  private static Finding finding(String requirement, Verdict verdict, String zh, String en,
      String... ids) {
    return Finding.builder().requirementId(requirement).ruleId("core." + requirement + ".x")
        .verdict(verdict).messageZh(zh).messageEn(en).addRecordIds(ids).build();
  }

  private static final AssessmentReport REPORT = AssessmentReport.builder().organisationId("org")
      .organisationName("示例公司").assessedOn(LocalDate.of(2026, 3, 31))
      .addFindings(finding("5.2", Verdict.CONFORMS, "方针符合", "Policy conforms", "pol-1"))
      .addFindings(finding("5.2", Verdict.MAJOR_NONCONFORMITY, "方针缺少承诺 e)",
          "Policy lacks commitment e)", "pol-1"))
      .addFindings(finding("6.4", Verdict.OBSERVATION, "观察", "Observation"))
      .addFindings(finding("9.2", Verdict.MINOR_NONCONFORMITY, "合规义务 obl-1 从未评价",
          "Obligation obl-1 never evaluated", "obl-1"))
      .build();

  @Test
  void oneReportedDraftPerNonconformityFinding() {
    List<Nonconformity> drafts = NonconformityDrafts.from(REPORT, "NC-CA", LocalDate.of(2026, 4,
        2));
    assertEquals(2, drafts.size());
    Nonconformity major = drafts.get(0);
    assertEquals("NC-CA-1", major.id());
    assertEquals(Severity.MAJOR, major.severity());
    assertEquals(NonconformityStatus.REPORTED, major.status());
    assertEquals(NonconformityOrigin.CONFORMITY_ASSESSMENT, major.origin());
    assertEquals("5.2", major.requirementId().orElseThrow());
    assertEquals(LocalDate.of(2026, 4, 2), major.reportedOn());
    assertEquals("方针缺少承诺 e) / Policy lacks commitment e) [pol-1] (core.5.2.x, 2026-03-31)",
        major.description());
    Nonconformity minor = drafts.get(1);
    assertEquals("NC-CA-2", minor.id());
    assertEquals(Severity.MINOR, minor.severity());
    assertEquals("9.2", minor.requirementId().orElseThrow());
  }

  @Test
  void aReportWithoutNonconformitiesGivesNoDraftsAndABlankPrefixIsRejected() {
    AssessmentReport clean = REPORT.withFindings(REPORT.findings().get(0));
    assertEquals(List.of(), NonconformityDrafts.from(clean, "NC", LocalDate.of(2026, 4, 2)));
    var e = assertThrows(IllegalArgumentException.class,
        () -> NonconformityDrafts.from(REPORT, " ", LocalDate.of(2026, 4, 2)));
    assertEquals("NonconformityDrafts.idPrefix must not be blank, but was ' '", e.getMessage());
  }
}
