// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import static org.cnms.core.testing.Vocabulary.assertLabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.EffectivenessEvaluation;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.json.CnmsJson;
import org.junit.jupiter.api.Test;

class PlanningRecordsTest {

  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  private static RiskOrOpportunity risk() {
    return RiskOrOpportunity.builder().id("ro-1").kind(RiskKind.RISK)
        .description("配额收紧导致履约成本上升").addRelatedFactorId("ci-ets")
        .rating(RiskRating.HIGH).identifiedOn(LocalDate.of(2025, 2, 1)).build();
  }

  private static RiskAction action() {
    return RiskAction.builder().id("ra-1").addRiskOrOpportunityId("ro-1")
        .description("余热回收改造").approach(ActionApproach.REDUCTION)
        .addConsiderations(ActionConsideration.TECHNOLOGY, ActionConsideration.FINANCE)
        .ownerPersonId("p-energy").dueDate(LocalDate.of(2025, 12, 31))
        .evaluationMethod("对比改造前后单位产品天然气消耗").build();
  }

  private static PlannedPurchase.Builder purchase() {
    return PlannedPurchase.builder().unitType("CCER").year(2026).way("交易所挂牌")
        .purpose(PurchasePurpose.OFFSETTING);
  }

  private static DataQualityItem.Builder gasItem() {
    return DataQualityItem.builder().id("dq-gas").dataItem("天然气消耗量")
        .addSourceIds("boiler-1", "boiler-2").sourceOfData("meter")
        .collectionMethod(CollectionMethod.METERED).frequency(CollectionFrequency.MONTHLY)
        .addMeterId("m-gas-01").ownerRoleId("role-energy").retentionYears(10);
  }

  @Test
  void riskLinksToItsContext() {
    assertTrue(risk().hasContextLink());
    assertFalse(risk().withRelatedFactorIds(List.of()).hasContextLink());
    assertTrue(risk().withRelatedFactorIds(List.of()).withRelatedPartyIds("party-gov")
        .hasContextLink());
    assertEquals("RiskOrOpportunity.relatedFactorIds holds 'ci-ets' twice",
        message(() -> risk().withRelatedFactorIds("ci-ets", "ci-ets")));
    assertEquals("RiskOrOpportunity.relatedPartyIds must be 1 to 128 characters without"
        + " whitespace, but was ''", message(() -> risk().withRelatedPartyIds("")));
  }

  @Test
  void actionNeedsARiskAndDistinctConsiderations() {
    assertEquals("RiskAction.riskOrOpportunityIds must not be empty",
        message(() -> action().withRiskOrOpportunityIds(List.of())));
    assertEquals("RiskAction.considerations holds 'FINANCE' twice",
        message(() -> action().withConsiderations(ActionConsideration.FINANCE,
            ActionConsideration.FINANCE)));
    assertEquals("RiskAction.evaluationMethod must not be blank, but was ''",
        message(() -> action().withEvaluationMethod("")));
    assertTrue(action().addresses("ro-1"));
    assertFalse(action().addresses("ro-2"));
  }

  @Test
  void actionKeepsItsEvaluation() {
    EffectivenessEvaluation ok = EffectivenessEvaluation.of(LocalDate.of(2026, 3, 1), true,
        "单位产品天然气消耗下降 8.2%");
    RiskAction evaluated = action().withEffectivenessEvaluation(ok);
    assertTrue(evaluated.effectivenessEvaluation().orElseThrow().effective());
    assertEquals("EffectivenessEvaluation.notes must not be blank, but was ' '",
        message(() -> EffectivenessEvaluation.of(LocalDate.of(2026, 3, 1), false, " ")));
    assertEquals("EffectivenessEvaluation.evaluatedBy must be 1 to 128 characters without"
        + " whitespace, but was 'Wang Fang'", message(() -> ok.withEvaluatedBy("Wang Fang")));
  }

  @Test
  void purchaseDateFallsInItsYear() {
    assertEquals("PlannedPurchase.date 2027-01-15 must fall in PlannedPurchase.year 2026",
        message(() -> purchase().date(LocalDate.of(2027, 1, 15)).build()));
    assertEquals(LocalDate.of(2026, 6, 30), purchase().date(LocalDate.of(2026, 6, 30)).build()
        .date().orElseThrow());
  }

