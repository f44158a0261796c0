// SPDX-License-Identifier: Apache-2.0
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
import java.util.Arrays;
import org.cnms.core.Approval;
import org.cnms.core.ClauseItem;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.junit.jupiter.api.Test;

class LeadershipRecordsTest {

  private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);

  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  private static CarbonNeutralityPolicy policy() {
    return CarbonNeutralityPolicy.builder().id("pol-2024").versionLabel("A/0")
        .text("节能降碳，持续改进，2050年实现碳中和")
        .addItems(PolicyItem.COMMITMENT_TO_REQUIREMENTS,
            PolicyItem.COMMITMENT_TO_IMPROVEMENT_AND_NEUTRALITY)
        .approval(Approval.of("ceo", ISSUED)).issuedOn(ISSUED).addCommunicatedTo("全体员工")
        .build();
  }

  private static CarbonNeutralityTeam.Builder team(TeamLevel level) {
    return CarbonNeutralityTeam.builder().id("team-1").name("碳中和领导小组").level(level)
        .addMemberPersonIds("ceo", "cfo").leaderPersonId("ceo");
  }

  private static Role role() {
    return Role.builder().id("role-rep").title("碳中和管理者代表").addHolderPersonId("cfo")
        .addDuties(RoleDuty.RUN_THE_SYSTEM, RoleDuty.REPORT_TO_TOP_MANAGEMENT)
        .responsibilities("组织体系运行").authorities("调配资源").reportingIntervalMonths(6).build();
  }

  @Test
  void policyTellsWhichItemsAreMissing() {
    CarbonNeutralityPolicy p = policy();
    assertTrue(p.meets(PolicyItem.COMMITMENT_TO_IMPROVEMENT_AND_NEUTRALITY));
    assertFalse(p.meets(PolicyItem.SUPPORTS_DESIGN));
    assertEquals(Set.of(PolicyItem.SUITS_BUSINESS_AND_STRATEGY, PolicyItem.FRAMEWORK_FOR_TARGETS,
        PolicyItem.SUPPORTS_PROCUREMENT, PolicyItem.SUPPORTS_DESIGN), p.missingItems());
    CarbonNeutralityPolicy complete = p.withItems(EnumSet.allOf(PolicyItem.class));
    assertTrue(complete.missingItems().isEmpty());
  }

  @Test
  void onlyCAndDOfThePolicyListAreCommitments() {
    assertEquals(List.of("c)", "d)"), Arrays.stream(PolicyItem.values())
        .filter(PolicyItem::isCommitment).map(PolicyItem::citation).toList());
    for (PolicyItem i : PolicyItem.values()) {
      assertEquals(i.isCommitment(), i.labelZh().contains("承诺"), i.name());
    }
  }

  @Test
  void policyRejectsAnItemTwiceAndABadDocumentId() {
    assertEquals("CarbonNeutralityPolicy.items holds 'SUPPORTS_DESIGN' twice",
        message(() -> policy().withItems(PolicyItem.SUPPORTS_DESIGN, PolicyItem.SUPPORTS_DESIGN)));
    assertEquals("CarbonNeutralityPolicy.documentId must be 1 to 128 characters without"
        + " whitespace, but was 'doc 1'", message(() -> policy().withDocumentId("doc 1")));
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
  void roleAnswersItsLatestReport() {
    Role r = role();
    assertTrue(r.lastReportedOn().isEmpty());
    assertEquals(LocalDate.of(2026, 1, 15), r.withReportedOn(LocalDate.of(2026, 1, 15),
        LocalDate.of(2025, 7, 10)).lastReportedOn().orElseThrow());
    assertTrue(r.communicatedOn().isEmpty());
  }

  @Test
  void personIsNotTopManagementUnlessMarked() {
    assertFalse(Person.of("p-1", "张三").topManagement());
    assertTrue(Person.of("p-1", "张三").withTopManagement(true).topManagement());
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
        .item(LeadershipItem.ACTION_PLANS).evidence("总经理办公会纪要 2025-03")
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

  /**
   * Asserts that the constants of {@code type} are exactly the lettered rows {@code rows} of the
   * register: as many, in the same order, citing themselves as the register does, each Chinese
   * label holding the register's key term (its parts, where the key term leaves words out with
   * … or names two terms with ；).
   */
  private static <E extends Enum<E> & ClauseItem> void assertIsTheList(Class<E> type,
      List<RegisterItem> rows) {
    E[] items = type.getEnumConstants();
    assertEquals(rows.size(), items.length, type.getSimpleName());
    for (int i = 0; i < items.length; i++) {
      RegisterItem row = rows.get(i);
      assertEquals(row.citation(), items[i].citation(), items[i].name());
      assertTrue(row.isRequirement(), row.toString());
      for (String part : row.keyTerm().split("[…；]")) {
        assertTrue(items[i].labelZh().contains(part), items[i].labelZh() + " lacks " + part);
      }
    }
  }

  private static List<RegisterItem> rows(String clause, int fromRow, int toRow) {
    return RequirementCatalogue.tcas612().get(clause).items().stream()
        .filter(i -> i.row() >= fromRow && i.row() <= toRow).toList();
  }

  @Test
  void leadershipItemsAreTheElevenItemsOf51() {
    List<RegisterItem> lettered = RequirementCatalogue.tcas612().get("5.1").items().stream()
        .filter(i -> i.citation().matches("[a-z]\\)")).toList();
    assertEquals(11, lettered.size());
    assertIsTheList(LeadershipItem.class, lettered);
    assertEquals("h)", LeadershipItem.MANAGEMENT_TEAM_AND_MANAGERS.citation());
    assertTrue(LeadershipItem.MANAGEMENT_TEAM_AND_MANAGERS.labelZh().contains("各层级"));
    assertEquals("i)", LeadershipItem.GUIDE_AND_SUPPORT_EMPLOYEES.citation());
    assertEquals("j)", LeadershipItem.SUPPORT_OTHER_MANAGERS.citation());
    assertEquals("k)", LeadershipItem.CHANGES.citation());
  }

  @Test
  void policyItemsAreTheFirstListOf52() {
    List<RegisterItem> first = rows("5.2", 2, 7);
    assertEquals(List.of("a)", "b)", "c)", "d)", "e)", "f)"),
        first.stream().map(RegisterItem::citation).toList());
    first.forEach(r -> assertEquals("应", r.verb()));
    assertIsTheList(PolicyItem.class, first);
  }

  @Test
  void roleDutiesAreTheItemsOf53() {
    List<RegisterItem> lettered = rows("5.3", 3, 8);
    assertEquals(6, lettered.size());
    assertIsTheList(RoleDuty.class, lettered);
    assertEquals("d)", RoleDuty.REPORT_TO_TOP_MANAGEMENT.citation());
  }

  @Test
  void vocabularyIsLabelledInBothLanguages() {
    assertLabelled(PolicyItem.class);
    assertLabelled(LeadershipItem.class);
    assertLabelled(TeamLevel.class);
    assertLabelled(RoleDuty.class);
  }
}
