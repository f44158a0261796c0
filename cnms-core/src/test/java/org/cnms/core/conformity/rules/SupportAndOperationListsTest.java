// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ProcurementSubject;
import org.cnms.core.support.AwarenessTopic;
import org.cnms.core.support.ResourceKind;
import org.junit.jupiter.api.Test;

/**
 * The enumerated lists of clauses 7 and 8 against the machine-readable register: exactly the
 * standard's items, in its order, each citing itself as the standard does, with the standard's key
 * term in its Chinese label.
 */
class SupportAndOperationListsTest {

  /**
   * Asserts that {@code items} are the register rows of {@code clause} with the given labels
   * ({@code •}, {@code a)} …), in order: same number, same citations, and each Chinese label holds
   * the key term (its parts around {@code …}, in order).
   */
  static void matchesRegister(String clause, String rowLabel, ClauseItem[] items) {
    List<RegisterItem> rows = RequirementCatalogue.tcas612().get(clause).items().stream()
        .filter(i -> i.label().equals(rowLabel)).toList();
    assertEquals(rows.size(), items.length, clause);
    for (int i = 0; i < items.length; i++) {
      assertEquals(rows.get(i).citation(), items[i].citation(), items[i].toString());
      String zh = items[i].label(Locale.CHINESE);
      int from = 0;
      for (String part : rows.get(i).keyTerm().split("…")) {
        int at = zh.indexOf(part, from);
        assertTrue(at >= 0, zh + " holds " + rows.get(i).keyTerm());
        from = at + part.length();
      }
      assertTrue(!items[i].label(Locale.ENGLISH).isBlank() && !items[i].label(Locale.ENGLISH)
          .equals(zh), items[i].toString());
    }
  }

  @Test
  void theResourcesOfClause71AreItsFiveBullets() {
    matchesRegister("7.1", "•", ResourceKind.values());
    assertEquals(List.of("•1", "•2", "•3", "•4", "•5"),
        Arrays.stream(ResourceKind.values()).map(ResourceKind::citation).toList());
    assertEquals("•2 基础设施", ResourceKind.INFRASTRUCTURE.itemLabel(Locale.CHINESE));
  }

  @Test
  void theAwarenessPointsOfClause73AreItsFiveBullets() {
    matchesRegister("7.3", "•", AwarenessTopic.values());
    assertEquals("•5 不符合碳中和管理体系要求所产生的影响",
        AwarenessTopic.CONSEQUENCES_OF_NONCONFORMITY.itemLabel(Locale.CHINESE));
  }

  @Test
  void theChangeKindsOfClause84AreItsExamplesAToG() {
    matchesRegister("8.4", "a)", new ChangeKind[] {ChangeKind.RISKS_AND_OPPORTUNITIES});
    List<RegisterItem> lettered = RequirementCatalogue.tcas612().get("8.4").items().stream()
        .filter(i -> i.label().matches("[a-z]\\)")).toList();
    assertEquals(7, lettered.size());
    assertEquals(lettered.stream().map(RegisterItem::citation).toList(),
        Arrays.stream(ChangeKind.values()).map(ChangeKind::citation).toList());
    for (int i = 0; i < lettered.size(); i++) {
      // examples (可能), never requirements
      assertTrue(!lettered.get(i).isRequirement());
      String zh = ChangeKind.values()[i].label(Locale.CHINESE);
      int from = 0;
      for (String part : lettered.get(i).keyTerm().split("…")) {
        int at = zh.indexOf(part, from);
        assertTrue(at >= 0, zh + " holds " + lettered.get(i).keyTerm());
        from = at + part.length();
      }
    }
  }

  @Test
  void theProcurementSubjectsAreTheSevenOfClause83InItsOrder() {
    assertEquals(List.of("原材料", "材料", "能源", "设备", "设施", "产品", "服务"),
        Arrays.stream(ProcurementSubject.values()).map(p -> p.label(Locale.CHINESE)).toList());
    String paraphrase = RequirementCatalogue.tcas612().get("8.3").items().get(0).paraphrase();
    int from = 0;
    for (String word : List.of("raw materials", "materials", "energy", "equipment", "facilities",
        "products", "services")) {
      int at = paraphrase.indexOf(word, from);
      assertTrue(at >= 0, word);
      from = at + word.length();
    }
    assertEquals(List.of("Raw materials", "Materials", "Energy", "Equipment", "Facilities",
        "Products", "Services"),
        Arrays.stream(ProcurementSubject.values()).map(p -> p.label(Locale.ENGLISH)).toList());
  }
}
