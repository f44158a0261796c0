package org.cnms.core.context;

import static org.cnms.core.testing.Vocabulary.assertLabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;

class ContextRecordsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  private static ContextIssue.Builder ets() {
    return ContextIssue.builder().id("ci-ets").kind(IssueKind.EXTERNAL)
        .topic(IssueTopic.EMISSIONS_TRADING).description("全国碳排放权交易市场覆盖发电行业")
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
  void contextIssueRejectsReviewBeforeIdentification() {
    assertEquals("ContextIssue.reviewedOn 2024-12-31 must not be before ContextIssue.identifiedOn"
        + " 2025-01-01", message(() -> ets().reviewedOn(LocalDate.of(2024, 12, 31)).build()));
  }

  @Test
  void contextIssueRejectsBlankTextsAndBadIds() {
    assertEquals("ContextIssue.effect must not be blank, but was ' '",
        message(() -> ets().build().withEffect(" ")));
    assertEquals("ContextIssue.description must not be blank, but was ''",
        message(() -> ets().build().withDescription("")));
    assertEquals("ContextIssue.id must be 1 to 128 characters without whitespace, but was 'ci ets'",
        message(() -> ets().build().withId("ci ets")));
  }

  @Test
  void contextIssueReviewedOnTheDayOfIdentificationIsValid() {
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
    assertLabelled(IssueKind.class);
    assertLabelled(IssueTopic.class);
    assertLabelled(PartyKind.class);
    assertLabelled(ObligationKind.class);
    assertEquals("“双碳”政策", IssueTopic.DUAL_CARBON_POLICY.labelZh());
  }
}
