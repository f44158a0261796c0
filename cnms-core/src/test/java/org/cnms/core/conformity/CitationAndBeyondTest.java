// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.i18n.CoreTexts;
import org.junit.jupiter.api.Test;

/** Findings that cite items, roll up to parent clauses, and the rules beyond the standard. */
class CitationAndBeyondTest {

  /** A rule that reports one finding with the given verdict, items and message key. */
  static final class Fixed extends AbstractConformityRule {
    private final Verdict verdict;
    private final List<String> items;

    Fixed(String id, String clause, Verdict verdict, List<String> items, boolean beyond) {
      super(id, clause, CoreTexts.TEXT, beyond);
      this.verdict = verdict;
      this.items = items;
    }

    @Override
    public List<String> judgedItems() {
      return items;
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      Collection<String> ids = List.of("org");
      return List.of(finding(verdict, "assessment.ruleFailed", ids, id(), "x").withItems(items));
    }
  }

  @Test
  void aFindingCitesItsItemsAndRollsUpToItsParents() {
    AssessmentReport r = ConformityAssessment.of(List.of(
        new Fixed("t.813", "8.1.3", Verdict.MINOR_NONCONFORMITY, List.of("—2"), false),
        new Fixed("t.942", "9.4.2", Verdict.CONFORMS, List.of("b) 1)", "c) 2)"), false)))
        .assess(ConformityAssessmentTest.CONTEXT);
    Finding f = r.findingsFor("9.4.2").get(0);
    assertEquals("9.4.2 b) 1), c) 2)", f.citation());
    assertEquals("9.4.2 b) 1), c) 2) 规则 t.942 执行失败：x", f.describe(Locale.CHINESE));
    assertEquals(Optional.of(Verdict.MINOR_NONCONFORMITY), r.verdictWithin("8.1"));
    assertEquals(Optional.of(Verdict.MINOR_NONCONFORMITY), r.verdictWithin("8"));
    assertEquals(Optional.of(Verdict.NEEDS_AUDITOR_EVIDENCE), r.verdictWithin("8.2"));
    assertEquals(Optional.empty(), r.verdictWithin("11"));
    assertEquals("8.1.3 (8.1 Operational planning and control)",
        RequirementCatalogue.tcas612().heading("8.1.3", Locale.ENGLISH));
  }

  @Test
  void aRuleBeyondTheStandardObservesAndCanBeSwitchedOff() {
    Fixed beyond = new Fixed("t.beyond", "9.3.2", Verdict.OBSERVATION, List.of("b)"), true);
    ConformityAssessment a = ConformityAssessment.of(List.of(beyond,
        new Fixed("t.own", "9.3.2", Verdict.CONFORMS, List.of("c)"), false)));
    Finding f = a.assess(ConformityAssessmentTest.CONTEXT).findingsFor("9.3.2").get(0);
    assertTrue(f.beyondTheStandard());
    assertEquals("9.3.2 b) Rule t.beyond failed: x (good practice beyond T/CAS 612)",
        f.describe(Locale.ENGLISH));
    assertEquals(List.of("t.own"), a.withoutBeyondTheStandard().rules().stream()
        .map(ConformityRule::id).toList());
    assertEquals(List.of("t.own"), a.withoutRules(List.of("t.beyond")).rules().stream()
        .map(ConformityRule::id).toList());
    var e = assertThrows(IllegalArgumentException.class,
        () -> a.withoutRules(List.of("t.none")));
    assertEquals("No conformity rule has the id 't.none'", e.getMessage());
  }

  @Test
  void aRuleBeyondTheStandardCannotGiveANonconformity() {
    Fixed wrong = new Fixed("t.wrong", "9.3.2", Verdict.MINOR_NONCONFORMITY, List.of("b)"), true);
    Finding f = ConformityAssessment.of(List.of(wrong)).assess(ConformityAssessmentTest.CONTEXT)
        .findingsFor("9.3.2").get(0);
    assertEquals(Verdict.RULE_ERROR, f.verdict());
    assertTrue(f.messageEn().contains("beyond T/CAS 612 and can be an observation at most"),
        f.messageEn());
  }

  @Test
  void aRuleThatCitesAGroupOfSubClausesIsARuleError() {
    Finding f = ConformityAssessment.of(List.of(
        new Fixed("t.group", "8.1", Verdict.CONFORMS, List.of(), false)))
        .assess(ConformityAssessmentTest.CONTEXT).findingsFor("8.1").get(0);
    assertEquals(Verdict.RULE_ERROR, f.verdict());
    assertEquals("Rule t.group cites 8.1, which only groups sub-clauses; a rule cites the most"
        + " specific clause", f.messageEn());
    assertFalse(f.beyondTheStandard());
  }
}
