// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The sections a carbon-asset plan has, and the checks of the planning records' optional and
 * repeated fields: a blank text or an id with a space is refused, naming the field.
 */
class PlanningChecksTest {

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static String idMessage(String field, String value) {
    return field + " must be 1 to 128 characters without whitespace, but was '" + value + "'";
  }

  private static CarbonAssetPlan.Builder plan() {
    return CarbonAssetPlan.builder().id("cap-2026").preparedOn(LocalDate.of(2025, 11, 1));
  }

  @Test
  void anAssetPlanListsItsSectionsInTheClausesOrder() {
    assertEquals(List.of(), plan().build().items());
    PlannedPurchase purchase = PlannedPurchase.builder().unitType("CCER").year(2026)
        .way("交易所挂牌").purpose(PurchasePurpose.OFFSETTING).build();
    assertEquals(List.of(CarbonAssetItem.ALLOWANCES, CarbonAssetItem.PURCHASED_REDUCTIONS,
        CarbonAssetItem.OWN_PROJECTS, CarbonAssetItem.OTHER),
        plan().otherAssets("绿证").ownProjectRegistration("光伏项目申请 CCER")
            .addPurchasedReductions(purchase).allowanceManagement("配额清缴").build().items());
    assertEquals(List.of(CarbonAssetItem.PURCHASED_REDUCTIONS),
        plan().addPurchasedReductions(purchase).build().items());
    assertEquals(List.of(CarbonAssetItem.OWN_PROJECTS),
        plan().ownProjectRegistration("光伏项目申请 CCER").build().items());
    assertEquals(List.of(CarbonAssetItem.ALLOWANCES, CarbonAssetItem.OTHER),
        plan().allowanceManagement("配额清缴").otherAssets("绿证").build().items());
  }

  @Test
  void anAssetPlansSectionsAreNotBlank() {
    refused("CarbonAssetPlan.allowanceManagement must not be blank, but was ' '",
        () -> plan().allowanceManagement(" ").build());
    refused("CarbonAssetPlan.ownProjectRegistration must not be blank, but was ' '",
        () -> plan().ownProjectRegistration(" ").build());
    refused("CarbonAssetPlan.otherAssets must not be blank, but was ' '",
        () -> plan().otherAssets(" ").build());
  }

  private static DataQualityItem.Builder item() {
    return DataQualityItem.builder().id("dq-power").dataItem("外购电量").sourceOfData("invoice")
        .collectionMethod(CollectionMethod.INVOICED).frequency(CollectionFrequency.MONTHLY)
        .retentionYears(5);
  }

  @Test
  void aDataQualityItemsIdsAreChecked() {
    refused(idMessage("DataQualityItem.sourceIds", "grid 1"),
        () -> item().ownerPersonId("p-fin").addSourceId("grid 1").build());
    refused(idMessage("DataQualityItem.indicatorIds", "kpi 1"),
        () -> item().ownerPersonId("p-fin").addIndicatorIds("kpi 1").build());
    refused(idMessage("DataQualityItem.meterIds", "m 1"),
        () -> item().ownerPersonId("p-fin").addMeterIds("m 1").build());
    refused(idMessage("DataQualityItem.ownerPersonId", "p 1"),
        () -> item().ownerPersonId("p 1").build());
    refused(idMessage("DataQualityItem.ownerRoleId", "r 1"),
        () -> item().ownerPersonId("p-fin").ownerRoleId("r 1").build());
  }

  @Test
  void aDataQualityPlanSupersedesAnotherById() {
    refused(idMessage("DataQualityPlan.supersedes", "dqp 0"), () -> DataQualityPlan.builder()
        .id("dqp-1").preparedOn(LocalDate.of(2025, 1, 10)).supersedes("dqp 0").build());
  }

  @Test
  void aRiskActionsRisksAndProcessAreChecked() {
    Supplier<RiskAction.Builder> action = () -> RiskAction.builder().id("ra-1")
        .description("余热回收改造").approach(ActionApproach.REDUCTION).ownerPersonId("p-energy")
        .dueDate(LocalDate.of(2025, 12, 31));
    refused(idMessage("RiskAction.riskOrOpportunityIds", "ro 1"),
        () -> action.get().addRiskOrOpportunityId("ro 1").build());
    refused("RiskAction.process must not be blank, but was ' '",
        () -> action.get().addRiskOrOpportunityId("ro-1").process(" ").build());
  }

  @Test
  void aRisksFactorsAreIds() {
    refused(idMessage("RiskOrOpportunity.relatedFactorIds", "ci ets"),
        () -> RiskOrOpportunity.builder().id("ro-1").kind(RiskKind.RISK).description("配额收紧")
            .addRelatedFactorId("ci ets").rating(RiskRating.HIGH)
            .identifiedOn(LocalDate.of(2025, 2, 1)).build());
  }
}
