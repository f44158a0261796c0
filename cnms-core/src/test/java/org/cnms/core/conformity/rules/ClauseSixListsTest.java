// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgReviewItem;
import org.cnms.core.performance.ActionMeasure;
import org.cnms.core.performance.ActionPlanItem;
import org.cnms.core.performance.IndicatorCriterion;
import org.cnms.core.performance.IndicatorKind;
import org.cnms.core.performance.IndicatorOption;
import org.cnms.core.performance.NeutralityTargetItem;
import org.cnms.core.planning.CarbonAssetItem;
import org.cnms.core.planning.RiskActionItem;
import org.cnms.core.planning.RiskPurpose;
import org.junit.jupiter.api.Test;

/**
 * The enumerated lists of T/CAS 612 clause 6 against the machine-readable register: each enum has
 * exactly the standard's items, in its order, citing themselves as the standard does, with Chinese
 * labels in the standard's key terms.
 */
class ClauseSixListsTest {

  /** The register rows {@code first}..{@code last} (register numbering) of {@code clause}. */
  private static List<RegisterItem> rows(String clause, int first, int last) {
    return RequirementCatalogue.tcas612().get(clause).items().stream()
        .filter(i -> i.row() >= first && i.row() <= last).toList();
  }

  private static void assertListMatches(List<RegisterItem> rows, ClauseItem[] items) {
    assertEquals(rows.size(), items.length);
    for (int i = 0; i < items.length; i++) {
      RegisterItem row = rows.get(i);
      ClauseItem item = items[i];
      assertEquals(row.citation(), item.citation(), item::toString);
      String zh = item.label(Locale.CHINESE);
      for (String part : row.keyTerm().split("…")) {
        assertTrue(zh.contains(part), () -> item + ": " + zh + " lacks " + row.keyTerm());
      }
      assertFalse(item.label(Locale.ENGLISH).equals(zh), item::toString);
    }
  }

  @Test
  void theEndsOfAddressingRisksAreTheItemsOf611() {
    assertListMatches(rows("6.1.1", 6, 10), RiskPurpose.values());
    assertEquals("e) 满足合规性义务", RiskPurpose.COMPLIANCE_OBLIGATIONS.itemLabel(Locale.CHINESE));
  }

  @Test
  void whatIsPlannedAboutTheActionsIsTheItemsOf612() {
    assertListMatches(rows("6.1.2", 1, 3), RiskActionItem.values());
  }

  @Test
  void whatAGhgReviewComprisesIsTheItemsOf63WithTheNumberedOnesUnderD() {
    assertListMatches(rows("6.3", 2, 10), GhgReviewItem.values());
    assertEquals("d) 3) 识别具有直接或间接影响的工作人员",
        GhgReviewItem.PERSONS.itemLabel(Locale.CHINESE));
  }

  @Test
  void whatTheNeutralityTargetsIncludeIsTheItemsOf661() {
    assertListMatches(rows("6.6.1", 2, 5), NeutralityTargetItem.values());
  }

  @Test
  void theSixCategoriesAreTheItemsOf621() {
    assertListMatches(rows("6.2.1", 3, 8), EmissionCategory.values());
    assertEquals("b) 购入能源产生的间接 GHG 排放",
        EmissionCategory.PURCHASED_ENERGY.itemLabel(Locale.CHINESE));
    assertEquals("Indirect GHG emissions from purchased energy",
        EmissionCategory.PURCHASED_ENERGY.label(Locale.ENGLISH));
    assertEquals(EmissionCategory.PURCHASED_ENERGY, EmissionCategory.parse("C2"));
    assertEquals(EmissionCategory.PURCHASED_ENERGY, EmissionCategory.parse("b"));
  }

  @Test
  void bothListsOf64AreEnums() {
    assertListMatches(rows("6.4", 2, 3), IndicatorCriterion.values());
    assertListMatches(rows("6.4", 4, 9), IndicatorOption.values());
    assertEquals("list 2 b) 碳排放强度值（单位产品、单位产值等）",
        IndicatorOption.EMISSION_INTENSITY.itemLabel(Locale.CHINESE));
    // every finer kind falls under one item, except the kind the organisation defines itself
    for (IndicatorKind k : IndicatorKind.values()) {
      assertEquals(k == IndicatorKind.OTHER, k.option().isEmpty(), k::toString);
    }
    assertEquals(IndicatorOption.VALUE_CHAIN, IndicatorKind.VALUE_CHAIN_INTENSITY.option()
        .orElseThrow());
  }

  @Test
  void whatActionPlanningDeterminesIsTheItemsOf663() {
    assertListMatches(rows("6.6.3", 2, 6), ActionPlanItem.values());
  }

  @Test
  void theSectionsOfCarbonAssetManagementAreTheItemsOf67() {
    assertListMatches(rows("6.7", 2, 5), CarbonAssetItem.values());
  }

  @Test
  void theKindsOfActionAreTheNineExamplesOfNote2Of663InItsOrder() {
    // 注 2 of 6.6.3 is not itemised in the register's rows; its nine kinds are listed below the
    // table
    assertTrue(rows("6.6.3", 8, 8).get(0).keyTerm().startsWith("制冷机管理"));
    assertEquals(List.of("能源需求和使用管理", "技术或工艺改进", "可再生能源的利用", "原材料/燃料替代",
        "余热余压利用", "资源综合利用", "CCUS（碳捕集、利用与封存）", "使用绿色电力", "制冷机管理"),
        Arrays.stream(ActionMeasure.values()).map(m -> m.label(Locale.CHINESE)).toList());
    assertEquals("•9", ActionMeasure.REFRIGERATION_MACHINE_MANAGEMENT.citation());
    assertEquals("Managing refrigeration machines",
        ActionMeasure.REFRIGERATION_MACHINE_MANAGEMENT.label(Locale.ENGLISH));
  }
}
