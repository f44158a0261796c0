// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.plan;
import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.evaluation.FindingKind;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.evaluation.ReviewOutput;
import org.cnms.core.improvement.CauseAnalysis;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.EffectivenessReview;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.Severity;
import org.cnms.core.leadership.Person;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

class CoreRulesTest {

  private static final List<ConformityRule> RULES = new CoreRules().rules();
  private static final ConformityAssessment ASSESSMENT = ConformityAssessment.of(RULES);

  private static final List<String> CORE_REQUIREMENTS = List.of("4.1", "4.2", "4.3.1", "4.3.2",
      "5.1", "5.2", "5.3", "6.1.1", "6.1.2", "6.6.1", "6.6.2", "6.6.3", "6.8", "7.1", "7.2", "7.4",
      "7.5.2", "7.5.3", "8.1.1", "8.1.2", "8.1.3", "8.2", "8.3", "8.4", "9.2", "9.3.1", "9.3.2",
      "9.4.1", "9.4.2", "9.4.3", "10.2", "10.3");

  private static AssessmentReport assess(ManagementSystem s) {
    return ASSESSMENT.assess(RulesFixture.context(s));
  }

  /**
   * Asserts that {@code s} gives {@code verdict} on {@code requirement}, and that every other core
   * requirement still conforms; returns the findings on {@code requirement} that are not CONFORMS.
   */
  private static List<Finding> only(ManagementSystem s, String requirement, Verdict verdict) {
    AssessmentReport report = assess(s);
    Map<String, Verdict> expected = new LinkedHashMap<>();
    CORE_REQUIREMENTS.forEach(r -> expected.put(r, Verdict.CONFORMS));
    expected.put(requirement, verdict);
    Map<String, Verdict> actual = new LinkedHashMap<>();
    CORE_REQUIREMENTS.forEach(r -> actual.put(r, report.verdicts().get(r)));
    assertEquals(expected, actual, () -> report.findings().toString());
    return report.findingsFor(requirement).stream()
        .filter(f -> f.verdict() != Verdict.CONFORMS).toList();
  }

