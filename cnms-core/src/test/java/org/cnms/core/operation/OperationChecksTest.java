// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The checks of the optional fields of the operation records: a blank text, an id with a space
 * or a review dated before its change is refused, naming the field.
 */
class OperationChecksTest {

  private static final LocalDate CHANGED_ON = LocalDate.of(2025, 3, 1);

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static ChangeRecord.Builder change() {
    return ChangeRecord.builder().id("CH-1").kind(ChangeKind.MAJOR_SOURCES_AND_SINKS)
        .planned(true).description("新增2号燃气锅炉").changedOn(CHANGED_ON);
  }

  private static ConsequenceReview.Builder review(LocalDate on) {
    return ConsequenceReview.builder().reviewedOn(on).consequences("排放增加约5%")
        .actionNeeded(true);
  }

  @Test
  void aChangesConsequencesAreNotReviewedBeforeTheChange() {
    refused("ChangeRecord.consequenceReview.reviewedOn 2025-02-28 must not be before"
        + " ChangeRecord.changedOn 2025-03-01",
        () -> change().consequenceReview(review(CHANGED_ON.minusDays(1)).build()).build());
    assertEquals(CHANGED_ON, change().consequenceReview(review(CHANGED_ON).build()).build()
        .consequenceReview().orElseThrow().reviewedOn());
  }

  @Test
  void aChangeNamesItsRecalculationById() {
    refused("ChangeRecord.baselineRecalculationId must be 1 to 128 characters without whitespace,"
        + " but was 'RC 1'", () -> change().baselineRecalculationId("RC 1").build());
  }

  @Test
  void aReviewsActionsAreNotBlank() {
    refused("ConsequenceReview.actions must not be blank, but was ' '",
        () -> review(CHANGED_ON).actions(" ").build());
  }

  @Test
  void aDesignReviewsEcoDesignIsNotBlank() {
    refused("DesignReview.ecoDesign must not be blank, but was ' '", () -> DesignReview.builder()
        .id("DR-1").subject("余热发电").kind(DesignReviewKind.MODIFIED_EQUIPMENT)
        .reviewedOn(CHANGED_ON).ecoDesign(" ").decision("采纳").build());
  }

  @Test
  void aCriterionsRecordsAreNamed() {
    refused("OperationalCriterion.recordsKept must not be blank, but was ' '",
        () -> OperationalCriterion.builder().id("OC-1")
            .kind(OperationalCriterionKind.COMMUNICATION).criterion("异常当班报告")
            .effectiveFrom(CHANGED_ON).recordsKept(" ").build());
  }

  @Test
  void anOutsourcedProcessesDutiesAreNotBlank() {
    Supplier<OutsourcedProcessControl.Builder> op = () -> OutsourcedProcessControl.builder()
        .id("OP-1").process("厂内运输").contractor("物流公司");
    refused("OutsourcedProcessControl.organisationDuties must not be blank, but was ' '",
        () -> op.get().organisationDuties(" ").build());
    refused("OutsourcedProcessControl.contractorDuties must not be blank, but was ' '",
        () -> op.get().contractorDuties(" ").build());
    refused("OutsourcedProcessControl.operatingRequirements must not be blank, but was ' '",
        () -> op.get().operatingRequirements(" ").build());
  }
}
