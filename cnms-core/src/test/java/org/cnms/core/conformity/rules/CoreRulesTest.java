package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.plan;
import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentParameters;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.CoreRules;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.context.ContextIssue;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.evaluation.ReviewOutput;
import org.cnms.core.improvement.EffectivenessReview;
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
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.PolicyCommitment;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.ScopeExclusion;
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
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

class CoreRulesTest {

  private static final List<ConformityRule> RULES = new CoreRules().rules();
  private static final ConformityAssessment ASSESSMENT = ConformityAssessment.of(RULES);

  private static final List<String> CORE_REQUIREMENTS = List.of("4.1", "4.2", "4.3.1", "5.1", "5.2",
      "5.3", "6.1.1", "6.1.2", "6.6.1", "6.6.2", "6.6.3", "6.8", "7.2", "7.5.3", "8.1.1", "8.4", "9.2",
      "9.3.1", "9.3.2", "9.3.2", "9.3.2", "9.3.2", "9.4.1", "9.4.2", "9.4.3", "10.2", "10.3");

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
  void oneRulePerCoreRequirementWithStableIds() {
    List<String> requirements = RULES.stream().map(ConformityRule::requirementId).toList();
    assertEquals(CORE_REQUIREMENTS, requirements);
    Set<String> ids = new HashSet<>();
    for (ConformityRule r : RULES) {
      assertTrue(ids.add(r.id()));
      assertTrue(r.id().startsWith("core." + r.requirementId() + "."), r.id());
      assertTrue(RequirementCatalogue.tcas612().get(r.requirementId()).checkableFromData());
    }
    assertEquals("core.6.6.1.vision-and-phases", RULES.get(8).id());
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
    for (String r : new java.util.LinkedHashSet<>(CORE_REQUIREMENTS)) {
      List<Finding> findings = report.findingsFor(r);
      assertEquals(java.util.Collections.frequency(CORE_REQUIREMENTS, r), findings.size(), r);
      findings.forEach(f -> assertEquals(Verdict.CONFORMS, f.verdict(), () -> findings.toString()));
    }
    assertEquals("Data-quality plan dq-1 covers all 2 sources and sinks of inventory inv-2025",
        report.findingsFor("6.8").get(0).messageEn());
    assertEquals(List.of("dq-1", "inv-2025"), report.findingsFor("6.8").get(0).recordIds());
    assertEquals("职责 a)–f) 均分配给有人担任的角色：a) role-rep；b) role-rep；c) role-rep；d) role-rep；"
        + "e) role-rep；f) role-rep", report.findingsFor("5.3").get(0).messageZh());
  }

  // 4 Context

  @Test
  void issuesOfOnlyOneKindAreMinorAndNoneAreMajor() {
    ManagementSystem s = system();
    List<ContextIssue> external = s.contextIssues().stream()
        .filter(i -> i.id().equals("iss-ext")).toList();
    Finding f = single(s.withContextIssues(external), "4.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Only external issues are recorded (iss-ext); no internal issue is",
        f.messageEn());
    assertEquals("只记录了外部问题（iss-ext），未记录任何内部问题", f.messageZh());
    assertEquals(List.of("iss-ext"), f.recordIds());
  }

  @Test
  void aPartyReviewedTooLongAgoOrWithoutRequirementsIsMinor() {
    InterestedParty gov = system().interestedParties().get(0);
    Finding f = single(system().withInterestedParties(gov.withLastReviewedOn(d("2025-03-30"))),
        "4.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Interested party gov (市生态环境局) was last reviewed on 2025-03-30, more than the"
        + " review interval of 12 months before 2026-03-31", f.messageEn());
    assertEquals(List.of("gov"), f.recordIds());
    // 2025-03-31 is exactly 12 months before the assessment: still within the interval
    only(system().withInterestedParties(gov.withLastReviewedOn(d("2025-03-31"))), "4.2",
        Verdict.CONFORMS);
    // the party's own interval takes precedence over the default
    single(system().withInterestedParties(gov.withReviewIntervalMonths(3)), "4.2",
        Verdict.MINOR_NONCONFORMITY);
    Finding none = single(system().withInterestedParties(gov.withRequirements(List.of())),
        "4.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Interested party gov (市生态环境局) has no recorded requirement", none.messageEn());
    // the assessor's default interval applies to parties without their own
    AssessmentReport threeMonths = ASSESSMENT.assess(AssessmentContext.builder().system(system())
        .assessmentDate(SystemFixtures.ON).parameters(AssessmentParameters.builder()
            .partyReviewIntervalMonths(3).build()).build());
    assertEquals(Verdict.MINOR_NONCONFORMITY, threeMonths.verdicts().get("4.2"));
  }

