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
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.CoreRules;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.FindingKind;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.improvement.CauseAnalysis;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.Severity;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

class CoreRulesTest {

  private static final List<ConformityRule> RULES = new CoreRules().rules();
  private static final ConformityAssessment ASSESSMENT = ConformityAssessment.of(RULES);

  private static final List<String> CORE_REQUIREMENTS = List.of("4.1", "4.2", "4.3.1", "4.3.2",
      "5.1", "5.2", "5.3", "6.1.1", "6.1.2", "6.6.1", "6.6.2", "6.6.3", "6.8", "7.1", "7.2", "7.4",
      "7.5.2", "7.5.3", "8.1.1", "8.1.2", "8.1.3", "8.2", "8.3", "8.4", "9.2",
      "9.3.2", "9.4.2", "10.2", "10.3");

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
  void anObligationEvaluatedTooLongAgoIsMinor() {
    var e = system().complianceEvaluations().get(0);
    Finding f = single(system().withComplianceEvaluations(e.withEvaluatedOn(d("2025-01-15"))),
        "9.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Compliance obligation obl-1 (温室气体排放报告管理办法) was last evaluated on"
        + " 2025-01-15 (ce-1), more than 12 months before 2026-03-31", f.messageEn());
    Finding g = single(system().withComplianceEvaluations(List.of()), "9.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Compliance obligation obl-1 (温室气体排放报告管理办法) has never been evaluated",
        g.messageEn());
  }

  @Test
  void auditsMustCoverEveryClauseAndAuditorsNotTheirOwnWork() {
    Audit a = system().audits().get(0);
    Finding f = single(system().withAudits(a.withScopeClauses("4", "5", "6", "7", "9", "10")),
        "9.3.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The internal audits of the cycle from 2025-03-31 to 2026-03-31 (au-2025) did"
        + " not cover clauses 8.1.1, 8.1.2, 8.1.3, 8.2, 8.3, 8.4", f.messageEn());
    Finding g = single(system().withAudits(a.withAuditedAreas(AuditedArea.ofClause("6",
        "p-aud"))), "9.3.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("In internal audit au-2025 (2025-11-10) auditors p-aud audited areas they are"
        + " responsible for", g.messageEn());
    Finding h = single(system().withAudits(a.withConductedOn(d("2025-03-20"))), "9.3.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("No internal audit under programme prog-2025 was conducted in the audit cycle of"
        + " 12 months from 2025-03-31 to 2026-03-31", h.messageEn());
  }

  @Test
  void aReviewLackingAnInputOrLeavingAMissedTargetWithoutActionIsMinor() {
    ManagementReview r = system().managementReviews().get(0);
    Map<ReviewInput, String> inputs = new LinkedHashMap<>(r.inputs());
    inputs.remove(ReviewInput.ADEQUACY_OF_RESOURCES);
    Finding f = single(system().withManagementReviews(r.withInputs(inputs)), "9.4.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Management review rev-2025 lacks the inputs d) Adequacy of resources",
        f.messageEn());
    Finding g = single(system().withManagementReviews(r.withMissedTargetIds("gt-2030")), "9.4.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Management review rev-2025 found targets gt-2030 missed, but decided no action"
        + " on them", g.messageEn());
    Finding h = single(system().withManagementReviews(r.withHeldOn(d("2025-02-20"))), "9.4.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The latest management review, rev-2025, was held on 2025-02-20, more than 12"
        + " months before 2026-03-31", h.messageEn());
  }

  // 10 Improvement

  @Test
  void anUnrecordedAuditNonconformityOrAnOverdueActionIsMinor() {
    Audit a = system().audits().get(0);
    AuditFinding nc = AuditFinding.builder().id("af-1").clause("9.1.3")
        .kind(FindingKind.MINOR_NONCONFORMITY).description("燃气表超期未检定").build();
    Finding f = single(system().withAudits(a.withFindings(nc)), "10.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Nonconformity af-1 of internal audit au-2025 (clause 9.1.3: 燃气表超期未检定) is"
        + " not recorded as a nonconformity to be corrected", f.messageEn());
    Nonconformity open = Nonconformity.report("nc-1", "燃气表超期未检定",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2025-11-12"))
        .contain("停用并送检", d("2025-11-13"))
        .analyseCause(CauseAnalysis.builder().cause("检定计划未更新").similarNonconformitiesElsewhere(
            "其他计量器具未发现").actionNeeded(true).analysedOn(d("2025-11-20")).build())
        .takeAction(CorrectiveAction.builder().id("ca-1").description("建立检定到期提醒")
            .responsiblePersonId("p-eng").dueDate(d("2026-01-31")).build());
    Finding g = single(system().withNonconformities(open)
        .withAudits(a.withFindings(nc.withNonconformityId("nc-1"))), "10.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Corrective action ca-1 (建立检定到期提醒) on nonconformity nc-1 was due on"
        + " 2026-01-31 and is still open on 2026-03-31", g.messageEn());
    only(system().withNonconformities(open.completeAction("ca-1", d("2026-01-20")))
        .withAudits(a.withFindings(nc.withNonconformityId("nc-1"))), "10.2",
        Verdict.CONFORMS);
  }

  @Test
  void aTrendNeedsTwoPeriodsIncludingTheLatest() {
    var results = system().monitoringResults();
    Finding f = single(system().withMonitoringResults(results.get(1)), "10.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The improvement of indicators against the baseline is reported for one period"
        + " only (2025), which shows no trend", f.messageEn());
    Finding g = single(system().withMonitoringResults(List.of()), "10.3",
        Verdict.MAJOR_NONCONFORMITY);
    assertTrue(g.messageEn().startsWith("No result of an indicator's improvement"));
  }
}
