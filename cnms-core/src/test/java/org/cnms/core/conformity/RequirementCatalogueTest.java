// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequirementCatalogueTest {

  private static final RequirementCatalogue C = RequirementCatalogue.tcas612();

  @Test
  void theRegisterHasEveryRowOfClauses4To10WithItsVerb() {
    // the register's own item counts: 266 rows, 227 of them requirements (应 family or 需)
    assertEquals(266, C.items().size());
    assertEquals(227, C.items().stream().filter(RegisterItem::isRequirement).count());
    Map<String, Long> perClause = C.items().stream().collect(Collectors.groupingBy(
        RegisterItem::clause, TreeMap::new, Collectors.counting()));
    assertEquals(12L, perClause.get("5.1"));
    assertEquals(16L, perClause.get("9.4.2"));
    assertEquals(10L, perClause.get("8.4"));
  }

  @Test
  void itemsCiteThemselvesAsTheStandardLettersThem() {
    RegisterItem h = C.item("5.1", "h)");
    assertEquals("碳中和管理团队", h.keyTerm());
    assertTrue(h.isRequirement());
    assertEquals("5.1 h)", h.cite());
    assertEquals("与组织相关的内外部因素", C.item("9.4.2", "b) 1)").keyTerm());
    assertEquals("审核结果", C.item("9.4.2", "c) 5)").keyTerm());
    assertEquals("监视和测量设备", C.item("7.1", "•3").keyTerm());
    RegisterItem cont = C.item("4.2", "b) (cont.)");
    assertEquals("应考虑", cont.verb());
    assertTrue(cont.isRequirement());
    assertEquals(List.of("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)", "k)"),
        C.get("5.1").items().stream().map(RegisterItem::citation).filter(c -> !c.startsWith("—"))
            .toList());
  }

  @Test
  void possibilitiesAndNotesAreNeverRequirements() {
    RegisterItem category = C.item("6.2.1", "b)");
    assertEquals("可以", category.verb());
    assertFalse(category.isRequirement());
    assertFalse(C.item("8.4", "a)").isRequirement());
    assertFalse(C.item("9.1.1", "b) 2)").isRequirement());
    assertFalse(C.item("7.2", "注1").isRequirement());
    assertTrue(C.item("5.2", "b)").isRequirement()); // 5.2 lists a)-f) first; b) is 应
    assertEquals("为设定碳中和目标提供框架", C.item("5.2", "b)").keyTerm());
    // and then a second list a)-c), introduced with 需
    assertEquals("需", C.item("5.2", "list 2 b)").verb());
    assertEquals("充分沟通", C.item("5.2", "list 2 b)").keyTerm());
    assertEquals("可以", C.item("6.4", "list 2 a)").verb());
  }

  @Test
  void whatIsBeyondTheStandardIsMarked() {
    assertEquals(Optional.of("auditors never audit their own work"),
        C.item("9.3.2", "b)").beyondTheStandard());
    assertTrue(C.item("9.3.2", "c)").beyondTheStandard().isEmpty());
  }

  @Test
  void subClausesHaveTheirParentsAndNoInventedTitles() {
    Requirement r = C.get("8.1.3");
    assertEquals(Optional.of("8.1"), r.parent());
    assertEquals(Optional.empty(), r.titleZh());
    assertTrue(r.isCited());
    assertFalse(C.get("8.1").isCited());
    assertEquals(Optional.of("运行的策划与控制"), C.get("8.1").titleZh());
    assertEquals("8.1.3 (8.1 运行的策划与控制)", C.heading("8.1.3", Locale.CHINESE));
    assertEquals("7.5.2 Creating and updating", C.heading("7.5.2", Locale.ENGLISH));
    assertEquals(List.of("8.1", "8.1.1", "8.1.2", "8.1.3"),
        C.within("8.1").stream().map(Requirement::id).toList());
    assertTrue(r.isWithin("8") && r.isWithin("8.1") && !r.isWithin("8.1.30"));
  }

  @Test
  void anUnknownItemOrClauseIsAClearError() {
    var e = assertThrows(IllegalArgumentException.class, () -> C.item("5.1", "l)"));
    assertEquals("T/CAS 612 clause 5.1 has no item 'l)'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> C.get("8.5"));
  }
}
