// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Nothing in a nonconformity's life is dated before it was reported. */
class NonconformityDatesTest {

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static final Nonconformity REPORTED = Nonconformity.builder().id("NC-7")
      .description("电表EM-3检定已过期").origin(NonconformityOrigin.INTERNAL_AUDIT)
      .requirementId("9.1.3").severity(Severity.MINOR).reportedOn(d("2025-05-06"))
      .build();

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static CauseAnalysis cause(String on) {
    return CauseAnalysis.builder().cause("台账未设置提醒").similarNonconformitiesElsewhere("无")
        .actionNeeded(true).analysedOn(d(on)).build();
  }

  private static CorrectiveAction action(String due) {
    return CorrectiveAction.builder().id("CA-1").description("台账增加到期提醒")
        .responsiblePersonId("p-energy").dueDate(d(due)).build();
  }

  @Test
  void aCauseIsNotAnalysedBeforeTheReport() {
    refused("Nonconformity NC-7: causeAnalysis.analysedOn 2025-05-05 must not be before"
        + " reportedOn 2025-05-06", () -> REPORTED.withCauseAnalysis(cause("2025-05-05")));
    assertEquals(d("2025-05-06"),
        REPORTED.withCauseAnalysis(cause("2025-05-06")).causeAnalysis().orElseThrow()
            .analysedOn());
  }

  @Test
  void anActionIsNotCompletedBeforeTheReport() {
    refused("Nonconformity NC-7: correctiveActions[CA-1].completedOn 2025-05-01 must not be"
        + " before reportedOn 2025-05-06",
        () -> REPORTED.withCorrectiveActions(action("2025-06-30").withCompletedOn(
            d("2025-05-01"))));
  }

  @Test
  void effectivenessIsNotReviewedNorTheCaseClosedBeforeTheReport() {
    refused("Nonconformity NC-7: effectivenessReviews.reviewedOn 2025-05-01 must not be before"
        + " reportedOn 2025-05-06", () -> REPORTED.withEffectivenessReviews(
            EffectivenessReview.of(d("2025-05-01"), true, "p-mr", "无过期器具")));
    refused("Nonconformity NC-7: closedOn 2025-05-01 must not be before reportedOn 2025-05-06",
        () -> REPORTED.withClosedOn(d("2025-05-01")));
  }

  @Test
  void systemChangesAreNotBlank() {
    refused("Nonconformity.systemChanges must not be blank, but was ' '",
        () -> REPORTED.withSystemChanges(" "));
  }
}
