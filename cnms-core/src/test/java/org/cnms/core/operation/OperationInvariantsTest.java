// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class OperationInvariantsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  private static OperationalCriterion.Builder criterion() {
    return OperationalCriterion.builder().id("OC-1")
        .kind(OperationalCriterionKind.PROCESS_PARAMETER)
        .criterion("锅炉过量空气系数不高于1.2").effectiveFrom(JAN_1);
  }

  private static ChangeRecord.Builder change() {
    return ChangeRecord.builder().id("CH-1").kind(ChangeKind.MAJOR_SOURCES_AND_SINKS).planned(true)
        .description("新增2号燃气锅炉").changedOn(LocalDate.of(2025, 3, 1));
  }

  @Test
  void criterionNeedsASourceOrASink() {
    var e = assertThrows(IllegalArgumentException.class, () -> criterion().build());
    assertEquals("OperationalCriterion OC-1 must name at least one GHG source or sink, but"
        + " sourceIds and sinkIds are empty", e.getMessage());
    assertTrue(criterion().addSinkId("forest-1").build().appliesTo("forest-1"));
    OperationalCriterion c = criterion().addSourceId("boiler-1").build();
    assertTrue(c.appliesTo("boiler-1"));
    assertFalse(c.appliesTo("boiler-2"));
  }

  @Test
  void criterionRejectsARepeatedSourceAndANegativeLimit() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> criterion().addSourceIds("boiler-1", "boiler-1").build());
    assertEquals("OperationalCriterion.sourceIds holds 'boiler-1' twice", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> criterion().addSourceId("boiler-1").limit(Amount.of("-1", "t")).build());
    assertEquals("OperationalCriterion.limit must not be negative, but was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> criterion().addSourceId("boiler 1").build());
    assertEquals("OperationalCriterion.sourceIds must be 1 to 128 characters without whitespace,"
        + " but was 'boiler 1'", e.getMessage());
  }

  @Test
  void criterionWithoutSourcesIsRejectedInJson() {
    String json = "{\"id\": \"OC-1\", \"kind\": \"MAINTENANCE\", \"criterion\": \"每季度清灰\","
        + " \"effectiveFrom\": \"2025-01-01\"}";
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson(json, OperationalCriterion.class));
    assertTrue(e.getMessage().contains("must name at least one GHG source or sink"),
        e.getMessage());
  }

  @Test
  void blankTextsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> DesignReview.builder()
        .id("DR-1").subject("余热发电").kind(DesignReviewKind.MODIFIED_EQUIPMENT)
        .reviewedOn(JAN_1).addOpportunitiesConsidered("变频", " ").decision("采纳").build());
    assertEquals("DesignReview.opportunitiesConsidered[1] must not be blank, but was ' '",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OutsourcedProcessControl.builder()
        .id("OP-1").process("厂内运输").contractor("物流公司").contractorDuties("按月报告油耗")
        .reductionRequirements("").build());
    assertEquals("OutsourcedProcessControl.reductionRequirements must not be blank, but was ''",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SupplierNotice.builder().id("SN-1")
        .supplier("供电公司").notifiedOn(JAN_1).content("绿电比例为评价准则")
        .addCriterionIds("PC-1", "PC-1").build());
    assertEquals("SupplierNotice.criterionIds holds 'PC-1' twice", e.getMessage());
  }

  @Test
  void procurementThresholdMustNotBeNegative() {
    var e = assertThrows(IllegalArgumentException.class, () -> ProcurementCriterion.builder()
        .id("PC-1").subject(ProcurementSubject.ENERGY).criterion("绿电比例")
        .threshold(Amount.of("-5", "MWh")).effectiveFrom(JAN_1).build());
    assertEquals("ProcurementCriterion.threshold must not be negative, but was -5",
        e.getMessage());
  }

  @Test
  void changeVerificationMustNotPrecedeTheChange() {
    var e = assertThrows(IllegalArgumentException.class, () -> change()
        .verification(ChangeVerification.of(LocalDate.of(2025, 2, 28), "排放量核实", true))
        .build());
    assertEquals("ChangeRecord.verification.verifiedOn 2025-02-28 must not be before"
        + " ChangeRecord.changedOn 2025-03-01", e.getMessage());
    var e2 = assertThrows(IllegalArgumentException.class,
        () -> ChangeVerification.of(JAN_1, "  ", true));
    assertEquals("ChangeVerification.result must not be blank, but was '  '", e2.getMessage());
  }

  @Test
  void kindsBAndECallForABaselineCheck() {
    String flagged = Arrays.stream(ChangeKind.values())
        .filter(ChangeKind::triggersBaselineRecalculation)
        .map(k -> k.citation().substring(0, 1)).collect(Collectors.joining());
    assertEquals("be", flagged);
    String letters = Arrays.stream(ChangeKind.values()).map(k -> k.citation().substring(0, 1))
        .collect(Collectors.joining());
    assertEquals("abcdefg", letters);
    ChangeRecord c = change().addAffectedSourceId("boiler-2").build();
    assertTrue(c.needsBaselineRecalculationCheck());
    assertFalse(c.withKind(ChangeKind.OTHER).needsBaselineRecalculationCheck());
  }

  @Test
  void enumsAreLabelledInBothLanguages() {
    assertEquals("碳中和基准的变更（含所用方法）", ChangeKind.BASELINE_AND_METHODS.label(Locale.CHINA));
    assertEquals("Changes in the carbon neutrality baseline and its methods",
        ChangeKind.BASELINE_AND_METHODS.label(Locale.ENGLISH));
    assertEquals("新产品和服务", DesignReviewKind.NEW_PRODUCT_OR_SERVICE.labelZh());
    assertEquals("Energy", ProcurementSubject.ENERGY.labelEn());
    assertEquals("维护保养", OperationalCriterionKind.MAINTENANCE.labelZh());
  }
}
