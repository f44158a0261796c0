// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.MeterReading;
import org.cnms.core.conformity.MeterReadings;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.Requirement;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

/** The core rules clause by clause, the catalogue's clauses, and the assessment context. */
class RuleCatalogueValuesTest {

  private static final RequirementCatalogue C = RequirementCatalogue.tcas612();

  @Test
  void theCoreRulesAreEachClausesRulesInClauseOrder() {
    List<List<AbstractConformityRule>> byClause = List.of(ContextRules.all(),
        LeadershipRules.all(), PlanningRules.all(), SupportRules.all(), OperationRules.all(),
        EvaluationRules.all(), ImprovementRules.all());
    List<ConformityRule> all = new ArrayList<>();
    for (int i = 0; i < byClause.size(); i++) {
      List<AbstractConformityRule> rules = byClause.get(i);
      assertFalse(rules.isEmpty(), "clause " + (i + 4));
      for (AbstractConformityRule r : rules) {
        assertEquals(i + 4, C.get(r.requirementId()).clause(), r.id());
      }
      all.addAll(rules);
    }
    assertEquals(new CoreRules().rules(), all);
    assertEquals(12, ContextRules.all().size());
  }

  @Test
  void rulesAreEqualByIdAndClassAndPrintAsTheirId() {
    ConformityRule first = ContextRules.all().get(0);
    ConformityRule again = ContextRules.all().get(0);
    ConformityRule second = ContextRules.all().get(1);
    assertEquals(first, again);
    assertEquals(first.hashCode(), again.hashCode());
    assertEquals(Objects.hash(first.id(), first.getClass()), first.hashCode());
    assertNotEquals(first, second);
    assertNotEquals(first, (Object) first.id());
    assertEquals(first.id(), first.toString());
    ConformityRule sameIdOtherClass = new ConformityRule() {
      @Override
      public String id() {
        return first.id();
      }

      @Override
      public String requirementId() {
        return first.requirementId();
      }

      @Override
      public List<org.cnms.core.conformity.Finding> evaluate(AssessmentContext context) {
        return List.of();
      }
    };
    assertNotEquals(first, sameIdOtherClass);
  }

  @Test
  void aClauseBelongsToItsTopLevelClauseAndListsItsRequirementRows() {
    assertEquals(6, C.get("6.2.1").clause());
    assertEquals(10, C.get("10.2").clause());
    assertEquals(4, C.get("4").clause());
    Requirement r = C.get("6.2.1");
    List<RegisterItem> rows = r.requirementItems();
    assertFalse(rows.isEmpty());
    assertTrue(rows.stream().allMatch(RegisterItem::isRequirement));
    assertEquals(r.items().stream().filter(RegisterItem::isRequirement).count(), rows.size());
    assertTrue(rows.size() < r.items().size(), "6.2.1 b) is a 可以 row");
    assertTrue(C.contains("6.2.1"));
    assertFalse(C.contains("6.2.9"));
  }

  @Test
  void aContextKeepsItsExtensionsWhenItsSystemIsReplaced() {
    ManagementSystem system = RulesFixture.system();
    MeterReadings readings = MeterReadings.of(List.of(
        MeterReading.of("rec-1", "m-gas-01", SystemFixtures.ON)));
    AssessmentContext context = AssessmentContext.builder().system(system)
        .assessmentDate(SystemFixtures.ON).extension(MeterReadings.class, readings).build();
    assertSame(readings, context.extension(MeterReadings.class).orElseThrow());
    assertEquals(Optional.empty(), context.extension(String.class));
    assertEquals(system.inventories(), context.inventories());
    assertEquals(2, context.inventories().size());
    ManagementSystem other = RulesFixture.system();
    assertNotSame(system, other);
    AssessmentContext replaced = context.withSystem(other);
    assertSame(other, replaced.system());
    assertSame(readings, replaced.extension(MeterReadings.class).orElseThrow());
    assertEquals(context.assessmentDate(), replaced.assessmentDate());
    assertEquals("m-gas-01", readings.readings().get(0).meterId());
  }
}
