// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.cnms.core.Approval;
import org.junit.jupiter.api.Test;

/** The checks of competence records, documents and suggestions, naming the field at fault. */
class SupportChecksTest {

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void aCompetenceRecordsRequirementsAreIds() {
    refused("CompetenceRecord.requirementIds must be 1 to 128 characters without whitespace, but"
        + " was 'req ghg'", () -> CompetenceRecord.builder().id("rec-1").personId("p-li")
            .roleId("role-acct").addRequirementId("req ghg").evidenceKind(EvidenceKind.TRAINING)
            .description("核算培训").achievedOn(LocalDate.of(2024, 5, 10)).build());
  }

  @Test
  void aDocumentsDistributionIsNotBlank() {
    refused("DocumentedInformation.accessAndDistribution must not be blank, but was ' '",
        () -> DocumentedInformation.builder().id("CNMS-M-01").title("碳中和管理手册")
            .origin(DocumentOrigin.INTERNAL).format("PDF")
            .addVersions(DocumentVersion.builder().versionLabel("A/0")
                .issuedOn(LocalDate.of(2023, 1, 1)).author("p-li")
                .approval(Approval.of("ceo", LocalDate.of(2023, 1, 1))).changeSummary("首版")
                .build())
            .retentionYears(10).accessAndDistribution(" ").build());
  }

  @Test
  void aSuggestionsAuthorIsAnId() {
    refused("Suggestion.fromPersonId must be 1 to 128 characters without whitespace, but was"
        + " 'p wang'", () -> Suggestion.builder().id("sg-1").receivedOn(LocalDate.of(2025, 3, 3))
            .fromPersonId("p wang").text("空压机夜间停机").build());
  }
}
