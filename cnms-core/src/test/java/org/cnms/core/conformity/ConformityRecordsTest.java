// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The checks of the catalogue's records, the parameters of an assessment and a report. */
class ConformityRecordsTest {

  private static final RequirementCatalogue C = RequirementCatalogue.tcas612();

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void aRegisterRowIsNumberedFromOne() {
    RegisterItem h = C.item("5.1", "h)");
    assertEquals(1, h.withRow(1).row());
    refused("RegisterItem.row must be at least 1, but was 0", () -> h.withRow(0));
  }

  @Test
  void everyIntervalOfAnAssessmentIsAtLeastAMonth() {
    assertEquals(1, AssessmentParameters.builder().auditCycleMonths(1).build().auditCycleMonths());
    refused("AssessmentParameters: every interval must be at least 1 month, but one was 0",
        () -> AssessmentParameters.builder().managementReviewIntervalMonths(0).build());
  }

  @Test
  void aRequirementHasAClauseNumberTitlesInBothLanguagesAndOnlyItsOwnItems() {
    Requirement r = C.get("4.1");
    refused("Requirement.id must look like 6.2.1, but was '四'", () -> r.withId("四"));
    refused("Requirement 4.1 must have a title in both languages or in neither",
        () -> r.withTitleEn(Optional.empty()));
    refused("Requirement 4.1 holds the item 4.2 a) of another clause",
        () -> r.withItems(C.item("4.2", "a)")));
    assertEquals(r.items(), r.withTitleZh(r.titleZh()).items());
  }

  @Test
  void aReportJudgesAgainstTcas612ByDefault() {
    AssessmentReport report = AssessmentReport.builder().organisationId("org")
        .organisationName("示例").assessedOn(LocalDate.of(2026, 3, 31)).build();
    assertEquals("T/CAS 612—2022", report.standard());
  }
}
