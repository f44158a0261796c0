// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RuleAssertions.single;
import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OperationalCriterionKind;
import org.cnms.core.context.PartyRequirement;
import org.cnms.core.performance.GhgTargetKind;
import org.cnms.core.sample.SampleSystem;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

/** What the conforming findings count, and what the findings name, checked by hand. */
class RuleCountsTest {

  /** The fixture with a second requirement of the regulator, not adopted and not acted on. */
  private static ManagementSystem twoRequirements() {
    ManagementSystem s = system();
    InterestedParty gov = s.interestedParties().get(0);
    return s.withInterestedParties(gov.withRequirements(gov.requirements().get(0),
        PartyRequirement.builder().id("gov-r2").description("自愿披露碳足迹").legal(false)
            .notAdoptedReason("非强制要求").actionNeeded(false).build()));
  }

  @Test
  void requirementsAreCountedAsTakenInOrNot() {
    assertEquals("All 2 requirements were considered for the compliance obligations: 1 taken in,"
        + " 1 not, with the reason recorded", single(twoRequirements(),
            "core.4.2.requirements-and-compliance-obligations", Verdict.CONFORMS).messageEn());
    assertEquals("All 1 requirements were considered for the compliance obligations: 1 taken in,"
        + " 0 not, with the reason recorded", single(system(),
            "core.4.2.requirements-and-compliance-obligations", Verdict.CONFORMS).messageEn());
  }

  @Test
  void requirementsToActOnAreCounted() {
    assertEquals("For all 2 requirements it is decided whether they are to be acted on; 1 are",
        single(twoRequirements(), "core.4.2.needs-to-act-on", Verdict.CONFORMS).messageEn());
  }

  @Test
  void everyHolderOfARoleIsCounted() {
    String m = single(system(), "core.7.2.competence-of-roles", Verdict.CONFORMS).messageEn();
    assertTrue(m.startsWith("All 1 roles have competence requirements, and all 1 holders have"),
        m);
  }

  @Test
  void targetsAreCountedByLevel() {
    assertEquals("GHG objectives and targets gt-2030, at 1 levels, derive from the carbon"
        + " neutrality targets and are communicated",
        single(system(), "core.6.6.2.ghg-targets", Verdict.CONFORMS).messageEn());
  }

  @Test
  void withoutATargetNoActionIsPlanned() {
    Finding f = single(system().withActionPlans(List.of()).withGhgTargets(List.of()),
        "core.6.6.3.plans-for-targets", Verdict.MAJOR_NONCONFORMITY);
    assertEquals("There is no GHG objective or target, so no action is planned to achieve one",
        f.messageEn());
    assertEquals(List.of("a)"), f.items());
  }

  @Test
  void aMissingRemovalTargetNamesTheSinks() {
    ManagementSystem sample = SampleSystem.load();
    ManagementSystem noRemoval = sample.withGhgTargets(sample.ghgTargets().stream()
        .map(g -> g.withKind(GhgTargetKind.EMISSION)).toList());
    Finding f = ConformityAssessment.of(RuleAssertions.RULES).assess(
        AssessmentContext.of(noRemoval, SampleSystem.ASSESSMENT_DATE)).findingsFor("6.6.2")
        .stream().filter(x -> x.verdict() != Verdict.CONFORMS).findFirst().orElseThrow();
    assertTrue(f.recordIds().contains("K-AJ-FOREST"), f.recordIds()::toString);
    assertTrue(f.recordIds().containsAll(sample.ghgTargets().stream().map(g -> g.id())
        .toList()), f.recordIds()::toString);
  }

  @Test
  void anObligationIsJudgedOnItsLatestEvaluationWhateverTheOrder() {
    ManagementSystem s = system();
    List<ComplianceEvaluation> evaluations = new ArrayList<>(s.complianceEvaluations());
    evaluations.add(ComplianceEvaluation.builder().id("ce-0").obligationId("obl-1")
        .evaluatedOn(d("2024-12-20")).result(ComplianceResult.COMPLIANT)
        .evidence("2023年度报告已按时报送").build());
    // ce-1 of 2025-12-20 is within the 12 months before 2026-03-31; ce-0 would be overdue
    single(s.withComplianceEvaluations(evaluations), "core.9.2.obligations-evaluated",
        Verdict.CONFORMS);
  }

  @Test
  void aSinkKindWithoutAControlCriterionIsNamed() {
    ManagementSystem sample = SampleSystem.load();
    // the forest's criterion becomes a communication criterion, which governs nothing
    List<OperationalCriterion> withoutSinks = sample.operationalCriteria().stream()
        .map(c -> c.sinkIds().isEmpty() ? c
            : c.withKind(OperationalCriterionKind.COMMUNICATION).withSinkIds(List.of()))
        .toList();
    Finding f = ConformityAssessment.of(RuleAssertions.RULES).assess(AssessmentContext.of(
        sample.withOperationalCriteria(withoutSinks), SampleSystem.ASSESSMENT_DATE))
        .findings().stream().filter(x -> x.ruleId().equals("core.8.1.1.control-criteria"))
        .findFirst().orElseThrow();
    assertEquals(Verdict.MINOR_NONCONFORMITY, f.verdict());
    assertTrue(f.recordIds().contains("K-AJ-FOREST"), f.recordIds()::toString);
  }

  @Test
  void anAuditOfOwnWorkNamesTheAuditAndTheAuditors() {
    Audit a = system().audits().get(0);
    Finding own = RuleAssertions.assess(system().withAudits(a.withAuditedAreas(
        AuditedArea.ofClause("6", "p-aud")).withReportedToPersonIds("p-ceo", "p-aud")))
        .findings().stream().filter(x -> x.ruleId().equals("core.9.3.2.beyond.own-work"))
        .findFirst().orElseThrow();
    assertEquals(Verdict.OBSERVATION, own.verdict());
    assertEquals(List.of("au-2025", "p-aud"), own.recordIds());
  }
}
