// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.plan;
import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.cnms.core.conformity.rules.RuleAssertions.ASSESSMENT;
import static org.cnms.core.conformity.rules.RuleAssertions.RULES;
import static org.cnms.core.conformity.rules.RuleAssertions.assess;
import static org.cnms.core.conformity.rules.RuleAssertions.findings;
import static org.cnms.core.conformity.rules.RuleAssertions.only;
import static org.cnms.core.conformity.rules.RuleAssertions.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.Approval;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.LeadershipItem;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.PolicyItem;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.leadership.TeamLevel;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.Resource;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

/** The rules of clause 5 on the conforming fixture and with one defect at a time. */
class LeadershipRulesTest {

  private static CarbonNeutralityPolicy policy() {
    return system().policies().get(0);
  }

  private static Role role() {
    return system().roles().get(0);
  }

  @Test
  void theFixtureConformsToEveryClause5RuleWithItsMessage() {
    ManagementSystem s = system();
    assertEquals("Top management (p-ceo) shows leadership and commitment under each of a)–k) (11"
        + " records)", single(s, "core.5.1.leadership-evidence", Verdict.CONFORMS).messageEn());
    assertEquals("碳中和管理团队：team-top；组织记录的 1 个层级均配备了相关管理人员",
        single(s, "core.5.1.management-team-and-managers", Verdict.CONFORMS).messageZh());
    assertEquals("碳中和方针 pol-1 包括 c) 和 d) 的承诺，并支持 e) 采购和 f) 设计活动",
        single(s, "core.5.2.policy-content", Verdict.CONFORMS).messageZh());
    assertEquals(List.of("c)", "d)", "e)", "f)"),
        single(s, "core.5.2.policy-content", Verdict.CONFORMS).items());
    assertEquals("碳中和管理团队承担职责 a)–f)：a) role-rep；b) role-rep；c) role-rep；d) role-rep；"
        + "e) role-rep；f) role-rep",
        single(s, "core.5.3.team-responsibilities", Verdict.CONFORMS).messageZh());
    assertEquals("Roles role-rep report to top management within their set intervals",
        single(s, "core.5.3.reporting-to-top-management", Verdict.CONFORMS).messageEn());
    only(s, "5.1", Verdict.CONFORMS);
  }

  @Test
  void everyClause5RuleDeclaresTheRegisterRowsItJudges() {
    Map<String, List<String>> declared = new LinkedHashMap<>();
    RULES.stream().filter(r -> r.id().startsWith("core.5."))
        .forEach(r -> declared.put(r.id(), r.judgedItems()));
    assertEquals(Map.ofEntries(
        Map.entry("core.5.1.leadership-evidence", List.of("—1")),
        Map.entry("core.5.1.policy-and-targets", List.of("b)")),
        Map.entry("core.5.1.action-plans-approved-and-carried-out", List.of("d)")),
        Map.entry("core.5.1.resources-provided", List.of("e)")),
        Map.entry("core.5.1.communication-with-employees", List.of("f)")),
        Map.entry("core.5.1.management-team-and-managers", List.of("h)")),
        Map.entry("core.5.1.beyond.team-led-by-top-management", List.of("h)")),
        Map.entry("core.5.1.change-process", List.of("k)")),
        Map.entry("core.5.2.policy-set", List.of("—1")),
        Map.entry("core.5.2.policy-content", List.of("c)", "d)", "e)", "f)")),
        Map.entry("core.5.2.policy-available-communicated-reviewed", List.of("list 2 a)", "list 2 b)", "list 2 c)")),
        Map.entry("core.5.3.roles-assigned-and-communicated", List.of("—1")),
        Map.entry("core.5.3.team-responsibilities",
            List.of("—2", "a)", "b)", "c)", "d)", "e)", "f)")),
        Map.entry("core.5.3.reporting-to-top-management", List.of("d)"))), declared);
    RULES.stream().filter(r -> r.id().startsWith("core.5."))
        .forEach(r -> assertEquals(r.id().contains(".beyond."), r.beyondTheStandard(), r.id()));
  }

  // 5.1

