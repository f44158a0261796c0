// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.RegisterItem;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.DocumentOrigin;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.support.Resource;
import org.cnms.core.support.ResourceKind;
import org.cnms.core.support.Suggestion;
import org.cnms.core.support.SuggestionResponse;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

/** The rules of clause 7, each evaluated alone on the conforming fixture changed in one place. */
class SupportRulesTest {

  static List<Finding> evaluate(AbstractConformityRule rule, ManagementSystem s) {
    return rule.evaluate(RulesFixture.context(s));
  }

  /** The single finding of {@code rule} on {@code s}, asserted to have {@code verdict}. */
  static Finding single(AbstractConformityRule rule, ManagementSystem s, Verdict verdict) {
    List<Finding> findings = evaluate(rule, s);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(verdict, findings.get(0).verdict(), findings::toString);
    return findings.get(0);
  }

  /**
   * Every rule of the list judges requirement rows of its clause that the register holds (or, beyond
   * T/CAS 612, none), and finds the fixture conforming with one finding.
   */
  static void declaredAndConforming(List<AbstractConformityRule> rules) {
    for (AbstractConformityRule rule : rules) {
      List<RegisterItem> items = RequirementCatalogue.tcas612().get(rule.requirementId()).items();
      for (String cited : rule.judgedItems()) {
        assertTrue(items.stream().anyMatch(i -> i.citation().equals(cited) && i.isRequirement()),
            rule.id() + " judges " + cited);
      }
      assertEquals(rule.beyondTheStandard(), rule.judgedItems().isEmpty(), rule.id());
      single(rule, system(), Verdict.CONFORMS);
    }
  }

  @Test
  void everyRuleJudgesRequirementRowsAndTheFixtureConforms() {
    declaredAndConforming(SupportRules.all());
    assertEquals(List.of("core.7.1.resources", "core.7.2.competence-of-roles",
        "core.7.2.effectiveness-of-actions", "core.7.4.internal-and-external",
        "core.7.4.responses-recorded", "core.7.5.2.review-and-approval",
        "core.7.5.3.distribution-and-access", "core.7.5.3.external-documents"),
        SupportRules.all().stream().map(AbstractConformityRule::id).toList());
  }

  // 7.1

  @Test
  void resourcesNoneIsMajorAndAMissingKindIsMinor() {
    var rule = new SupportRules.ResourcesRule();
    Finding f = single(rule, system().withResources(List.of()), Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No resource of the carbon neutrality management system is recorded",
        f.messageEn());
    assertEquals(List.of("—1"), f.items());
    List<Resource> withoutKnowledge = system().resources().stream()
        .map(r -> r.kind().equals(Optional.of(ResourceKind.KNOWLEDGE)) ? r.withKind(
            Optional.empty()) : r).toList();
    Finding g = single(rule, system().withResources(withoutKnowledge),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The resources recorded include none of: •4 Knowledge and keeping it current",
        g.messageEn());
    assertEquals("已记录的资源中没有：•4 知识及知识的更新", g.messageZh());
    assertEquals(List.of("•4"), g.items());
    assertEquals("5 resources are recorded, among them each of the five clause 7.1 names",
        single(rule, system(), Verdict.CONFORMS).messageEn());
  }

  // 7.2

  @Test
  void aHolderWithoutCurrentRecordOrARoleWithoutRequirementIsMinor() {
    var rule = new SupportRules.CompetenceRule();
    CompetenceRecord r = system().competenceRecords().get(0);
    Finding f = single(rule, system().withCompetenceRecords(r.withValidUntil(d("2026-01-31"))),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Person p-mgr, who holds role role-rep, has no competence record valid on"
        + " 2026-03-31 (crec-1 expired)", f.messageEn());
    assertEquals(List.of("•2", "—5"), f.items());
    Finding g = single(rule, system().withCompetenceRecords(r.withRequirementIds(List.of()))
        .withCompetenceRequirements(List.of()), Verdict.MINOR_NONCONFORMITY);
    assertEquals("Role role-rep (碳中和管理者代表) has no competence requirement", g.messageEn());
    assertEquals("角色 role-rep（碳中和管理者代表）未规定人员所需的能力", g.messageZh());
    assertEquals(List.of("•1"), g.items());
    Finding h = single(rule, system().withCompetenceRecords(List.of()),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Person p-mgr, who holds role role-rep, has no competence record for it",
        h.messageEn());
    assertEquals("No role is defined, so no competence is determined",
        single(rule, system().withCompetenceRecords(List.of())
        .withCompetenceRequirements(List.of()).withRoles(List.of()), Verdict.MAJOR_NONCONFORMITY).messageEn());
  }

  @Test
  void aTrainingWithoutEffectivenessEvaluationIsMinor() {
    var rule = new SupportRules.EffectivenessOfActionsRule();
    CompetenceRecord r = system().competenceRecords().get(0);
    Finding f = single(rule, system().withCompetenceRecords(r.withEffectivenessEvaluation(
        Optional.empty())), Verdict.MINOR_NONCONFORMITY);
    assertEquals("The effectiveness of training crec-1 of person p-mgr (碳排放管理员培训) has not"
        + " been evaluated", f.messageEn());
    assertEquals(List.of("•4"), f.items());
    assertEquals("The effectiveness of all 1 trainings taken to acquire competence has been"
        + " evaluated", single(rule, system(), Verdict.CONFORMS).messageEn());
    // a certificate is evidence a person brings, not an action taken: no evaluation asked
    single(rule, system().withCompetenceRecords(r.withEffectivenessEvaluation(Optional.empty())
        .withEvidenceKind(org.cnms.core.support.EvidenceKind.CERTIFICATE)), Verdict.CONFORMS);
  }

