// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.certification.CertificationFinding;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.junit.jupiter.api.Test;

class NonconformityRegisterTest {

  static final LocalDate STAGE2_END = LocalDate.of(2025, 1, 20);

  static Finding finding(String requirement, Verdict verdict) {
    return Finding.builder().requirementId(requirement).ruleId("core." + requirement)
        .verdict(verdict).messageZh("问题 " + requirement).messageEn("Problem " + requirement)
        .build();
  }

  static AssessmentReport report() {
    return AssessmentReport.builder().organisationId("acme").organisationName("Acme")
        .assessedOn(STAGE2_END)
        .addFinding(finding("4.1", Verdict.CONFORMS))
        .addFinding(finding("6.6.1", Verdict.MAJOR_NONCONFORMITY))
        .addFinding(finding("7.5", Verdict.MINOR_NONCONFORMITY))
        .addFinding(finding("9.1", Verdict.OBSERVATION))
        .build();
  }

  static NonconformityRegister register() {
    return NonconformityRegister.fromFindings("stage-2", STAGE2_END,
        NonconformityPolicy.example(), report());
  }

  @Test
  void theJudgesNonconformitiesBecomeTheAuditsOnes() {
    NonconformityRegister r = register();
    assertEquals(2, r.nonconformities().size());
    AuditNonconformity major = r.get("NC-001");
    assertEquals("6.6.1", major.requirementId());
    assertEquals(Grade.MAJOR, major.grade());
    assertEquals(NonconformityOrigin.JUDGE, major.origin());
    assertEquals(Optional.of("core.6.6.1"), major.ruleId());
    assertEquals(Grade.MINOR, r.get("NC-002").grade());
  }

  @Test
  void deadlinesOfTheBodysPolicy() {
    NonconformityRegister r = register();
    // major: 6 months after 2025-01-20; minor: 90 days after (11 + 28 + 31 + 20)
    assertEquals(LocalDate.of(2025, 7, 20), r.deadline(r.get("NC-001")));
    assertEquals(LocalDate.of(2025, 4, 20), r.deadline(r.get("NC-002")));
    assertFalse(r.mustRepeatAuditOn(LocalDate.of(2025, 7, 20)));
    assertTrue(r.mustRepeatAuditOn(LocalDate.of(2025, 7, 21)));
    assertEquals(List.of("NC-002"), r.overdueOn(LocalDate.of(2025, 4, 21)).stream()
        .map(AuditNonconformity::id).toList());
  }

  @Test
  void auditorsAddRegradeWithdrawAndCloseWithReasons() {
    LocalDate day = LocalDate.of(2025, 1, 21);
    NonconformityRegister r = register()
        .add(AuditNonconformity.builder().id("NC-003").requirementId("8.1").grade(Grade.MINOR)
            .origin(NonconformityOrigin.AUDITOR).description("Operating criteria not followed")
            .raisedOn(STAGE2_END).build(), "seen on site")
        .regrade("NC-002", Grade.MAJOR, day, "records missing for the whole year")
        .withdraw("NC-003", day, "criteria followed, shown by the shift log")
        .close("NC-001", LocalDate.of(2025, 3, 1), "revised target approved 2025-02-28");
    assertEquals(List.of(ActionKind.ADDED, ActionKind.REGRADED, ActionKind.WITHDRAWN,
        ActionKind.CLOSED), r.actions().stream().map(AuditorAction::kind).toList());
    assertEquals("MINOR -> MAJOR: records missing for the whole year",
        r.actions().get(1).reason());
    assertEquals(List.of("NC-002"), r.openMajorsOn(LocalDate.of(2025, 3, 1)).stream()
        .map(AuditNonconformity::id).toList());
    assertTrue(r.get("NC-003").withdrawn());
    assertThrows(IllegalArgumentException.class, () -> r.withdraw("NC-004", day, "x"));
    assertThrows(IllegalArgumentException.class, () -> r.close("NC-002", day, " "));
  }

  @Test
  void anOverdueMinorIsEscalatedOnlyIfThePolicySaysSo() {
    NonconformityRegister plain = register();
    LocalDate may = LocalDate.of(2025, 5, 21);
    assertEquals(plain, plain.escalateOverdueMinors(may));
    NonconformityRegister r = plain.withPolicy(NonconformityPolicy.example()
        .withMinorEscalationDays(30));
    // minor deadline 2025-04-20 + 30 days = 2025-05-20: escalated from 2025-05-21
    assertEquals(Grade.MINOR, r.escalateOverdueMinors(LocalDate.of(2025, 5, 20)).get("NC-002")
        .grade());
    NonconformityRegister e = r.escalateOverdueMinors(may);
    assertEquals(Grade.MAJOR, e.get("NC-002").grade());
    assertEquals(ActionKind.ESCALATED, e.actions().get(0).kind());
  }

  @Test
  void certifyingWithAMajorOpenIsAFinding() {
    NonconformityRegister r = register();
    CertificationDecision early = CertificationDecision.builder()
        .decidedOn(LocalDate.of(2025, 2, 1)).outcome(DecisionOutcome.CERTIFY)
        .decisionMakerId("dm").build();
    List<CertificationFinding> f = early.check(r);
    assertEquals(1, f.size());
    assertEquals("decision.major-open", f.get(0).ruleId());
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.get(0).verdict());
    assertEquals(List.of("NC-001"), f.get(0).subjectIds());
    assertEquals("Certification was decided on 2025-02-01 while the major nonconformities NC-001"
        + " were open.", f.get(0).message(Locale.ENGLISH));
    assertEquals("2025-02-01 作出认证决定时,严重不符合 NC-001 尚未关闭。",
        f.get(0).message(Locale.CHINESE));
    NonconformityRegister closed = r.close("NC-001", LocalDate.of(2025, 3, 1), "evidence");
    List<CertificationFinding> ok = early.withDecidedOn(LocalDate.of(2025, 3, 2)).check(closed);
    assertEquals(Verdict.CONFORMS, ok.get(0).verdict());
    // still open after the 6 months: the audit must be repeated as well
    List<CertificationFinding> late = early.withDecidedOn(LocalDate.of(2025, 8, 1)).check(r);
    assertEquals(List.of("decision.major-open", "decision.audit-to-repeat"),
        late.stream().map(CertificationFinding::ruleId).toList());
    // refusing with a major open is consistent
    assertEquals(Verdict.CONFORMS, early.withOutcome(DecisionOutcome.REFUSE).check(r).get(0)
        .verdict());
  }
}