  @Test
  void topManagementNotRecordedOrItemsWithoutEvidenceAreMinor() {
    ManagementSystem s = system();
    ManagementSystem noTop = s.withPersons(s.persons().stream()
        .map(p -> p.withTopManagement(false)).toList());
    assertEquals("Who is top management is not recorded: no person is marked as top management",
        single(noTop, "core.5.1.leadership-evidence", Verdict.MINOR_NONCONFORMITY).messageEn());

    ManagementSystem missing = s.withLeadershipCommitments(s.leadershipCommitments().stream()
        .filter(c -> c.item() != LeadershipItem.MANAGEMENT_TEAM_AND_MANAGERS
            && c.item() != LeadershipItem.CHANGES).toList());
    Finding f = single(missing, "core.5.1.leadership-evidence", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("h)", "k)"), f.items());
    assertEquals("没有记录表明最高管理者在以下方面证实其领导作用和承诺：h) 确保组建碳中和管理团队，并在组织各层级"
        + "配备相关管理人员；k) 确保建立并实施过程，识别和应对范围和边界内影响碳中和管理体系及其绩效的变化",
        f.messageZh());
    only(missing, "5.1", Verdict.MINOR_NONCONFORMITY);
  }

  @Test
  void policyOrTargetsNotSetAreMinorOnB() {
    ManagementSystem s = system();
    ManagementSystem noTarget = s
        .withActionPlans(plan().build().withGhgTargetIds(List.<String>of()))
        .withGhgTargets(List.<GhgTarget>of())
        .withNeutralityTargets(List.<CarbonNeutralityTarget>of());
    Finding f = single(noTarget, "core.5.1.policy-and-targets", Verdict.MINOR_NONCONFORMITY);
    assertEquals("No carbon-neutrality target is set", f.messageEn());
    assertEquals(List.of("b)"), f.items());
    assertEquals("未制定碳中和方针", single(s.withPolicies(List.<CarbonNeutralityPolicy>of()),
        "core.5.1.policy-and-targets", Verdict.MINOR_NONCONFORMITY).messageZh());
    assertEquals("Neither a carbon-neutrality policy nor a carbon-neutrality target is set",
        single(noTarget.withPolicies(List.<CarbonNeutralityPolicy>of()),
            "core.5.1.policy-and-targets", Verdict.MINOR_NONCONFORMITY).messageEn());
  }

