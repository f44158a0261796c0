// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.context;

import static org.cnms.core.testing.Vocabulary.assertLabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;

class ContextRecordsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  private static ContextFactor.Builder ets() {
    return ContextFactor.builder().id("ci-ets").kind(FactorKind.EXTERNAL)
        .topic(FactorTopic.EMISSIONS_TRADING).description("全国碳排放权交易市场覆盖发电行业")
        .effect("需履约清缴配额").identifiedOn(JAN_1);
  }

  private static PartyRequirement.Builder requirement(String id) {
    return PartyRequirement.builder().id(id).description("按年报送排放报告").legal(true)
        .actionNeeded(true);
  }

  private static ComplianceObligation.Builder obligation() {
    return ComplianceObligation.builder().id("co-1").title("碳排放权交易管理办法（试行）")
        .kind(ObligationKind.LEGAL).issuer("生态环境部").description("重点排放单位应报告排放并清缴配额");
  }

  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void contextFactorRejectsReviewBeforeIdentification() {
    assertEquals("ContextFactor.reviewedOn 2024-12-31 must not be before ContextFactor.identifiedOn"
        + " 2025-01-01", message(() -> ets().reviewedOn(LocalDate.of(2024, 12, 31)).build()));
  }

  @Test
  void contextFactorRejectsBlankTextsAndBadIds() {
    assertEquals("ContextFactor.effect must not be blank, but was ' '",
        message(() -> ets().build().withEffect(" ")));
    assertEquals("ContextFactor.description must not be blank, but was ''",
        message(() -> ets().build().withDescription("")));
    assertEquals("ContextFactor.id must be 1 to 128 characters without whitespace, but was 'ci ets'",
        message(() -> ets().build().withId("ci ets")));
  }

  @Test
  void contextFactorReviewedOnTheDayOfIdentificationIsValid() {
    assertEquals(JAN_1, ets().reviewedOn(JAN_1).build().reviewedOn().orElseThrow());
  }

  @Test
  void partyRejectsTheSameRequirementTwice() {
    assertEquals("InterestedParty.requirements holds 'r-1' twice",
        message(() -> InterestedParty.builder().id("p-gov").name("市生态环境局")
            .kind(PartyKind.REGULATOR).addRequirements(requirement("r-1").build(),
                requirement("r-1").build().withLegal(false))
            .build()));
  }

  @Test
  void partyRejectsANonPositiveReviewInterval() {
    assertEquals("InterestedParty.reviewIntervalMonths must be positive, but was 0",
        message(() -> InterestedParty.builder().id("p-gov").name("市生态环境局")
            .kind(PartyKind.REGULATOR).reviewIntervalMonths(0).build()));
  }

  @Test
  void requirementRejectsABadObligationId() {
    assertEquals("PartyRequirement.complianceObligationId must be 1 to 128 characters without"
        + " whitespace, but was ''", message(() -> requirement("r-1").complianceObligationId("")
            .build()));
  }

  @Test
  void partyAnswersItsLegalRequirements() {
    PartyRequirement legal = requirement("r-1").complianceObligationId("co-1").build();
    PartyRequirement voluntary = requirement("r-2").build().withDescription("披露产品碳足迹")
        .withLegal(false);
    InterestedParty customer = InterestedParty.builder().id("p-cust").name("客户A")
        .kind(PartyKind.CUSTOMER).addRequirements(legal, voluntary).build();
    assertEquals(List.of(legal), customer.legalRequirements());
    assertEquals(voluntary, customer.requirement("r-2").orElseThrow());
    assertTrue(customer.requirement("r-3").isEmpty());
  }

  @Test
  void obligationRejectsBlankIssuerAndBadInterval() {
    assertEquals("ComplianceObligation.issuer must not be blank, but was ''",
        message(() -> obligation().build().withIssuer("")));
    assertEquals("ComplianceObligation.evaluationIntervalMonths must be positive, but was -12",
        message(() -> obligation().evaluationIntervalMonths(-12).build()));
    assertEquals("ComplianceObligation.partyId must be 1 to 128 characters without whitespace,"
        + " but was 'p 1'", message(() -> obligation().partyId("p 1").build()));
  }

  @Test
  void builderRejectsAnAttributeSetTwice() {
    assertThrows(IllegalStateException.class, () -> obligation().title("again"));
  }

  @Test
  void unknownKindInJsonIsAnInterchangeError() {
    String json = "{\"id\": \"co-1\", \"title\": \"t\", \"kind\": \"VOLUNTARY\","
        + " \"issuer\": \"i\", \"description\": \"d\"}";
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson(json, ComplianceObligation.class));
    assertTrue(e.getMessage().contains("VOLUNTARY"), e.getMessage());
    assertTrue(!e.getMessage().contains("Immutable"), e.getMessage());
  }

  @Test
  void vocabularyIsLabelledInBothLanguages() {
    assertLabelled(FactorKind.class);
    assertLabelled(FactorTopic.class);
    assertLabelled(PartyKind.class);
    assertLabelled(ObligationKind.class);
    assertEquals("国家“双碳”政策", FactorTopic.DUAL_CARBON_POLICY.labelZh());
  }

  @Test
  void factorTopicsAreTheExamplesOfTheNoteTo41InItsOrder() {
    RegisterItem note = RequirementCatalogue.tcas612().get("4.1").items().stream()
        .filter(i -> i.citation().equals("注")).findFirst().orElseThrow();
    assertEquals("可能", note.verb());
    assertTrue(!note.isRequirement());
    // the register's key term names the first two examples: “双碳”政策、碳排放权交易…
    String[] named = note.keyTerm().replace("…", "").split("、");
    assertEquals(2, named.length);
    assertTrue(FactorTopic.values()[0].labelZh().contains(named[0]));
    assertTrue(FactorTopic.values()[1].labelZh().contains(named[1]));
    assertEquals(List.of("国家“双碳”政策", "碳排放权交易", "碳税", "自愿减排机制", "行业减排要求",
        "自愿参与的减排倡议"), java.util.Arrays.stream(FactorTopic.values())
            .map(FactorTopic::labelZh).toList());
  }

  @Test
  void aFactorWithoutEffectsOrTopicIsARecordTheAssessmentJudges() {
    ContextFactor bare = ContextFactor.builder().id("ci-1").kind(FactorKind.INTERNAL)
        .description("核算人员不足").identifiedOn(JAN_1).build();
    assertTrue(bare.effect().isEmpty() && bare.obligationsEffect().isEmpty()
        && bare.topic().isEmpty() && bare.partyIds().isEmpty());
    assertEquals("ContextFactor.obligationsEffect must not be blank, but was ''",
        message(() -> bare.withObligationsEffect("")));
    assertEquals("ContextFactor.partyIds holds 'p-1' twice",
        message(() -> bare.withPartyIds("p-1", "p-1")));
  }

  @Test
  void aRequirementMayLeaveItsDecisionsOpenButNotBlank() {
    PartyRequirement open = PartyRequirement.builder().id("r-1").description("披露碳排放数据")
        .legal(false).build();
    assertTrue(open.actionNeeded().isEmpty() && open.notAdoptedReason().isEmpty());
    assertEquals("PartyRequirement.notAdoptedReason must not be blank, but was ' '",
        message(() -> open.withNotAdoptedReason(" ")));
  }
}