  // 7.4

  @Test
  void internalAndExternalCommunicationAreBothRecorded() {
    var rule = new SupportRules.CommunicationRule();
    List<Communication> log = system().communications();
    assertEquals(List.of("—1"), single(rule, system().withCommunications(List.of()),
        Verdict.MAJOR_NONCONFORMITY).items());
    Finding f = single(rule, system().withCommunications(log.stream()
        .filter(c -> c.direction() == CommunicationDirection.EXTERNAL).toList()),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("No internal communication on the carbon neutrality management system is"
        + " recorded", f.messageEn());
    assertEquals(List.of("•1"), f.items());
    Finding g = single(rule, system().withCommunications(log.get(0)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("未记录碳中和管理体系的外部信息交流", g.messageZh());
    assertEquals(List.of("•2"), g.items());
    assertEquals("Communication is recorded both internally (2) and externally (2)",
        single(rule, system(), Verdict.CONFORMS).messageEn());
  }

  @Test
  void everyCommunicationReceivedAndEverySuggestionHasAResponse() {
    var rule = new SupportRules.ResponsesRule();
    List<Communication> log = system().communications();
    Finding f = single(rule, system().withCommunications(log.subList(0, 2)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Communication com-2, received on 2025-09-01 from 客户A (客户A索取产品碳足迹), has no"
        + " recorded response", f.messageEn());
    assertEquals(List.of("—5"), f.items());
    Suggestion open = Suggestion.builder().id("sg-1").receivedOn(d("2026-01-10"))
        .text("下班后关闭空压机").build();
    Finding g = single(rule, system().withSuggestions(open), Verdict.MINOR_NONCONFORMITY);
    assertEquals("合理化建议 sg-1（2026-01-10 收到：下班后关闭空压机）没有响应记录", g.messageZh());
    // answered by its own response, or by a communication in response to it
    single(rule, system().withSuggestions(open.withResponse(SuggestionResponse.of(
        d("2026-01-20"), "采纳", true))), Verdict.CONFORMS);
    Communication reply = Communication.builder().id("com-4")
        .direction(CommunicationDirection.INTERNAL).audience("动力车间").channel("书面答复")
        .date(d("2026-01-25")).summary("答复关闭空压机的建议").inResponseTo("sg-1").build();
    List<Communication> withReply = new java.util.ArrayList<>(log);
    withReply.add(reply);
    Finding h = single(rule, system().withSuggestions(open).withCommunications(withReply),
        Verdict.CONFORMS);
    assertEquals("All 1 communications received and all 1 suggestions have a recorded response",
        h.messageEn());
  }

  // 7.5.2 and 7.5.3

  @Test
  void anUnapprovedDocumentOfTheOrganisationIsMinorButExternalOnesNeedNoApproval() {
    var rule = new SupportRules.ReviewAndApprovalRule();
    DocumentedInformation doc = system().documents().get(0);
    DocumentVersion v = doc.versions().get(0);
    Finding f = single(rule, system().withDocuments(doc.withVersions(v.withApproval(
        Optional.empty())), system().documents().get(1)), Verdict.MINOR_NONCONFORMITY);
    assertEquals("Document CNMS-M-01 \"碳中和管理手册\": its current version A/0 (issued 2024-01-05"
        + " by p-mgr) is not approved", f.messageEn());
    assertEquals("7.5.2", f.requirementId());
    assertEquals(List.of("c)"), f.items());
    DocumentedInformation ext = system().documents().get(1);
    assertTrue(ext.currentVersion().approval().isEmpty());
    assertEquals("The current versions of all 1 documents the organisation created are reviewed"
        + " and approved", single(rule, system(), Verdict.CONFORMS).messageEn());
  }

  @Test
  void documentsAreRegisteredWithDistributionAndExternalOnesIdentified() {
    var available = new SupportRules.AvailabilityRule();
    var external = new SupportRules.ExternalDocumentsRule();
    ManagementSystem unreferenced = system()
        .withScope(system().scope().withDocumentId(Optional.empty()))
        .withPolicies(system().policies().stream().map(p -> p.withDocumentId(Optional.empty()))
            .toList());
    assertEquals(List.of("—1"), single(available, unreferenced.withDocuments(List.of()),
        Verdict.MAJOR_NONCONFORMITY).items());
    DocumentedInformation doc = system().documents().get(0);
    Finding f = single(available, system().withDocuments(doc.withAccessAndDistribution(
        Optional.empty()), system().documents().get(1)), Verdict.MINOR_NONCONFORMITY);
    assertEquals("Document CNMS-M-01 \"碳中和管理手册\" does not state how it is distributed and"
        + " accessed", f.messageEn());
    assertEquals(List.of("a)"), f.items());
    Finding g = single(external, system().withDocuments(doc), Verdict.MINOR_NONCONFORMITY);
    assertEquals("未识别外部的文件化信息", g.messageZh());
    assertEquals(List.of("—6"), g.items());
    assertFalse(evaluate(external, system()).get(0).verdict().isNonconformity());
    assertEquals(DocumentOrigin.EXTERNAL, system().documents().get(1).origin());
  }
}