  @Test
  void actionPlansUnapprovedOrNotCarriedOutAreMinorOnD() {
    Finding f = single(system().withActionPlans(plan().build().withApproval(Optional.empty())),
        "core.5.1.action-plans-approved-and-carried-out", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Action plans ap-1 are not approved", f.messageEn());
    assertEquals("措施计划 ap-1 未经批准", f.messageZh());
    assertEquals(List.of("d)"), f.items());
    only(system().withActionPlans(plan().build().withApproval(Optional.empty())), "5.1",
        Verdict.MINOR_NONCONFORMITY);
    // due the day before the assessment and not completed: not carried out
    ActionPlan late = plan().build().withDueDate(d("2026-03-30"))
        .withStatus(ActionStatus.IN_PROGRESS);
    assertEquals("措施计划 ap-1 的完成日期早于 2026-03-31，但尚未完成", single(system().withActionPlans(late),
        "core.5.1.action-plans-approved-and-carried-out", Verdict.MINOR_NONCONFORMITY)
        .messageZh());
    // due on the assessment date, or completed, or cancelled: nothing to report
    only(system().withActionPlans(late.withDueDate(d("2026-03-31"))), "5.1", Verdict.CONFORMS);
    only(system().withActionPlans(late.withStatus(ActionStatus.COMPLETED)), "5.1",
        Verdict.CONFORMS);
    assertEquals("All 0 action plans are approved and none is left undone after its due date",
        single(system().withActionPlans(late.withStatus(ActionStatus.CANCELLED)
            .withApproval(Optional.empty())), "core.5.1.action-plans-approved-and-carried-out",
            Verdict.CONFORMS).messageEn());
  }

  @Test
  void noResourcesOrNoInternalCommunicationAreMinorOnEAndF() {
    Finding e = single(system().withResources(List.<Resource>of()), "core.5.1.resources-provided",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("No resource provided for the CNMS is recorded", e.messageEn());
    assertEquals(List.of("e)"), e.items());
    Communication c = system().communications().get(0);
    Finding f = single(system().withCommunications(c.withDirection(
        CommunicationDirection.EXTERNAL)), "core.5.1.communication-with-employees",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("未记录任何与员工进行的内部沟通", f.messageZh());
    assertEquals(List.of("f)"), f.items());
  }

  @Test
  void noManagementTeamIsMajorAndALevelWithoutManagersMinorOnH() {
    ManagementSystem s = system();
    CarbonNeutralityTeam team = s.teams().get(0);
    ManagementSystem noTeam = s.withTeams(team.withLevel(TeamLevel.DEPARTMENT));
    Finding f = single(noTeam, "core.5.1.management-team-and-managers",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No carbon-neutrality management team is formed: no team at the level of the"
        + " enterprise", f.messageEn());
    assertEquals(List.of("h)"), f.items());

    ManagementSystem facilityLevel = s.withOrganisation(s.organisation().withLevels(
        TeamLevel.ENTERPRISE, TeamLevel.FACILITY));
    Finding g = single(facilityLevel, "core.5.1.management-team-and-managers",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("组织的厂区层未配备相关管理人员", g.messageZh());
    only(facilityLevel, "5.1", Verdict.MINOR_NONCONFORMITY);
    ManagementSystem placed = facilityLevel.withTeams(team, CarbonNeutralityTeam.builder()
        .id("team-plant").name("一厂碳中和管理人员").level(TeamLevel.FACILITY).facilityId("plant-1")
        .addMemberPersonId("p-eng").leaderPersonId("p-eng").build());
    only(placed, "5.1", Verdict.CONFORMS);
  }

  @Test
  void aTeamNotLedByTopManagementIsAnObservationBeyondTheStandard() {
    CarbonNeutralityTeam team = system().teams().get(0);
    ManagementSystem s = system().withTeams(team.withLeaderPersonId("p-mgr"));
    Finding f = single(s, "core.5.1.beyond.team-led-by-top-management", Verdict.OBSERVATION);
    assertTrue(f.beyondTheStandard());
    assertEquals("The carbon-neutrality management team team-top is led by p-mgr, who is not top"
        + " management (good practice beyond T/CAS 612)", f.messageEn());
    only(s, "5.1", Verdict.OBSERVATION);
    assertEquals(Verdict.CONFORMS, ASSESSMENT.withoutBeyondTheStandard()
        .assess(RulesFixture.context(s)).verdicts().get("5.1"));
  }

  @Test
  void noRecordOfChangesIsMinorOnK() {
    Finding f = single(system().withChanges(List.of()), "core.5.1.change-process",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("No change within the scope and boundary is recorded: the process that"
        + " identifies and handles changes shows no record", f.messageEn());
    assertEquals(List.of("k)"), f.items());
    assertEquals("识别和应对变化的过程已记录范围和边界内的变化 1 项",
        single(system(), "core.5.1.change-process", Verdict.CONFORMS).messageZh());
  }

  // 5.2

  @Test
  void aPolicyNotSetByTopManagementIsMajorOrMinor() {
    ManagementSystem none = system().withPolicies(List.<CarbonNeutralityPolicy>of());
    assertEquals("No carbon-neutrality policy is set",
        single(none, "core.5.2.policy-set", Verdict.MAJOR_NONCONFORMITY).messageEn());
    single(none, "core.5.2.policy-content", Verdict.MAJOR_NONCONFORMITY);
    single(none, "core.5.2.policy-available-communicated-reviewed", Verdict.MAJOR_NONCONFORMITY);
    ManagementSystem unapproved = system().withPolicies(policy().withApproval(Optional.empty()));
    assertEquals("碳中和方针 pol-1（A/0）未经最高管理者批准",
        single(unapproved, "core.5.2.policy-set", Verdict.MINOR_NONCONFORMITY).messageZh());
    only(unapproved, "5.2", Verdict.MINOR_NONCONFORMITY);
    ManagementSystem byManager = system().withPolicies(policy().withApproval(
        Approval.of("p-mgr", d("2024-01-05"))));
    assertEquals("The carbon-neutrality policy pol-1 (A/0) is approved by p-mgr, who is not top"
        + " management", single(byManager, "core.5.2.policy-set", Verdict.MINOR_NONCONFORMITY)
        .messageEn());
  }

  @Test
  void aMissingCommitmentIsMajorAndAMissingStatementMinor() {
    EnumSet<PolicyItem> noD = EnumSet.allOf(PolicyItem.class);
    noD.remove(PolicyItem.COMMITMENT_TO_IMPROVEMENT_AND_NEUTRALITY);
    Finding f = single(system().withPolicies(policy().withItems(noD)), "core.5.2.policy-content",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("The carbon-neutrality policy pol-1 (A/0) lacks d) Commitment to keep improving"
        + " the system and its performance and to reach carbon neutrality in the end",
        f.messageEn());
    assertEquals(List.of("d)"), f.items());
    EnumSet<PolicyItem> noEf = EnumSet.allOf(PolicyItem.class);
    noEf.removeAll(List.of(PolicyItem.SUPPORTS_PROCUREMENT, PolicyItem.SUPPORTS_DESIGN));
    Finding g = single(system().withPolicies(policy().withItems(noEf)), "core.5.2.policy-content",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("碳中和方针 pol-1（A/0）缺少：e) 支持影响碳中和绩效的产品和服务的采购；f) 支持考虑碳中和绩效改进的设计活动",
        g.messageZh());
    assertEquals(List.of("e)", "f)"), g.items());
    // a) and b) are for an auditor to judge: their absence from the record is no finding
    only(system().withPolicies(policy().withItems(EnumSet.range(
        PolicyItem.COMMITMENT_TO_REQUIREMENTS, PolicyItem.SUPPORTS_DESIGN))), "5.2",
        Verdict.CONFORMS);
  }

  @Test
  void aPolicyNotAvailableNotCommunicatedOrNotReviewedIsMinor() {
    Finding a = single(system().withPolicies(policy().withDocumentId(Optional.empty())),
        "core.5.2.policy-available-communicated-reviewed", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("list 2 a)"), a.items());
    assertEquals("The carbon-neutrality policy pol-1 is not available as documented information:"
        + " it names no document of the register", a.messageEn());
    Finding b = single(system().withPolicies(policy().withCommunicatedTo(List.<String>of())),
        "core.5.2.policy-available-communicated-reviewed", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("list 2 b)"), b.items());
    assertEquals("未记录碳中和方针 pol-1 在组织内的沟通", b.messageZh());
    ManagementSystem overdue = system().withPolicies(policy().withLastReviewedOn(
        d("2024-12-31")));
    Finding c = single(overdue, "core.5.2.policy-available-communicated-reviewed",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("碳中和方针 pol-1 上次评审于 2024-12-31，至评价日 2026-03-31 已超过 12 个月的评审周期",
        c.messageZh());
    assertEquals(List.of("list 2 c)"), c.items());
    only(overdue, "5.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The carbon-neutrality policy pol-1 was issued on 2024-01-05 and never reviewed"
        + " since, more than the review interval of 12 months before 2026-03-31",
        single(system().withPolicies(policy().withLastReviewedOn(Optional.empty())),
            "core.5.2.policy-available-communicated-reviewed", Verdict.MINOR_NONCONFORMITY)
            .messageEn());
    // a new version that supersedes the old one is judged instead
    CarbonNeutralityPolicy next = policy().withLastReviewedOn(Optional.empty()).withId("pol-2")
        .withVersionLabel("A/1").withSupersedes("pol-1").withIssuedOn(d("2026-01-10"));
    only(system().withPolicies(policy().withLastReviewedOn(d("2024-12-31")), next), "5.2",
        Verdict.CONFORMS);
  }

  // 5.3

  @Test
  void rolesNoneVacantOrNotMadeKnown() {
    ManagementSystem none = system().withCompetenceRecords(List.of())
        .withCompetenceRequirements(List.of()).withRoles(List.<Role>of());
    assertEquals("No role, responsibility or authority for the CNMS is assigned",
        single(none, "core.5.3.roles-assigned-and-communicated", Verdict.MAJOR_NONCONFORMITY)
            .messageEn());
    single(none, "core.5.3.reporting-to-top-management", Verdict.MINOR_NONCONFORMITY);
    Finding notKnown = single(system().withRoles(role().withCommunicatedOn(Optional.empty())),
        "core.5.3.roles-assigned-and-communicated", Verdict.MINOR_NONCONFORMITY);
    assertEquals("未记录角色 role-rep 的职责和权限已在组织内沟通", notKnown.messageZh());
    only(system().withRoles(role().withCommunicatedOn(Optional.empty())), "5.3",
        Verdict.MINOR_NONCONFORMITY);
    List<Role> roles = new ArrayList<>(system().roles());
    roles.add(Role.builder().id("role-aud").title("内部审核员").responsibilities("实施内部审核")
        .authorities("查阅记录").communicatedOn(d("2024-01-10")).build());
    assertEquals("Roles role-aud are held by no person", single(system().withRoles(roles),
        "core.5.3.roles-assigned-and-communicated", Verdict.MINOR_NONCONFORMITY).messageEn());
  }

  @Test
  void aResponsibilityNotGivenToTheTeamIsMinorOnItsItem() {
    EnumSet<RoleDuty> duties = EnumSet.allOf(RoleDuty.class);
    duties.remove(RoleDuty.DEFINE_ACCOUNTING_METHODS);
    ManagementSystem unassigned = system().withRoles(role().withDuties(duties));
    Finding f = single(unassigned, "core.5.3.team-responsibilities",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The responsibility f) Fixes the accounting methods and the duties and"
        + " requirements of data collection is given to no role", f.messageEn());
    assertEquals(List.of("f)"), f.items());
    only(unassigned, "5.3", Verdict.MINOR_NONCONFORMITY);
    // held by someone outside the carbon-neutrality management team
    ManagementSystem outside = system().withRoles(role().withHolderPersonIds("p-eng"));
    List<Finding> six = findings(outside, "core.5.3.team-responsibilities");
    assertEquals(6, six.size());
    assertEquals("职责 a) 确保碳中和管理体系的建立、实施、保持和持续改进 所属角色 role-rep 均不由碳中和管理团队成员担任",
        six.get(0).messageZh());
    assertEquals(List.of("role-rep"), six.get(0).recordIds());
  }

  @Test
  void reportingToTopManagementNotKeptIsMinorOnD() {
    Role r = role();
    Finding noInterval = single(system().withRoles(r.withReportingIntervalMonths(
        java.util.OptionalInt.empty())), "core.5.3.reporting-to-top-management",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Role role-rep reports to top management, but at no set interval",
        noInterval.messageEn());
    assertEquals(List.of("d)"), noInterval.items());
    assertEquals("角色 role-rep 没有向最高管理者报告的记录（间隔 6 个月）",
        single(system().withRoles(r.withReportedOn(List.of())),
            "core.5.3.reporting-to-top-management", Verdict.MINOR_NONCONFORMITY).messageZh());
    // six months after 2025-09-30 is 2026-03-30, before the assessment on 2026-03-31: overdue
    ManagementSystem overdue = system().withRoles(r.withReportedOn(d("2025-03-31"),
        d("2025-09-30")));
    assertEquals("Role role-rep last reported to top management on 2025-09-30, more than the"
        + " interval of 6 months before 2026-03-31", single(overdue,
            "core.5.3.reporting-to-top-management", Verdict.MINOR_NONCONFORMITY).messageEn());
    only(overdue, "5.3", Verdict.MINOR_NONCONFORMITY);
    only(system().withRoles(r.withReportedOn(d("2025-10-01"))), "5.3", Verdict.CONFORMS);
    EnumSet<RoleDuty> duties = EnumSet.allOf(RoleDuty.class);
    duties.remove(RoleDuty.REPORT_TO_TOP_MANAGEMENT);
    assertEquals("No role reports to top management on the performance of the CNMS",
        single(system().withRoles(r.withDuties(duties)), "core.5.3.reporting-to-top-management",
            Verdict.MINOR_NONCONFORMITY).messageEn());
  }

  @Test
  void personRecordsWhoIsTopManagement() {
    assertEquals(List.of("p-ceo"), system().persons().stream().filter(Person::topManagement)
        .map(Person::id).toList());
  }
}
