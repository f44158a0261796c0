// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import static org.cnms.core.testing.Vocabulary.assertLabelled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Approval;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class SupportRecordsTest {

  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  private static Resource platform() {
    return Resource.builder().id("res-1").kind(ResourceKind.INFRASTRUCTURE)
        .description("能碳管理平台").budget(Amount.of("120", "万元")).build();
  }

  private static CompetenceRecord training() {
    return CompetenceRecord.builder().id("rec-1").personId("p-li").roleId("role-acct")
        .addRequirementId("req-ghg").evidenceKind(EvidenceKind.TRAINING)
        .description("GB/T 32150 核算培训").achievedOn(LocalDate.of(2024, 5, 10))
        .validUntil(LocalDate.of(2026, 5, 9)).build();
  }

  private static DocumentVersion version(String label, LocalDate issued) {
    return DocumentVersion.builder().versionLabel(label).issuedOn(issued).author("p-li")
        .approval(Approval.of("ceo", issued)).changeSummary("修订 " + label).build();
  }

  private static DocumentedInformation manual() {
    return DocumentedInformation.builder().id("CNMS-M-01").title("碳中和管理手册")
        .origin(DocumentOrigin.INTERNAL).format("PDF, 电子版")
        .addVersions(version("A/0", LocalDate.of(2023, 1, 1)),
            version("A/1", LocalDate.of(2024, 1, 1)), version("B/0", LocalDate.of(2024, 1, 1)))
        .retentionYears(10).build();
  }

  @Test
  void resourceBudgetIsMoney() {
    assertEquals("Resource.budget of res-1 must be an amount of money (CNY, 1e4CNY), but was"
        + " 120 kWh", message(() -> platform().withBudget(Amount.of("120", "kWh"))));
    assertEquals("Resource.budget must not be negative, but was -1",
        message(() -> platform().withBudget(Amount.of("-1", "CNY"))));
    assertEquals("1e4CNY", platform().budget().orElseThrow().unit().code());
  }

  @Test
  void competenceRequirementRejectsBadInput() {
    CompetenceRequirement r = CompetenceRequirement.builder().id("req-ghg").roleId("role-acct")
        .competence("掌握温室气体核算方法").build();
    assertEquals("CompetenceRequirement.roleId must be 1 to 128 characters without whitespace,"
        + " but was 'role acct'", message(() -> r.withRoleId("role acct")));
    assertEquals("CompetenceRequirement.qualification must not be blank, but was ''",
        message(() -> r.withQualification("")));
  }

  @Test
  void competenceRecordValidityIsOrdered() {
    assertEquals("CompetenceRecord.validUntil 2024-05-09 must not be before"
        + " CompetenceRecord.achievedOn 2024-05-10",
        message(() -> training().withValidUntil(LocalDate.of(2024, 5, 9))));
    assertEquals("CompetenceRecord.requirementIds holds 'req-ghg' twice",
        message(() -> training().withRequirementIds("req-ghg", "req-ghg")));
  }

  @Test
  void competenceRecordIsValidFromAchievementToExpiry() {
    CompetenceRecord r = training();
    assertFalse(r.validOn(LocalDate.of(2024, 5, 9)));
    assertTrue(r.validOn(LocalDate.of(2024, 5, 10)));
    assertTrue(r.validOn(LocalDate.of(2026, 5, 9)));
    assertFalse(r.validOn(LocalDate.of(2026, 5, 10)));
    assertTrue(r.withValidUntil(java.util.Optional.empty()).validOn(LocalDate.of(2040, 1, 1)));
  }

  @Test
  void awarenessRecordRejectsBadInput() {
    AwarenessRecord a = AwarenessRecord.builder().id("aw-1").date(LocalDate.of(2025, 4, 1))
        .audience("一车间全体员工").addTopics(AwarenessTopic.POLICY, AwarenessTopic.OWN_CONTRIBUTION)
        .participantCount(0).build();
    assertEquals("AwarenessRecord.participantCount must not be negative, but was -3",
        message(() -> a.withParticipantCount(-3)));
    assertEquals("AwarenessRecord.topics must not be empty",
        message(() -> a.withTopics(List.of())));
    assertEquals("AwarenessRecord.topics holds 'POLICY' twice",
        message(() -> a.withTopics(AwarenessTopic.POLICY, AwarenessTopic.POLICY)));
  }

  @Test
  void communicationRejectsBadInput() {
    Communication c = Communication.builder().id("com-1").direction(CommunicationDirection.EXTERNAL)
        .topic(CommunicationTopic.EMISSIONS_AND_REMOVALS).audience("公众").channel("公司官网")
        .date(LocalDate.of(2025, 6, 5)).summary("发布2024年温室气体排放报告").build();
    assertEquals("Communication com-1 cannot be in response to itself",
        message(() -> c.withInResponseTo("com-1")));
    assertEquals("Communication.channel must not be blank, but was ''",
        message(() -> c.withChannel("")));
  }

  @Test
  void suggestionResponseComesAfterTheSuggestion() {
    Suggestion s = Suggestion.builder().id("sg-1").receivedOn(LocalDate.of(2025, 3, 3))
        .fromPersonId("p-wang").text("空压机夜间停机").build();
    assertFalse(s.answered());
    assertEquals("Suggestion.response.respondedOn 2025-03-02 must not be before"
        + " Suggestion.receivedOn 2025-03-03", message(() -> s.withResponse(
            SuggestionResponse.of(LocalDate.of(2025, 3, 2), "采纳", true))));
    assertTrue(s.withResponse(SuggestionResponse.of(LocalDate.of(2025, 3, 3), "采纳", true))
        .answered());
    assertEquals("SuggestionResponse.text must not be blank, but was ' '",
        message(() -> SuggestionResponse.of(LocalDate.of(2025, 3, 3), " ", false)));
  }

  @Test
  void currentVersionIsTheLast() {
    DocumentedInformation d = manual();
    assertEquals("B/0", d.currentVersion().versionLabel());
    assertEquals(LocalDate.of(2024, 1, 1), d.version("A/1").orElseThrow().issuedOn());
    assertTrue(d.version("C/0").isEmpty());
  }

  @Test
  void versionsAreDistinctAndOrdered() {
    DocumentedInformation d = manual();
    assertEquals("DocumentedInformation.versions holds 'A/1' twice",
        message(() -> d.withVersions(version("A/1", LocalDate.of(2023, 1, 1)),
            version("A/1", LocalDate.of(2024, 1, 1)))));
    assertEquals("DocumentedInformation CNMS-M-01: version A/1 issued on 2022-12-31 must not be"
        + " dated before the version before it, A/0 issued on 2023-01-01",
        message(() -> d.withVersions(version("A/0", LocalDate.of(2023, 1, 1)),
            version("A/1", LocalDate.of(2022, 12, 31)))));
    assertEquals("DocumentedInformation.versions must not be empty",
        message(() -> d.withVersions(List.of())));
  }

  @Test
  void documentNeedsARetention() {
    assertEquals("DocumentedInformation CNMS-M-01 needs a retention: retentionYears or a"
        + " disposalDate", message(() -> manual().withRetentionYears(java.util.OptionalInt.empty())));
    assertEquals("DocumentedInformation.retentionYears must be positive, but was 0",
        message(() -> manual().withRetentionYears(0)));
    assertEquals("DocumentedInformation.disposalDate 2022-12-31 must not be before"
        + " DocumentedInformation.versions[0].issuedOn 2023-01-01",
        message(() -> manual().withDisposalDate(LocalDate.of(2022, 12, 31))));
    DocumentedInformation byDate = manual().withDisposalDate(LocalDate.of(2034, 1, 1))
        .withRetentionYears(java.util.OptionalInt.empty());
    assertEquals(LocalDate.of(2034, 1, 1), byDate.disposalDate().orElseThrow());
  }

  @Test
  void documentVersionRejectsBlankAuthor() {
    assertEquals("DocumentVersion.author must not be blank, but was ''",
        message(() -> version("A/0", LocalDate.of(2023, 1, 1)).withAuthor("")));
  }

  @Test
  void budgetOfWrongKindInJsonNamesTheRule() {
    String json = "{\"id\": \"res-1\", \"description\": \"碳资产基金\","
        + " \"budget\": {\"value\": \"10\", \"unit\": \"t\"}}";
    var e = assertThrows(InterchangeException.class, () -> CnmsJson.fromJson(json, Resource.class));
    assertTrue(e.getMessage().contains("Resource.budget of res-1 must be an amount of money"),
        e.getMessage());
  }

  @Test
  void vocabularyIsLabelledInBothLanguages() {
    assertLabelled(ResourceKind.class);
    assertLabelled(EvidenceKind.class);
    assertLabelled(AwarenessTopic.class);
    assertLabelled(CommunicationDirection.class);
    assertLabelled(CommunicationTopic.class);
    assertLabelled(DocumentOrigin.class);
  }
}