  private static Finding single(ManagementSystem s, String requirement, Verdict verdict) {
    List<Finding> findings = only(s, requirement, verdict);
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  @Test
  void rulesPerCoreRequirementWithStableIds() {
    List<String> requirements = RULES.stream().filter(r -> !r.beyondTheStandard())
        .map(ConformityRule::requirementId).distinct().toList();
    assertEquals(CORE_REQUIREMENTS, requirements);
    Set<String> ids = new HashSet<>();
    for (ConformityRule r : RULES) {
      assertTrue(ids.add(r.id()));
      assertTrue(r.id().startsWith("core." + r.requirementId() + "."), r.id());
      assertTrue(RequirementCatalogue.tcas612().get(r.requirementId()).checkableFromData());
    }
    assertTrue(RULES.stream().anyMatch(r -> r.id().equals("core.6.6.1.vision-and-phases")));
  }

  @Test
  void discoveryFindsTheCoreRules() {
    List<String> found = ConformityAssessment.discover().rules().stream()
        .map(ConformityRule::id).toList();
    RULES.forEach(r -> assertTrue(found.contains(r.id()), r.id()));
  }

  @Test
  void theFixtureConformsToEveryCoreRuleWithOneFindingEach() {
    AssessmentReport report = assess(system());
    for (String r : CORE_REQUIREMENTS) {
      List<Finding> findings = report.findingsFor(r).stream()
          .filter(f -> !f.beyondTheStandard()).toList();
      assertEquals(RULES.stream().filter(x -> x.requirementId().equals(r)
          && !x.beyondTheStandard()).count(), findings.size(), r);
      findings.forEach(f -> assertEquals(Verdict.CONFORMS, f.verdict(), findings::toString));
    }
    assertEquals("Data quality control plan dq-1 covers all 2 sources and sinks of the latest"
        + " inventory and the denominators of all 0 intensity indicators, each with form and"
        + " frequency", report.findingsFor("6.8").get(0).messageEn());
    assertEquals(List.of("dq-1", "inv-2025"), report.findingsFor("6.8").get(0).recordIds());
  }

  // 6.1 Risks and opportunities

  @Test
  void risksWithoutContextLinkAreMinor() {
    RiskOrOpportunity r = system().risks().get(0);
    Finding f = single(system().withRisks(r.withRelatedFactorIds(List.of())), "6.1.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("None of the risks and opportunities (risk-1) is linked to an external or"
        + " internal factor or to an interested party", f.messageEn());
    assertEquals(List.of("—1"), f.items());
  }

  @Test
  void aRiskToBeAddressedNeedsAnActionWithAnEvaluationMethod() {
    RiskAction a = system().riskActions().get(0);
    Finding f = single(system().withRiskActions(a.withEvaluationMethod(
        java.util.Optional.empty())), "6.1.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("ra-1", "risk-1"), f.recordIds());
    assertEquals(List.of("c)"), f.items());
    Finding g = single(system().withRiskActions(List.of()), "6.1.2",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("risk-1 (碳价上涨增加履约成本) is to be addressed but has no action", g.messageEn());
    assertEquals("risk-1（碳价上涨增加履约成本）需要应对，但没有应对措施", g.messageZh());
  }

  // 6.6 Targets and plans

  @Test
  void aTargetWithoutMeansIsMinor() {
    CarbonNeutralityTarget t = system().neutralityTargets().get(0);
    Finding f = single(system().withNeutralityTargets(t.withMeans(List.of())), "6.6.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Carbon neutrality target cnt-1 names no means of reaching carbon neutrality",
        f.messageEn());
    assertEquals(List.of("d)"), f.items());
  }

  @Test
  void aPhasedTargetNotBrokenDownIsAnObservationBeyondTheStandard() {
    CarbonNeutralityTarget t = system().neutralityTargets().get(0);
    List<PhasedTarget> phases = new ArrayList<>(t.phasedTargets());
    phases.add(PhasedTarget.builder().id("pt-2040").year(2040)
        .kind(PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE)
        .value(new java.math.BigDecimal("60")).description("较2024年减排60%").build());
    Finding f = single(system().withNeutralityTargets(t.withPhasedTargets(phases)), "6.6.2",
        Verdict.OBSERVATION);
    assertEquals("Phased target pt-2040 (2040: 较2024年减排60%) is broken down into no GHG target",
        f.messageEn());
    assertTrue(f.beyondTheStandard());
  }

  @Test
  void aPlanLackingAnItemOrATargetWithoutPlanIsMinor() {
    Finding f = single(system().withActionPlans(plan().build().withVerificationMethod(
        java.util.Optional.empty())), "6.6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The planned actions ap-1 (锅炉烟气余热回收) do not state: e) How and when the"
        + " results are verified", f.messageEn());
    assertEquals("措施计划 ap-1（锅炉烟气余热回收）未确定：e) 验证结果的方法和时机", f.messageZh());
    assertEquals(List.of("e)"), f.items());
    assertEquals(List.of("ap-1", "gt-2030"), f.recordIds());
    Finding g = single(system().withActionPlans(plan().build().withStatus(
        org.cnms.core.performance.ActionStatus.CANCELLED)), "6.6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("No action is planned to achieve GHG target gt-2030", g.messageEn());
  }

  // 6.8 Data quality

  @Test
  void inventoryDataOutsideTheDataQualityPlanIsMinor() {
    DataQualityPlan p = system().dataQualityPlans().get(0);
    Finding f = single(system().withDataQualityPlans(p.withItems(p.items().get(0))), "6.8",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The activity data of sources or sinks src-power in inventory inv-2025"
        + " (2025) are not covered by data quality control plan dq-1", f.messageEn());
    assertEquals(List.of("inv-2025", "src-power"), f.recordIds());
    Finding g = single(system().withDataQualityPlans(List.of()), "6.8",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No data quality control plan is kept", g.messageEn());
  }

  // 7 Support and 8 Operation: SupportRulesTest, OperationRulesTest; here, one check through
  // the assessment that a finding of a clause-7 rule reaches its clause and item.

  @Test
  void aClauseSevenFindingCitesItsSubClauseAndItem() {
    DocumentedInformation doc = system().documents().get(0);
    DocumentVersion v = doc.versions().get(0);
    Finding f = single(system().withDocuments(doc.withVersions(v.withApproval(
        java.util.Optional.empty())), system().documents().get(1)), "7.5.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("7.5.2 c)", f.citation());
  }

  // 9 Performance evaluation

  @Test
  void anObligationEvaluatedTooLongAgoOrNotAfterAChangeOrWithoutActionIsMinor() {
    var e = system().complianceEvaluations().get(0);
    Finding f = single(system().withComplianceEvaluations(e.withEvaluatedOn(d("2025-01-15"))),
        "9.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Compliance obligation obl-1 (温室气体排放报告管理办法) was last evaluated in ce-1"
        + " on 2025-01-15, more than 12 months before 2026-03-31", f.messageEn());
    assertEquals(List.of("—1"), f.items());
    Finding g = single(system().withComplianceEvaluations(List.of()), "9.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Compliance obligation obl-1 (温室气体排放报告管理办法) has never been evaluated",
        g.messageEn());
    var o = system().complianceObligations().get(0);
    Finding h = single(system().withComplianceObligations(o.withLastChangedOn(d("2026-01-10"))),
        "9.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The requirement of compliance obligation obl-1 changed on 2026-01-10, but its"
        + " latest evaluation ce-1 is of 2025-12-20, before the change", h.messageEn());
    assertEquals(List.of("—2"), h.items());
    only(system().withComplianceObligations(o.withLastChangedOn(d("2025-12-01"))), "9.2",
        Verdict.CONFORMS);
    Finding k = single(system().withComplianceEvaluations(
        e.withResult(ComplianceResult.NONCOMPLIANT)), "9.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Compliance evaluation ce-1 of obligation obl-1 found it Noncompliant, but"
        + " records no action taken", k.messageEn());
    assertEquals(List.of("—3"), k.items());
    only(system().withComplianceEvaluations(e.withResult(ComplianceResult.PARTIALLY_COMPLIANT)
        .withActions("补报排放数据")), "9.2", Verdict.CONFORMS);
  }

  @Test
  void auditsAreHeldAtTheProgrammesOwnFrequency() {
    Audit a = system().audits().get(0);
    AuditProgramme p = system().auditProgrammes().get(0);
    Finding f = single(system().withAudits(a.withConductedOn(d("2025-03-20"))), "9.3.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The latest internal audit, au-2025 of 2025-03-20, is more than the 12 months of"
        + " programme prog-2025 before 2026-03-31", f.messageEn());
    // the programme's own frequency, not a global parameter: 6 months makes 2025-11-10 too old
    Finding g = single(system().withAuditProgrammes(p.withFrequencyMonths(3)), "9.3.1",
        Verdict.MINOR_NONCONFORMITY);
    assertTrue(g.messageEn().contains("the 3 months of programme prog-2025"), g.messageEn());
    AssessmentReport none = assess(system().withAudits(List.of()));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, none.verdicts().get("9.3.1"));
    assertEquals(List.of("No internal audit has been held under programme prog-2025"),
        problems(none, "9.3.1"));
  }

  @Test
  void theAuditProgrammeAndEachAuditHaveWhatClause932Asks() {
    AuditProgramme p = system().auditProgrammes().get(0);
    Audit a = system().audits().get(0);
    AssessmentReport r = assess(system().withAuditProgrammes(p.withReporting(
        java.util.Optional.empty())));
    assertEquals(List.of("Internal audit programme prog-2025 does not state its reporting"),
        r.findingsFor("9.3.2").stream().filter(x -> x.verdict() != Verdict.CONFORMS)
            .map(Finding::messageEn).toList());
    r = assess(system().withAudits(a.withReportedToPersonIds("p-eng")));
    assertEquals(List.of("The results of internal audit au-2025 were not reported to top"
        + " management"), problems(r, "9.3.2"));
    r = assess(system().withAudits(a.withReportedToPersonIds("p-ceo")));
    assertEquals(List.of("The results of internal audit au-2025 were not reported to the persons"
        + " responsible for the areas audited: p-eng"), problems(r, "9.3.2"));
    r = assess(system().withAudits(a.withReportedToManagementOn(java.util.Optional.empty())));
    assertEquals(List.of("The results of internal audit au-2025 were not reported"),
        problems(r, "9.3.2"));
    r = assess(system().withAudits(a.withScopeClauses(List.of())));
    assertTrue(problems(r, "9.3.2").contains("Internal audit au-2025 has no scope"));
    AuditFinding nc = AuditFinding.builder().id("af-1").clause("9.1.3")
        .kind(FindingKind.MINOR_NONCONFORMITY).description("燃气表超期未检定").build();
    r = assess(system().withAudits(a.withFindings(nc)));
    assertEquals(List.of("Nonconformity af-1 of internal audit au-2025 (clause 9.1.3: 燃气表超期未检定)"
        + " has no nonconformity record for correction and corrective action"),
        problems(r, "9.3.2"));
    assertEquals(Verdict.MINOR_NONCONFORMITY, r.verdicts().get("9.3.2"));
  }

  private static List<String> problems(AssessmentReport r, String requirement) {
    return r.findingsFor(requirement).stream().filter(x -> x.verdict() != Verdict.CONFORMS)
        .map(Finding::messageEn).toList();
  }

  @Test
  void ownWorkAndUncoveredClausesAreObservationsBeyondTheStandard() {
    Audit a = system().audits().get(0);
    AssessmentReport r = assess(system().withAudits(a.withAuditedAreas(AuditedArea.ofClause("6",
        "p-aud")).withReportedToPersonIds("p-ceo", "p-aud")));
    List<Finding> own = r.findingsFor("9.3.2").stream()
        .filter(x -> x.verdict() != Verdict.CONFORMS).toList();
    assertEquals(1, own.size(), own::toString);
    assertEquals(Verdict.OBSERVATION, own.get(0).verdict());
    assertTrue(own.get(0).beyondTheStandard());
    assertEquals("In internal audit au-2025 (2025-11-10) the auditors p-aud audited areas they are"
        + " responsible for", own.get(0).messageEn());
    // an audit scoped to 8.1.3 covers 8.1.3 and counts for 8.1; 8.2–8.4 stay uncovered
    r = assess(system().withAudits(a.withScopeClauses("4", "5", "6", "7", "8.1.3", "9", "10")));
    List<Finding> cover = r.findingsFor("9.3.2").stream()
        .filter(x -> x.verdict() != Verdict.CONFORMS).toList();
    assertEquals(1, cover.size(), cover::toString);
    assertEquals(Verdict.OBSERVATION, cover.get(0).verdict());
    assertEquals("The internal audits of programme prog-2025 so far do not cover clauses 8.2, 8.3,"
        + " 8.4", cover.get(0).messageEn());
    AssessmentReport off = ConformityAssessment.of(RULES).withoutBeyondTheStandard()
        .assess(RulesFixture.context(system().withAudits(a.withScopeClauses("4"))));
    assertEquals(List.of(), problems(off, "9.3.2"));
  }

  @Test
  void aReviewOverdueLackingAnInputOrAnOutputOrLeavingAMissedTargetWithoutActionIsMinor() {
    ManagementReview r = system().managementReviews().get(0);
    Map<ReviewInput, String> inputs = new LinkedHashMap<>(r.inputs());
    inputs.remove(ReviewInput.ADEQUACY_OF_RESOURCES);
    inputs.remove(ReviewInput.CHANGES_IN_CARBON_ASSETS);
    Finding f = single(system().withManagementReviews(r.withInputs(inputs)), "9.4.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Management review rev-2025 lacks the inputs b) 5) Changes in carbon assets;"
        + " d) Adequacy of resources", f.messageEn());
    assertEquals(List.of("b) 5)", "d)"), f.items());
    Finding g = single(system().withManagementReviews(r.withMissedTargetIds("gt-2030")), "9.4.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Management review rev-2025 found the targets gt-2030 not met, but decided no"
        + " action on them", g.messageEn());
    assertEquals(List.of("d)"), g.items());
    Map<ReviewOutput, String> outputs = new LinkedHashMap<>(r.outputs());
    outputs.remove(ReviewOutput.STRATEGIC_CONCLUSIONS);
    Finding k = single(system().withManagementReviews(r.withOutputs(outputs)), "9.4.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("e)"), k.items());
    Finding h = single(system().withManagementReviews(r.withHeldOn(d("2025-02-20"))), "9.4.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The latest management review, rev-2025, was held on 2025-02-20, more than 12"
        + " months before 2026-03-31", h.messageEn());
  }

  @Test
  void withoutAnyReviewOrProgrammeEachRuleSaysSo() {
    AssessmentReport r = assess(system().withManagementReviews(List.of()));
    for (String clause : List.of("9.4.1", "9.4.2", "9.4.3")) {
      assertEquals(Verdict.MAJOR_NONCONFORMITY, r.verdicts().get(clause), clause);
    }
    assertEquals(List.of("No management review has been held, so no results are retained"),
        problems(r, "9.4.3"));
    AssessmentReport p = assess(system().withAudits(List.of()).withAuditProgrammes(List.of()));
    assertEquals(List.of("No internal audit programme is established, so there are no planned"
        + " intervals for internal audits"), problems(p, "9.3.1"));
    assertTrue(problems(p, "9.3.2").containsAll(List.of("No internal audit programme is"
        + " established", "No internal audit has been held", "No internal audit programme is"
        + " established, so no cycle can be checked for coverage")), () -> problems(p, "9.3.2")
        .toString());
  }

  /** The findings of {@code rule} alone on {@code s}. */
  private static List<Finding> evaluate(AbstractConformityRule rule, ManagementSystem s) {
    return rule.evaluate(RulesFixture.context(s));
  }

  /** The single finding of {@code rule} alone on {@code s}, asserted to have {@code verdict}. */
  private static Finding alone(AbstractConformityRule rule, ManagementSystem s,
      Verdict verdict) {
    List<Finding> findings = evaluate(rule, s);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(verdict, findings.get(0).verdict(), findings::toString);
    return findings.get(0);
  }

  @Test
  void withoutObligationsNothingCanBeEvaluatedAndAnObligationsOwnIntervalCounts() {
    var rule = new EvaluationRules.ComplianceRule();
    var gov = system().interestedParties().get(0);
    ManagementSystem withoutObligations = system().withComplianceEvaluations(List.of())
        .withInterestedParties(gov.withRequirements(gov.requirements().get(0)
            .withComplianceObligationId(java.util.Optional.empty())))
        .withComplianceObligations(List.of());
    Finding none = alone(rule, withoutObligations, Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No compliance obligation is recorded, so compliance cannot be evaluated",
        none.messageEn());
    assertEquals("未记录任何合规义务，因而无法进行合规性评价", none.messageZh());
    assertEquals(List.of("—1"), none.items());
    assertEquals(List.of(), none.recordIds());
    Finding ok = alone(rule, system(), Verdict.CONFORMS);
    assertEquals("Every compliance obligation (obl-1) was evaluated within its interval and after"
        + " any change of its requirement, with actions where it was not met", ok.messageEn());
    assertEquals(List.of("obl-1"), ok.recordIds());
    // the obligation's own interval of 3 months, not the 12 of the parameters: ce-1 of 2025-12-20
    // is older than that on 2026-03-31
    var o = system().complianceObligations().get(0);
    Finding f = single(system().withComplianceObligations(o.withEvaluationIntervalMonths(3)),
        "9.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Compliance obligation obl-1 (温室气体排放报告管理办法) was last evaluated in ce-1"
        + " on 2025-12-20, more than 3 months before 2026-03-31", f.messageEn());
    assertEquals("合规义务 obl-1（温室气体排放报告管理办法）上次合规性评价 ce-1 于 2025-12-20，至评价日"
        + " 2026-03-31 已超过 3 个月", f.messageZh());
    assertEquals(List.of("—1"), f.items());
    assertEquals(List.of("obl-1", "ce-1"), f.recordIds());
    only(system().withComplianceObligations(o.withEvaluationIntervalMonths(6)), "9.2",
        Verdict.CONFORMS);
    // a change of the requirement after the assessment date does not count yet
    only(system().withComplianceObligations(o.withLastChangedOn(d("2026-05-01"))), "9.2",
        Verdict.CONFORMS);
  }

  @Test
  void theProgrammeWhoseCycleHoldsTheDateSetsTheInterval() {
    var rule = new EvaluationRules.AuditIntervalRule();
    AuditProgramme p = system().auditProgrammes().get(0);
    Finding ok = alone(rule, system(), Verdict.CONFORMS);
    assertEquals("The latest internal audit, au-2025 of 2025-11-10, is within the 12 months of"
        + " programme prog-2025", ok.messageEn());
    assertEquals(List.of("prog-2025", "au-2025"), ok.recordIds());
    // prog-2026 holds 2026-03-31, so its 3 months count, not the 12 of prog-2025, which started later
    AuditProgramme p2026 = p.withId("prog-2026").withCycle(ReportingPeriod.calendarYear(2026));
    Finding f = alone(rule, system().withAuditProgrammes(p, p2026.withFrequencyMonths(3)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The latest internal audit, au-2025 of 2025-11-10, is more than the 3 months of"
        + " programme prog-2026 before 2026-03-31", f.messageEn());
    assertEquals("最近一次内部审核 au-2025 于 2025-11-10，至评价日 2026-03-31 已超过内部审核方案 prog-2026"
        + " 规定的 3 个月", f.messageZh());
    assertEquals(List.of("prog-2026", "au-2025"), f.recordIds());
    assertEquals(List.of(), f.items());
    Finding g = alone(rule, system().withAuditProgrammes(p, p2026.withFrequencyMonths(6)),
        Verdict.CONFORMS);
    assertEquals("The latest internal audit, au-2025 of 2025-11-10, is within the 6 months of"
        + " programme prog-2026", g.messageEn());
    // the audits of prog-2025 do not count for the coverage of prog-2026's cycle
    Finding cover = alone(new EvaluationRules.CoverageRule(), system().withAuditProgrammes(p,
        p2026), Verdict.OBSERVATION);
    assertTrue(cover.messageEn().startsWith("The internal audits of programme prog-2026 so far do"
        + " not cover clauses 4.1, 4.2, 4.3, 4.4, 5.1"), cover.messageEn());
    assertEquals(List.of("prog-2026"), cover.recordIds());
    // a programme whose cycle has not started is no programme yet
    Finding h = alone(rule, system().withAudits(List.of()).withAuditProgrammes(
        p.withId("prog-2027").withCycle(ReportingPeriod.calendarYear(2027))),
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No internal audit programme is established, so there are no planned intervals"
        + " for internal audits", h.messageEn());
  }

  @Test
  void aProgrammeWithoutPlanningRequirementsOrReportingIsMinor() {
    var rule = new EvaluationRules.AuditProgrammeRule();
    AuditProgramme p = system().auditProgrammes().get(0);
    Finding ok = alone(rule, system(), Verdict.CONFORMS);
    assertEquals("Internal audit programme prog-2025 states frequency, methods, responsibilities,"
        + " planning requirements and reporting", ok.messageEn());
    assertEquals("内部审核方案 prog-2025 规定了频次、方法、职责、策划要求和报告", ok.messageZh());
    assertEquals(List.of("prog-2025"), ok.recordIds());
    Finding f = single(system().withAuditProgrammes(p.withPlanningRequirements(
        java.util.Optional.empty())), "9.3.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Internal audit programme prog-2025 does not state its planning requirements",
        f.messageEn());
    assertEquals("内部审核方案 prog-2025 未规定策划要求", f.messageZh());
    assertEquals(List.of("prog-2025"), f.recordIds());
    assertEquals(List.of(), f.items());
    Finding g = single(system().withAuditProgrammes(p.withPlanningRequirements(
        java.util.Optional.empty()).withReporting(java.util.Optional.empty())), "9.3.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Internal audit programme prog-2025 does not state its planning requirements;"
        + " reporting", g.messageEn());
    assertEquals("内部审核方案 prog-2025 未规定策划要求；报告", g.messageZh());
  }

  @Test
  void anAuditNonconformityNeedsARecordAndOnlyHeldAuditsAreJudged() {
    var rule = new EvaluationRules.AuditsRule();
    Audit a = system().audits().get(0);
    Finding ok = alone(rule, system(), Verdict.CONFORMS);
    assertEquals("The internal audits au-2025 have criteria and scope, their results were"
        + " reported to top management and the responsible persons, and each nonconformity found"
        + " has a record of correction and corrective action", ok.messageEn());
    assertEquals(List.of("au-2025"), ok.recordIds());
    AuditFinding nc = AuditFinding.builder().id("af-1").clause("9.1.3")
        .kind(FindingKind.MINOR_NONCONFORMITY).description("燃气表超期未检定").nonconformityId("nc-1")
        .build();
    Nonconformity record = Nonconformity.report("nc-1", "燃气表超期未检定",
        NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"));
    only(system().withNonconformities(record).withAudits(a.withFindings(nc)), "9.3.2",
        Verdict.CONFORMS);
    Finding f = single(system().withAudits(a.withFindings(nc.withNonconformityId(
        java.util.Optional.empty()))), "9.3.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Nonconformity af-1 of internal audit au-2025 (clause 9.1.3: 燃气表超期未检定) has no"
        + " nonconformity record for correction and corrective action", f.messageEn());
    assertEquals("内部审核 au-2025 的不符合 af-1（条款 9.1.3：燃气表超期未检定）没有采取纠正和（或）纠正措施的不符合记录",
        f.messageZh());
    assertEquals(List.of("d)"), f.items());
    assertEquals(List.of("au-2025", "af-1"), f.recordIds());
    // an observation of the audit needs no nonconformity record
    only(system().withAudits(a.withFindings(AuditFinding.builder().id("af-2").clause("7.4")
        .kind(FindingKind.OBSERVATION).description("看板未及时更新").build())), "9.3.2",
        Verdict.CONFORMS);
    // an audit after the assessment date, unscoped and unreported, is not judged yet
    Audit later = a.withReportedToManagementOn(java.util.Optional.empty())
        .withReportedToPersonIds(List.of()).withScopeClauses(List.of()).withId("au-2026")
        .withConductedOn(d("2026-05-10"));
    only(system().withAudits(a, later), "9.3.2", Verdict.CONFORMS);
    assertEquals(List.of("au-2025"), alone(rule, system().withAudits(a, later), Verdict.CONFORMS)
        .recordIds());
    // held before the assessment date, it is judged
    List<Finding> g = evaluate(rule, system().withAudits(a, later.withConductedOn(
        d("2026-03-01"))));
    assertEquals(List.of("Internal audit au-2026 has no scope",
        "The results of internal audit au-2026 were not reported"),
        g.stream().map(Finding::messageEn).toList());
    assertEquals(List.of("内部审核 au-2026 未规定审核范围", "内部审核 au-2026 的结果未报告"),
        g.stream().map(Finding::messageZh).toList());
    assertEquals(List.of(List.of("a)"), List.of("c)")), g.stream().map(Finding::items).toList());
  }

  @Test
  void theFixturesAuditsAreObservedAsGoodPracticeBeyondTheStandard() {
    Finding own = alone(new EvaluationRules.OwnWorkRule(), system(), Verdict.CONFORMS);
    assertEquals("In the internal audits au-2025 no auditor audited his or her own work",
        own.messageEn());
    assertEquals("内部审核 au-2025 中审核员均未审核自己的工作", own.messageZh());
    assertEquals(List.of("b)"), own.items());
    assertTrue(own.beyondTheStandard());
    Finding cover = alone(new EvaluationRules.CoverageRule(), system(), Verdict.CONFORMS);
    assertEquals("The internal audits of programme prog-2025 (au-2025) cover every clause of 4 to"
        + " 10", cover.messageEn());
    assertEquals("内部审核方案 prog-2025 下的内部审核（au-2025）覆盖了第 4–10 章全部条款",
        cover.messageZh());
    assertEquals(List.of("au-2025"), cover.recordIds());
    assertTrue(cover.beyondTheStandard());
  }

  @Test
  void withNoTopManagementRecordedTheReportIsNotJudgedForIt() {
    var rule = new EvaluationRules.AuditsRule();
    Audit a = system().audits().get(0).withReportedToPersonIds("p-eng");
    Finding f = alone(rule, system().withAudits(a), Verdict.MINOR_NONCONFORMITY);
    assertEquals("内部审核 au-2025 的结果未向最高管理者报告", f.messageZh());
    assertEquals(List.of("c)"), f.items());
    List<Person> nobodyAtTheTop = system().persons().stream()
        .map(p -> p.withTopManagement(false)).toList();
    alone(rule, system().withAudits(a).withPersons(nobodyAtTheTop), Verdict.CONFORMS);
  }

  @Test
  void onlyTheLatestReviewHeldIsJudgedAndItsInputsAreListedInChinese() {
    ManagementReview r = system().managementReviews().get(0);
    Finding ok = alone(new EvaluationRules.ReviewIntervalRule(), system(), Verdict.CONFORMS);
    assertEquals("The latest management review, rev-2025, was held on 2025-12-20, within 12"
        + " months", ok.messageEn());
    assertEquals(List.of("rev-2025"), ok.recordIds());
    Finding in = alone(new EvaluationRules.ReviewInputsRule(), system(), Verdict.CONFORMS);
    assertEquals("Management review rev-2025 (2025-12-20) considered every input a), b) 1)–5),"
        + " c) 1)–5), d), e) and f)", in.messageEn());
    // a review after the assessment date, lacking every input and output, is not judged yet
    ManagementReview later = r.withId("rev-2026").withHeldOn(d("2026-06-20"))
        .withInputs(Map.of()).withOutputs(Map.of());
    for (String clause : List.of("9.4.1", "9.4.2", "9.4.3")) {
      only(system().withManagementReviews(r, later), clause, Verdict.CONFORMS);
    }
    Map<ReviewInput, String> inputs = new LinkedHashMap<>(r.inputs());
    inputs.remove(ReviewInput.ADEQUACY_OF_RESOURCES);
    inputs.remove(ReviewInput.CHANGES_IN_CARBON_ASSETS);
    Finding f = single(system().withManagementReviews(r.withInputs(inputs)), "9.4.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("管理评审 rev-2025 缺少输入：b) 5) 碳资产的变化；d) 资源的充分性", f.messageZh());
    assertEquals(List.of("rev-2025"), f.recordIds());
  }

  @Test
  void aMissedTargetWithAnActionConformsAndAReviewCanLackOutputsAndActionsAtOnce() {
    var rule = new EvaluationRules.ReviewOutputsRule();
    ManagementReview r = system().managementReviews().get(0);
    Finding none = alone(rule, system(), Verdict.CONFORMS);
    assertEquals("Management review rev-2025 (2025-12-20) has every output a)–e); targets found"
        + " not met: —, each with an action", none.messageEn());
    ManagementReview acted = r.withMissedTargetIds("gt-2030")
        .withActionsForMissedTargets(Map.of("gt-2030", List.of("ap-1")));
    only(system().withManagementReviews(acted), "9.4.3", Verdict.CONFORMS);
    Finding ok = alone(rule, system().withManagementReviews(acted), Verdict.CONFORMS);
    assertEquals("Management review rev-2025 (2025-12-20) has every output a)–e); targets found"
        + " not met: gt-2030, each with an action", ok.messageEn());
    assertEquals("管理评审 rev-2025（2025-12-20）输出 a)–e) 齐全；未实现的目标：gt-2030，均有措施",
        ok.messageZh());
    assertEquals(List.of("rev-2025"), ok.recordIds());
    Map<ReviewOutput, String> outputs = new LinkedHashMap<>(r.outputs());
    outputs.remove(ReviewOutput.CONCLUSIONS);
    List<Finding> both = evaluate(rule, system().withManagementReviews(r.withOutputs(outputs)
        .withMissedTargetIds("gt-2030")));
    assertEquals(List.of("Management review rev-2025 lacks the outputs a) "
        + ReviewOutput.CONCLUSIONS.label(java.util.Locale.ENGLISH),
        "Management review rev-2025 found the targets gt-2030 not met, but decided no action on"
        + " them"), both.stream().map(Finding::messageEn).toList());
    assertEquals(List.of(List.of("a)"), List.of("d)")), both.stream().map(Finding::items)
        .toList());
    assertEquals(List.of("rev-2025", "gt-2030"), both.get(1).recordIds());
  }

  // 10 Improvement

  @Test
  void anOverdueActionIsMinorAndAnIncompleteClosureMajor() {
    Nonconformity open = Nonconformity.report("nc-1", "燃气表超期未检定",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"))
        .contain("停用并送检", d("2025-11-13"))
        .analyseCause(CauseAnalysis.builder().cause("检定计划未更新").similarNonconformitiesElsewhere(
            "其他计量器具未发现").actionNeeded(true).analysedOn(d("2025-11-20")).build())
        .takeAction(CorrectiveAction.builder().id("ca-1").description("建立检定到期提醒")
            .responsiblePersonId("p-eng").dueDate(d("2026-01-31")).build());
    Finding g = single(system().withNonconformities(open), "10.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Corrective action ca-1 on nonconformity nc-1 (建立检定到期提醒) was due on"
        + " 2026-01-31 and is still open on 2026-03-31", g.messageEn());
    assertEquals(List.of("c)"), g.items());
    only(system().withNonconformities(open.completeAction("ca-1", d("2026-01-20"))), "10.2",
        Verdict.CONFORMS);
    // closed without cause analysis, action or effectiveness review: accepted, and reported
    Nonconformity closedBare = Nonconformity.report("nc-2", "燃气表超期未检定",
        NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"))
        .withClosedOn(d("2025-11-30"));
    Finding c = single(system().withNonconformities(closedBare), "10.2",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals(List.of("b)", "c)", "d)"), c.items());
    assertTrue(c.messageEn().startsWith("Nonconformity nc-2 is closed without what clause 10.2"
        + " b), c), d) asks for"), c.messageEn());
    // no reaction (a) is needed where not applicable
    Nonconformity closedFull = Nonconformity.report("nc-3", "燃气表超期未检定",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"))
        .analyseCause(CauseAnalysis.builder().cause("检定计划未更新").similarNonconformitiesElsewhere(
            "其他计量器具未发现").actionNeeded(true).analysedOn(d("2025-11-20")).build())
        .takeAction(CorrectiveAction.builder().id("ca-3").description("建立检定到期提醒")
            .responsiblePersonId("p-eng").dueDate(d("2026-01-31")).build())
        .completeAction("ca-3", d("2026-01-10"))
        .reviewEffectiveness(EffectivenessReview.of(d("2026-03-01"), true, "p-mgr", "无超期"))
        .close(d("2026-03-05"));
    only(system().withNonconformities(closedFull), "10.2", Verdict.CONFORMS);
  }

  @Test
  void aTrendNeedsTwoPeriodsIncludingTheLatest() {
    var results = system().monitoringResults();
    Finding f = single(system().withMonitoringResults(results.get(1)), "10.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Indicator values compared with the baseline are reported for one period only"
        + " (2025), which shows no development over time", f.messageEn());
    List<String> latest = problems(assess(system().withMonitoringResults(results.get(0))),
        "10.3");
    assertTrue(latest.contains("No indicator value compared with the baseline is reported for"
        + " 2025, the period of the latest inventory inv-2025"), latest::toString);
    Finding g = single(system().withMonitoringResults(List.of()), "10.3",
        Verdict.MAJOR_NONCONFORMITY);
    assertTrue(g.messageEn().startsWith("No indicator value compared with the carbon neutrality"
        + " baseline"));
  }

  @Test
  void aClosureWhoseActionsWereFoundIneffectiveLacksOnlyD() {
    Nonconformity ineffective = Nonconformity.report("nc-3", "燃气表超期未检定",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"))
        .analyseCause(CauseAnalysis.builder().cause("检定计划未更新").similarNonconformitiesElsewhere(
            "其他计量器具未发现").actionNeeded(true).analysedOn(d("2025-11-20")).build())
        .takeAction(CorrectiveAction.builder().id("ca-3").description("建立检定到期提醒")
            .responsiblePersonId("p-eng").dueDate(d("2026-01-31")).build())
        .completeAction("ca-3", d("2026-01-10"))
        .reviewEffectiveness(EffectivenessReview.of(d("2026-03-01"), false, "p-mgr", "仍有超期"))
        .withClosedOn(d("2026-03-05"));
    Finding f = single(system().withNonconformities(ineffective), "10.2",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("Nonconformity nc-3 is closed without what clause 10.2 d) asks for (cause"
        + " analysis b), corrective action c), effectiveness review d))", f.messageEn());
    assertEquals("不符合 nc-3 已关闭，但缺少第 10.2 条 d) 要求的内容（b) 原因分析、c) 纠正措施、d) 有效性评审）",
        f.messageZh());
    assertEquals(List.of("d)"), f.items());
    assertEquals(List.of("nc-3"), f.recordIds());
  }

  private static CauseAnalysis actionNeeded(java.time.LocalDate on) {
    return CauseAnalysis.builder().cause("职责未明确").similarNonconformitiesElsewhere("未发现")
        .actionNeeded(true).analysedOn(on).build();
  }

  @Test
  void noActionNeededNoActionDueAndAnActionCompletedLateConform() {
    CauseAnalysis noActionNeeded = CauseAnalysis.builder().cause("一次性读数抄录错误")
        .similarNonconformitiesElsewhere("未发现").actionNeeded(false).analysedOn(d("2025-11-20"))
        .build();
    Nonconformity closed = Nonconformity.report("nc-4", "抄表记录有误",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"))
        .analyseCause(noActionNeeded).withClosedOn(d("2025-11-25"));
    Nonconformity notDue = Nonconformity.report("nc-5", "看板数据未更新",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2026-02-01"))
        .analyseCause(actionNeeded(d("2026-02-05")))
        .takeAction(CorrectiveAction.builder().id("ca-5").description("指定看板责任人")
            .responsiblePersonId("p-mgr").dueDate(d("2026-06-30")).build());
    Nonconformity late = Nonconformity.report("nc-6", "燃气表超期未检定",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-12-01"))
        .analyseCause(actionNeeded(d("2025-12-05")))
        .takeAction(CorrectiveAction.builder().id("ca-6").description("送检")
            .responsiblePersonId("p-eng").dueDate(d("2026-01-31")).build())
        .completeAction("ca-6", d("2026-02-10"));
    ManagementSystem s = system().withNonconformities(closed, notDue, late);
    only(s, "10.2", Verdict.CONFORMS);
    Finding ok = alone(new ImprovementRules.NonconformityRule(), s, Verdict.CONFORMS);
    assertEquals("3 nonconformities: 1 closed, each with cause analysis, the corrective action"
        + " needed and a review of its effectiveness; 2 open, none with an overdue corrective"
        + " action", ok.messageEn());
    assertEquals("不符合 3 项：已关闭 1 项，均有原因分析、所需的纠正措施和有效性评审；未关闭 2 项，纠正措施均未逾期",
        ok.messageZh());
    assertEquals(List.of("nc-4", "nc-5", "nc-6"), ok.recordIds());
  }

  @Test
  void onlyComparisonsNamingAnIndicatorCountAndWithoutInventoryNoPeriodIsAsked() {
    var rule = new ImprovementRules.TrendRule();
    var results = system().monitoringResults();
    Finding ok = alone(rule, system(), Verdict.CONFORMS);
    assertEquals("Indicator values compared with the carbon neutrality baseline are reported for"
        + " 2 periods (2024, 2025)", ok.messageEn());
    assertEquals("已报告 2 个期间（2024, 2025）绩效参数与碳中和基准的比较", ok.messageZh());
    assertEquals(List.of("mr-2024", "mr-2025"), ok.recordIds());
    // the result of 2025 names no indicator: only 2024 counts, and the latest inventory's period
    // is missing
    List<Finding> f = evaluate(rule, system().withMonitoringResults(results.get(0),
        results.get(1).withIndicatorId(java.util.Optional.empty())));
    assertEquals(List.of("Indicator values compared with the baseline are reported for one period"
        + " only (2024), which shows no development over time", "No indicator value compared"
        + " with the baseline is reported for 2025, the period of the latest inventory inv-2025"),
        f.stream().map(Finding::messageEn).toList());
    assertEquals(List.of(Verdict.MINOR_NONCONFORMITY, Verdict.MINOR_NONCONFORMITY),
        f.stream().map(Finding::verdict).toList());
    assertEquals(List.of("inv-2025", "mr-2024"), f.get(1).recordIds());
    assertEquals("最新清单 inv-2025 的期间 2025 没有报告绩效参数与碳中和基准的比较", f.get(1).messageZh());
    // without any inventory only the single period is reported
    ManagementSystem noInventory = system().withGhgReports(List.of())
        .withBaselines(system().baselines().get(0).withInventoryIds(List.of()))
        .withInventories(List.of());
    Finding g = alone(rule, noInventory.withMonitoringResults(results.get(0)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("绩效参数与碳中和基准的比较只报告了一个期间（2024），不能反映随时间的变化", g.messageZh());
    assertEquals(List.of("mr-2024"), g.recordIds());
  }
}
