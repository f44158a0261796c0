// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.testing.SystemFixtures;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

class ConformityAssessmentTest {

  static final ManagementSystem SYSTEM = SystemFixtures.smallSystem("示例<公司>");

  static final AssessmentContext CONTEXT = AssessmentContext.of(SYSTEM, LocalDate.of(2026, 3, 1));

  private static ConformityRule rule(String id, String requirement, Verdict verdict) {
    return SystemFixtures.fixedRule(id, requirement, verdict, "中文 " + id, "English " + id,
        List.of("org"));
  }

  private static final ConformityRule THROWING = new ConformityRule() {
    @Override
    public String id() {
      return "test.throws";
    }

    @Override
    public String requirementId() {
      return "6.5";
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      throw new IllegalStateException("no baseline table");
    }
  };

  @Test
  void everyRequirementOfTheCatalogueAppearsAndUnjudgedOnesNeedEvidence() {
    AssessmentReport report = ConformityAssessment.of(List.of(
        rule("t.a", "4.1", Verdict.CONFORMS))).assess(CONTEXT);
    assertEquals(RequirementCatalogue.tcas612().cited().size(), report.verdicts().size());
    // clauses and sub-clauses that findings cite: 4 (4.1, 4.2, 4.3.1, 4.3.2, 4.4) + 5.1-5.3 (3)
    // + 6 (6.1.1, 6.1.2, 6.2.1, 6.2.2, 6.3, 6.4, 6.5, 6.6.1-6.6.3, 6.7, 6.8: 12)
    // + 7 (7.1-7.4, 7.5.1-7.5.3: 7) + 8 (8.1.1-8.1.3, 8.2, 8.3, 8.4: 6)
    // + 9 (9.1.1-9.1.3, 9.2, 9.3.1, 9.3.2, 9.4.1-9.4.3: 9) + 10 (3) = 5 + 3 + 12 + 7 + 6 + 9 + 3
    assertEquals(45, report.verdicts().size());
    assertEquals(Verdict.CONFORMS, report.verdicts().get("4.1"));
    assertEquals(Verdict.NEEDS_AUDITOR_EVIDENCE, report.verdicts().get("9.3.2"));
  }

  @Test
  void aThrowingRuleIsAnErrorForItsRequirementAndTheAssessmentGoesOn() {
    AssessmentReport report = ConformityAssessment.of(List.of(THROWING,
        rule("t.b", "6.6.1", Verdict.MAJOR_NONCONFORMITY))).assess(CONTEXT);
    Finding error = report.findingsFor("6.5").get(0);
    assertEquals(Verdict.RULE_ERROR, error.verdict());
    assertEquals("Rule test.throws failed: IllegalStateException: no baseline table",
        error.messageEn());
    assertEquals(Verdict.MAJOR_NONCONFORMITY, report.verdicts().get("6.6.1"));
    assertEquals(1, report.nonconformities().size());
  }

  @Test
  void worstVerdictWinsAndTheSummaryCountsRequirementsOnce() {
    AssessmentReport report = ConformityAssessment.of(List.of(
        rule("t.1", "6.2.1", Verdict.CONFORMS), rule("t.2", "6.2.1", Verdict.MINOR_NONCONFORMITY),
        rule("t.3", "6.2.2", Verdict.CONFORMS))).assess(CONTEXT);
    assertEquals(Verdict.MINOR_NONCONFORMITY, report.verdicts().get("6.2.1"));
    ClauseSummary six = report.summaryByClause().stream().filter(s -> s.clause() == 6)
        .findFirst().orElseThrow();
    // clause 6 has 12 requirements: 6.2.1 minor, 6.2.2 conforms, 10 need evidence
    assertEquals(1, six.count(Verdict.MINOR_NONCONFORMITY));
    assertEquals(1, six.count(Verdict.CONFORMS));
    assertEquals(10, six.count(Verdict.NEEDS_AUDITOR_EVIDENCE));
  }

  @Test
  void aVendorRuleFromAServiceFileAppearsInTheReport() {
    ConformityAssessment assessment = ConformityAssessment.discover();
    assertTrue(assessment.rules().stream().anyMatch(r -> r.id().equals(
        "vendor.db11.facility-named")), () -> assessment.rules().toString());
    AssessmentReport report = assessment.assess(CONTEXT);
    assertTrue(report.findingsFor("4.3.1").stream().anyMatch(f -> f.messageEn().equals(
        "Vendor rule: 1 facilities in the boundary")));
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> ConformityAssessment.of(List.of(
        rule("t.1", "4.1", Verdict.CONFORMS), rule("t.1", "4.2", Verdict.CONFORMS))));
    assertEquals("Two conformity rules have the id 't.1'", e.getMessage());
  }

  @Test
  void reportRoundTrips() {
    AssessmentReport report = ConformityAssessment.of(List.of(THROWING,
        rule("t.b", "6.6.1", Verdict.MAJOR_NONCONFORMITY))).assess(CONTEXT);
    assertEquals(report, CnmsJson.fromJson(CnmsJson.toJson(report), AssessmentReport.class));
    assertEquals(report, CnmsJson.fromYaml(CnmsJson.toYaml(report), AssessmentReport.class));
    assertEquals("示例<公司>", report.organisationName());
  }


  @Test
  void catalogueHasEveryClauseFrom41To103InOrder() {
    List<Requirement> all = RequirementCatalogue.tcas612().all();
    assertEquals("4", all.get(0).id());
    assertEquals("4.1", all.get(1).id());
    assertEquals("10.3", all.get(all.size() - 1).id());
    assertEquals(61, all.size()); // 45 cited + 4..10 (7) + 4.3, 6.1, 6.2, 6.6, 7.5, 8.1, 9.1, 9.3, 9.4
    assertEquals(Optional.of("碳中和基准"), RequirementCatalogue.tcas612().get("6.5").titleZh());
    assertFalse(RequirementCatalogue.tcas612().get("7.3").checkableFromData());
    var e = assertThrows(IllegalArgumentException.class,
        () -> RequirementCatalogue.tcas612().get("11.1"));
    assertTrue(e.getMessage().startsWith("T/CAS 612 has no requirement '11.1'"));
  }
}