  @Test
  void purchaseQuantityIsPositive() {
    assertEquals("PlannedPurchase.quantity must be positive, but was 0 tCO2e",
        message(() -> purchase().quantity(Co2e.tonnes("0")).build()));
    assertEquals("PlannedPurchase.quantity must be positive, but was -5.5 tCO2e",
        message(() -> purchase().quantity(Co2e.tonnes("-5.5")).build()));
    assertEquals("PlannedPurchase.unitType must not be blank, but was ''",
        message(() -> purchase().build().withUnitType("")));
  }

  @Test
  void assetPlanSortsPurchasesByPurpose() {
    PlannedPurchase offset = purchase().quantity(Co2e.tonnes("1200")).build();
    PlannedPurchase surrender = purchase().build().withUnitType("CEA")
        .withPurpose(PurchasePurpose.COMPLIANCE);
    CarbonAssetPlan plan = CarbonAssetPlan.builder().id("cap-2026")
        .addPurchasedReductions(offset, surrender).preparedOn(LocalDate.of(2025, 11, 1)).build();
    assertEquals(List.of(offset), plan.purchasesFor(PurchasePurpose.OFFSETTING));
    assertEquals(List.of(surrender), plan.purchasesFor(PurchasePurpose.COMPLIANCE));
    assertFalse(plan.hasAllowancePlan());
    assertTrue(plan.withAllowanceManagement("配额年度盈缺分析与清缴").hasAllowancePlan());
    assertEquals("CarbonAssetPlan cap-2026 cannot supersede itself",
        message(() -> plan.withSupersedes("cap-2026")));
    assertEquals("CarbonAssetPlan.outsourcedTo must not be blank, but was ''",
        message(() -> plan.withOutsourcedTo("")));
  }

  @Test
  void meteredItemNeedsAMeter() {
    assertEquals("DataQualityItem dq-gas is METERED and needs a meter id",
        message(() -> gasItem().build().withMeterIds(List.of())));
    DataQualityItem invoiced = gasItem().build().withCollectionMethod(CollectionMethod.INVOICED)
        .withMeterIds(List.of());
    assertTrue(invoiced.meterIds().isEmpty());
  }

  @Test
  void itemNeedsAnOwnerAndARetention() {
    assertEquals("DataQualityItem dq-gas needs an owner: an ownerPersonId or an ownerRoleId",
        message(() -> gasItem().build().withOwnerRoleId(java.util.Optional.empty())));
    assertEquals("DataQualityItem.retentionYears must be positive, but was 0",
        message(() -> gasItem().build().withRetentionYears(0)));
    assertEquals("DataQualityItem.sourceIds holds 'boiler-1' twice",
        message(() -> gasItem().build().withSourceIds("boiler-1", "boiler-1")));
  }

  @Test
  void planCoversTheSourcesItsItemsFeed() {
    DataQualityItem gas = gasItem().build();
    DataQualityItem power = DataQualityItem.builder().id("dq-power").dataItem("外购电量")
        .addSourceId("grid").sourceOfData("invoice").collectionMethod(CollectionMethod.INVOICED)
        .frequency(CollectionFrequency.MONTHLY).ownerPersonId("p-fin").retentionYears(5).build();
    DataQualityPlan plan = DataQualityPlan.builder().id("dqp-1").addItems(gas, power)
        .preparedOn(LocalDate.of(2025, 1, 10)).build();
    assertTrue(plan.covers("boiler-2"));
    assertTrue(plan.covers("grid"));
    assertFalse(plan.covers("forklift"));
    assertEquals(List.of(gas), plan.itemsFor("boiler-1"));
    assertEquals("DataQualityPlan.items holds 'dq-gas' twice",
        message(() -> plan.withItems(gas, gas.withDataItem("天然气热值"))));
  }

  @Test
  void jsonHoldsTheAttributesOnly() throws Exception {
    CarbonAssetPlan plan = CarbonAssetPlan.builder().id("cap-2026")
        .allowanceManagement("配额年度盈缺分析与清缴").preparedOn(LocalDate.of(2025, 11, 1)).build();
    var tree = CnmsJson.newJsonMapper().readTree(CnmsJson.toJson(plan));
    List<String> fields = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "allowanceManagement", "purchasedReductions", "preparedOn"),
        fields);
    assertEquals("2025-11-01", tree.get("preparedOn").asText());
  }

  @Test
  void vocabularyIsLabelledInBothLanguages() {
    assertLabelled(RiskKind.class);
    assertLabelled(RiskRating.class);
    assertLabelled(ActionApproach.class);
    assertLabelled(ActionConsideration.class);
    assertLabelled(PurchasePurpose.class);
    assertLabelled(CollectionMethod.class);
    assertLabelled(CollectionFrequency.class);
  }
}
