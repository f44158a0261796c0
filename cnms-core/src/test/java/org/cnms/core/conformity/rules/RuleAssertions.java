// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.system.ManagementSystem;

/** Assertions on the findings of single core rules, shared by the rule tests of clauses 4 and 5. */
final class RuleAssertions {

  static final List<ConformityRule> RULES = new CoreRules().rules();
  static final ConformityAssessment ASSESSMENT = ConformityAssessment.of(RULES);

  private RuleAssertions() {}

  /** The assessment of {@code s} by every core rule, on the fixture's assessment date. */
  static AssessmentReport assess(ManagementSystem s) {
    return ASSESSMENT.assess(RulesFixture.context(s));
  }

  /** The findings of the rule {@code ruleId} on {@code s}. */
  static List<Finding> findings(ManagementSystem s, String ruleId) {
    return assess(s).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The single finding of the rule {@code ruleId} on {@code s}, with the verdict given. */
  static Finding single(ManagementSystem s, String ruleId, Verdict verdict) {
    List<Finding> found = findings(s, ruleId);
    assertEquals(1, found.size(), found::toString);
    assertEquals(verdict, found.get(0).verdict(), found::toString);
    return found.get(0);
  }

  /** Asserts that {@code s} gives {@code verdict} on {@code clause} and every other clause conforms. */
  static void only(ManagementSystem s, String clause, Verdict verdict) {
    AssessmentReport report = assess(s);
    Map<String, Verdict> expected = new LinkedHashMap<>();
    RULES.forEach(r -> expected.put(r.requirementId(), Verdict.CONFORMS));
    expected.put(clause, verdict);
    Map<String, Verdict> actual = new LinkedHashMap<>();
    RULES.forEach(r -> actual.put(r.requirementId(), report.verdicts().get(r.requirementId())));
    assertEquals(expected, actual, () -> report.findings().toString());
  }
}
