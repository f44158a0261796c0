// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The counts of a report's findings by verdict, and its negative outcome. */
class AssessmentReportCountsTest {

  private static Finding finding(String requirement, Verdict verdict) {
    return Finding.builder().requirementId(requirement).ruleId("core." + requirement + ".x")
        .verdict(verdict).messageZh("结论").messageEn("Finding").build();
  }

  private static AssessmentReport.Builder report() {
    return AssessmentReport.builder().organisationId("org").organisationName("示例公司")
        .assessedOn(LocalDate.of(2026, 3, 31));
  }

  @Test
  void countsFindingsNotRequirements() {
    AssessmentReport r = report()
        .addFindings(finding("5.2", Verdict.CONFORMS))
        .addFindings(finding("5.2", Verdict.MINOR_NONCONFORMITY))
        .addFindings(finding("6.4", Verdict.CONFORMS))
        .addFindings(finding("6.7", Verdict.CONFORMS))
        .addFindings(finding("9.2", Verdict.MINOR_NONCONFORMITY))
        .addFindings(finding("9.3", Verdict.NEEDS_AUDITOR_EVIDENCE))
        .build();
    assertEquals(3, r.count(Verdict.CONFORMS));
    assertEquals(2, r.count(Verdict.MINOR_NONCONFORMITY));
    assertEquals(1, r.count(Verdict.NEEDS_AUDITOR_EVIDENCE));
    assertEquals(0, r.count(Verdict.MAJOR_NONCONFORMITY));
    assertEquals(0, r.count(Verdict.RULE_ERROR));
    // minor nonconformities and missing evidence are not the negative outcome
    assertFalse(r.hasMajorNonconformity());
  }

  @Test
  void oneMajorNonconformityIsTheNegativeOutcome() {
    AssessmentReport r = report()
        .addFindings(finding("5.2", Verdict.CONFORMS))
        .addFindings(finding("8.1.2", Verdict.MAJOR_NONCONFORMITY))
        .build();
    assertEquals(1, r.count(Verdict.MAJOR_NONCONFORMITY));
    assertTrue(r.hasMajorNonconformity());
    assertFalse(report().build().hasMajorNonconformity());
    assertEquals(0, report().build().count(Verdict.CONFORMS));
  }
}
