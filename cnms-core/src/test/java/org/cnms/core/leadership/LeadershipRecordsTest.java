package org.cnms.core.leadership;

import static org.cnms.core.testing.Vocabulary.assertLabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.Approval;
import org.junit.jupiter.api.Test;

class LeadershipRecordsTest {

  private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);

  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  private static CarbonNeutralityPolicy policy() {
    return CarbonNeutralityPolicy.builder().id("pol-2024").versionLabel("A/0")
        .text("节能降碳，持续改进，2050年实现碳中和")
        .addCommitments(PolicyCommitment.FULFIL_COMPLIANCE_OBLIGATIONS,
            PolicyCommitment.CARBON_NEUTRALITY_GOAL)
        .approval(Approval.of("ceo", ISSUED)).issuedOn(ISSUED).addCommunicatedTo("全体员工")
        .build();
  }

  private static CarbonNeutralityTeam.Builder team(TeamLevel level) {
    return CarbonNeutralityTeam.builder().id("team-1").name("碳中和领导小组").level(level)
        .addMemberPersonIds("ceo", "cfo").leaderPersonId("ceo").topManagement(true);
  }

  private static Role role() {
    return Role.builder().id("role-rep").title("碳中和管理者代表").addHolderPersonId("cfo")
        .addDuties(RoleDuty.RUN_THE_SYSTEM, RoleDuty.REPORT_TO_TOP_MANAGEMENT)
        .responsibilities("组织体系运行").authorities("调配资源").reportingIntervalMonths(6).build();
  }

  @Test
  void policyTellsWhichCommitmentsAreMissing() {
    CarbonNeutralityPolicy p = policy();
    assertTrue(p.makes(PolicyCommitment.CARBON_NEUTRALITY_GOAL));
    assertFalse(p.makes(PolicyCommitment.CONTINUAL_IMPROVEMENT));
    assertEquals(Set.of(PolicyCommitment.FITS_PURPOSE_AND_CONTEXT,
        PolicyCommitment.FRAMEWORK_FOR_OBJECTIVES, PolicyCommitment.CONTINUAL_IMPROVEMENT,
        PolicyCommitment.SUPPORT_PROCUREMENT_AND_DESIGN), p.missingCommitments());
    CarbonNeutralityPolicy complete = p.withCommitments(EnumSet.allOf(PolicyCommitment.class));
    assertTrue(complete.missingCommitments().isEmpty());
  }

  @Test
  void policyRejectsACommitmentTwice() {
    assertEquals("CarbonNeutralityPolicy.commitments holds 'CARBON_NEUTRALITY_GOAL' twice",
        message(() -> policy().withCommitments(PolicyCommitment.CARBON_NEUTRALITY_GOAL,
            PolicyCommitment.CARBON_NEUTRALITY_GOAL)));
  }

  @Test
  void policyRejectsAReviewBeforeItsIssue() {
    assertEquals("CarbonNeutralityPolicy.lastReviewedOn 2024-02-29 must not be before"
        + " CarbonNeutralityPolicy.issuedOn 2024-03-01",
        message(() -> policy().withLastReviewedOn(LocalDate.of(2024, 2, 29))));
  }

  @Test
  void policyRejectsBadIntervalSupersessionAndAudience() {
    assertEquals("CarbonNeutralityPolicy.reviewIntervalMonths must be positive, but was 0",
        message(() -> policy().withReviewIntervalMonths(0)));
    assertEquals("CarbonNeutralityPolicy pol-2024 cannot supersede itself",
        message(() -> policy().withSupersedes("pol-2024")));
    assertEquals("CarbonNeutralityPolicy.communicatedTo must not be blank, but was ' '",
        message(() -> policy().withCommunicatedTo("全体员工", " ")));
    assertEquals("CarbonNeutralityPolicy.versionLabel must not be blank, but was ''",
        message(() -> policy().withVersionLabel("")));
  }

  @Test
  void teamLeaderMustBeAMember() {
    assertEquals("CarbonNeutralityTeam team-1: leader 'coo' is not among the members [ceo, cfo]",
        message(() -> team(TeamLevel.ENTERPRISE).build().withLeaderPersonId("coo")));
  }

  @Test
  void teamFacilityFitsItsLevel() {
    assertEquals("CarbonNeutralityTeam team-1 is at level FACILITY and needs a facilityId",
        message(() -> team(TeamLevel.FACILITY).build()));
    assertEquals("CarbonNeutralityTeam team-1 is at level ENTERPRISE, but names facility"
        + " 'plant-1'", message(() -> team(TeamLevel.ENTERPRISE).facilityId("plant-1").build()));
    assertEquals("plant-1", team(TeamLevel.FACILITY).facilityId("plant-1").build().facilityId()
        .orElseThrow());
    assertTrue(team(TeamLevel.WORKSHOP).build().facilityId().isEmpty());
  }

  @Test
  void teamNeedsDistinctMembers() {
    assertEquals("CarbonNeutralityTeam.memberPersonIds must not be empty",
        message(() -> team(TeamLevel.ENTERPRISE).build().withMemberPersonIds(List.of())));
    assertEquals("CarbonNeutralityTeam.memberPersonIds holds 'ceo' twice",
        message(() -> team(TeamLevel.ENTERPRISE).build().withMemberPersonIds("ceo", "ceo")));
  }

  @Test
  void roleAnswersItsDutiesAndHolders() {
    Role r = role();
    assertTrue(r.carries(RoleDuty.REPORT_TO_TOP_MANAGEMENT));
    assertFalse(r.carries(RoleDuty.DEFINE_ACCOUNTING_METHODS));
    assertTrue(r.hasHolder());
    assertFalse(r.withHolderPersonIds(List.of()).hasHolder());
  }

  @Test
  void roleRejectsBadInput() {
    assertEquals("Role.duties holds 'RUN_THE_SYSTEM' twice",
        message(() -> role().withDuties(RoleDuty.RUN_THE_SYSTEM, RoleDuty.RUN_THE_SYSTEM)));
    assertEquals("Role.reportingIntervalMonths must be positive, but was -1",
        message(() -> role().withReportingIntervalMonths(-1)));
    assertEquals("Role.holderPersonIds must be 1 to 128 characters without whitespace, but was"
        + " 'Li Lei'", message(() -> role().withHolderPersonIds("Li Lei")));
    assertEquals("Role.authorities must not be blank, but was ''",
        message(() -> role().withAuthorities("")));
  }

  @Test
  void commitmentAndPersonRejectBadInput() {
    LeadershipCommitment c = LeadershipCommitment.builder().id("lc-1")
        .item(LeadershipItem.ACTION_PLANS_APPROVED).evidence("总经理办公会纪要 2025-03")
        .date(LocalDate.of(2025, 3, 10)).build();
    assertEquals("LeadershipCommitment.evidence must not be blank, but was ' '",
        message(() -> c.withEvidence(" ")));
    assertEquals("LeadershipCommitment.personId must be 1 to 128 characters without whitespace,"
        + " but was ''", message(() -> c.withPersonId("")));
    assertEquals("Person.name must not be blank, but was ''",
        message(() -> Person.of("p-1", "")));
    assertEquals("Person.department must not be blank, but was ' '",
        message(() -> Person.of("p-1", "张三").withDepartment(" ")));
  }

  @Test
  void itemLettersFollowTheClause() {
    assertEquals("a)", PolicyCommitment.FITS_PURPOSE_AND_CONTEXT.citation());
    assertEquals("f)", PolicyCommitment.SUPPORT_PROCUREMENT_AND_DESIGN.citation());
    assertEquals("d)", LeadershipItem.ACTION_PLANS_APPROVED.citation());
    assertEquals("i)", LeadershipItem.CARBON_NEUTRALITY_TEAM.citation());
    assertEquals("k)", LeadershipItem.PROCESS_FOR_CHANGES.citation());
    assertEquals("d)", RoleDuty.REPORT_TO_TOP_MANAGEMENT.citation());
    assertEquals("f)", RoleDuty.DEFINE_ACCOUNTING_METHODS.citation());
    assertEquals(6, PolicyCommitment.values().length);
    assertEquals(11, LeadershipItem.values().length);
    assertEquals(6, RoleDuty.values().length);
  }

  @Test
  void vocabularyIsLabelledInBothLanguages() {
    assertLabelled(PolicyCommitment.class);
    assertLabelled(LeadershipItem.class);
    assertLabelled(TeamLevel.class);
    assertLabelled(RoleDuty.class);
  }
}