  @Test
  void aRegisteredFacilityOutsideTheBoundaryNeedsAJustifiedExclusion() {
    ManagementSystem s = system();
    List<Facility> facilities = new ArrayList<>(s.facilities());
    facilities.add(Facility.builder().id("wh-9").name("外租仓库").kind(FacilityKind.WAREHOUSE)
        .build());
    Finding f = single(s.withFacilities(facilities), "4.3.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Facility wh-9 (外租仓库) lies outside the organisational boundary, and the scope"
        + " statement gives no justified exclusion for it", f.messageEn());
    only(s.withFacilities(facilities).withScope(s.scope().withExclusions(List.of(
        ScopeExclusion.of("外租仓库", "非本组织运营控制")))), "4.3.1", Verdict.CONFORMS);
    single(s.withScope(s.scope().withActivities(List.of())), "4.3.1",
        Verdict.MINOR_NONCONFORMITY);
  }

  // 5 Leadership

  @Test
  void anUnapprovedPlanIsMinorAndNoTopManagementTeamIsMajor() {
    Finding f = single(system().withActionPlans(plan().build().withApproval(
        java.util.Optional.empty())), "5.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Action plans ap-1 carry no approval by top management", f.messageEn());
    CarbonNeutralityTeam team = system().teams().get(0);
    Finding g = single(system().withTeams(team.withTopManagement(false)), "5.1",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("None of the carbon-neutrality teams (team-top) is led by top management",
        g.messageEn());
  }

  @Test
  void aMissingCommitmentIsMajorAndAnOverdueReviewMinor() {
    CarbonNeutralityPolicy p = system().policies().get(0);
    EnumSet<PolicyCommitment> some = EnumSet.allOf(PolicyCommitment.class);
    some.remove(PolicyCommitment.CARBON_NEUTRALITY_GOAL);
    Finding f = single(system().withPolicies(p.withCommitments(some)), "5.2",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("Carbon-neutrality policy pol-1 (A/0) lacks the commitments e) Commitment to the"
        + " final goal of carbon neutrality", f.messageEn());
    Finding g = single(system().withPolicies(p.withLastReviewedOn(d("2024-12-31"))), "5.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("碳中和方针 pol-1 上次评审于 2024-12-31，至评价日 2026-03-31 已超过 12 个月的评审周期",
        g.messageZh());
    // a new version that supersedes the old one is judged instead
    CarbonNeutralityPolicy next = p.withLastReviewedOn(java.util.Optional.empty())
        .withId("pol-2").withVersionLabel("A/1").withSupersedes("pol-1")
        .withIssuedOn(d("2026-01-10"));
    only(system().withPolicies(p.withCommitments(some), next), "5.2", Verdict.CONFORMS);
  }

  @Test
  void aDutyWithoutAHeldRoleIsMinor() {
    Role role = system().roles().get(0);
    EnumSet<RoleDuty> duties = EnumSet.allOf(RoleDuty.class);
    duties.remove(RoleDuty.DEFINE_ACCOUNTING_METHODS);
    Finding f = single(system().withRoles(role.withDuties(duties)), "5.3",
        Verdict.MINOR_NONCONFORMITY);
    assertTrue(f.messageEn().startsWith("Duty f) \""), f.messageEn());
    assertTrue(f.messageEn().endsWith("\" is assigned to no role"), f.messageEn());
    List<Finding> vacant = only(system().withRoles(role.withHolderPersonIds(List.of())), "5.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals(6, vacant.size());
    assertTrue(vacant.get(0).messageEn().endsWith("belongs to roles role-rep, which no person holds"),
        vacant.get(0).messageEn());
  }

  // 6.1 Risks and opportunities

  @Test
  void risksWithoutContextLinkAreMinor() {
    RiskOrOpportunity r = system().risks().get(0);
    Finding f = single(system().withRisks(r.withRelatedIssueIds(List.of())), "6.1.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("None of the risks and opportunities (risk-1) is linked to a context issue or an"
        + " interested party", f.messageEn());
  }

  @Test
  void aHighRiskNeedsAnActionWithAnEvaluationMethod() {
    RiskAction a = system().riskActions().get(0);
    Finding f = single(system().withRiskActions(a.withEvaluationMethod(
        java.util.Optional.empty())), "6.1.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("risk-1", "ra-1"), f.recordIds());
    Finding g = single(system().withRiskActions(List.of()), "6.1.2",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("High-rated risk risk-1 (碳价上涨增加履约成本) has no action", g.messageEn());
  }

  // 6.6 Targets and plans

  @Test
  void aTargetWithoutMeansIsMinor() {
    CarbonNeutralityTarget t = system().neutralityTargets().get(0);
    Finding f = single(system().withNeutralityTargets(t.withMeans(List.of())), "6.6.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Carbon-neutrality target cnt-1 names no means of reaching neutrality",
        f.messageEn());
  }

  @Test
  void aPhasedTargetNotBrokenDownIsMinor() {
    CarbonNeutralityTarget t = system().neutralityTargets().get(0);
    List<PhasedTarget> phases = new ArrayList<>(t.phasedTargets());
    phases.add(PhasedTarget.builder().id("pt-2040").year(2040)
        .kind(PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE)
        .value(new java.math.BigDecimal("60")).description("较2024年减排60%").build());
    Finding f = single(system().withNeutralityTargets(t.withPhasedTargets(phases)), "6.6.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Phased target pt-2040 (2040: 较2024年减排60%) is broken down into no GHG target",
        f.messageEn());
  }

  @Test
  void aPlanLackingAnItemOrATargetWithoutPlanIsMinor() {
    Finding f = single(system().withActionPlans(plan().build().withVerificationMethod(
        java.util.Optional.empty())), "6.6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Action plan ap-1 (锅炉烟气余热回收) lacks verificationMethod", f.messageEn());
    assertEquals(List.of("ap-1", "gt-2030"), f.recordIds());
    Finding g = single(system().withActionPlans(plan().build().withStatus(
        org.cnms.core.performance.ActionStatus.CANCELLED)), "6.6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG target gt-2030 has no action plan", g.messageEn());
  }

  // 6.8 Data quality

  @Test
  void inventoryDataOutsideTheDataQualityPlanIsMinor() {
    DataQualityPlan p = system().dataQualityPlans().get(0);
    Finding f = single(system().withDataQualityPlans(p.withItems(p.items().get(0))), "6.8",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The activity data of sources or sinks src-power in inventory inv-2025"
        + " (2025) are not covered by data-quality plan dq-1", f.messageEn());
    assertEquals(List.of("inv-2025", "src-power"), f.recordIds());
    Finding g = single(system().withDataQualityPlans(List.of()), "6.8",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No data-quality control plan is kept", g.messageEn());
  }

  // 7 Support

  @Test
  void anExpiredCompetenceRecordIsMinor() {
    CompetenceRecord r = system().competenceRecords().get(0);
    Finding f = single(system().withCompetenceRecords(r.withValidUntil(d("2026-01-31"))), "7.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Person p-mgr, who holds role role-rep, has no competence record valid on"
        + " 2026-03-31 (crec-1 expired)", f.messageEn());
    Finding g = single(system().withCompetenceRecords(r.withRequirementIds(List.of()))
        .withCompetenceRequirements(List.of()), "7.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Role role-rep (碳中和管理者代表) has no competence requirement", g.messageEn());
  }

  @Test
  void anUnapprovedInternalDocumentIsMinorButExternalOnesNeedNoApproval() {
    DocumentedInformation doc = system().documents().get(0);
    DocumentVersion v = doc.versions().get(0);
    Finding f = single(system().withDocuments(doc.withVersions(v.withApproval(
        java.util.Optional.empty())), system().documents().get(1)), "7.5.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Document CNMS-M-01 \"碳中和管理手册\": its current version A/0 (issued 2024-01-05"
        + " by p-mgr) is not approved", f.messageEn());
  }

  // 8 Operation

  @Test
  void aSignificantSourceWithoutCriterionIsMinor() {
    OperationalCriterion c = system().operationalCriteria().get(0);
    Finding f = single(system().withOperationalCriteria(c.withSourceIds("src-boiler")), "8.1.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Significant GHG sources src-power have no operational criterion",
        f.messageEn());
    single(system().withOperationalCriteria(List.of()), "8.1.1", Verdict.MAJOR_NONCONFORMITY);
  }

  @Test
  void aChangeOfMajorSourcesWithoutRecalculationCheckIsMinor() {
    ChangeRecord c = system().changes().get(0);
    Finding f = single(system().withChanges(c.withKind(ChangeKind.MAJOR_SOURCES_AND_SINKS)),
        "8.4", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Change ch-1 (b) Major GHG sources and sinks, 2025-06-01: 二车间新增一条装配线) has no"
        + " baseline-recalculation check", f.messageEn());
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
}
