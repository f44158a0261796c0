// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cnms.certification.CertificationFinding;
import org.cnms.core.conformity.Verdict;
import org.junit.jupiter.api.Test;

class ImpartialityChecksTest {

  static final Person LEAD = Person.of("wang", "Wang Li", "ghg-quantification", "tcas612");
  static final Person EXPERT = Person.of("chen", "Chen Jie", "cement");
  static final Person DECIDER = Person.of("zhao", "Zhao Min");

  static AuditAssignment assignment(Person decider) {
    return AuditAssignment.builder().clientId("acme").auditOn(LocalDate.of(2025, 1, 15))
        .addTeam(LEAD, EXPERT).decisionMaker(decider)
        .addRequiredCompetences("ghg-quantification", "tcas612", "cement").build();
  }

  static Relationship tie(String person, RelationshipKind kind, String ended) {
    return Relationship.builder().personId(person).clientId("acme").kind(kind)
        .endedOn(java.util.Optional.ofNullable(ended).map(LocalDate::parse)).build();
  }

  static List<String> rules(List<CertificationFinding> f) {
    return f.stream().map(CertificationFinding::ruleId).toList();
  }

  @Test
  void aCleanAssignmentConforms() {
    List<CertificationFinding> f = ImpartialityChecks.standard().check(assignment(DECIDER),
        List.of(tie("wang", RelationshipKind.CONSULTED, "2022-12-31")));
    // consultancy ended 2022-12-31, more than two years before 2025-01-15
    assertEquals(List.of("impartiality.no-tie", "impartiality.decision-maker-apart",
        "competence.covered"), rules(f));
    f.forEach(x -> assertEquals(Verdict.CONFORMS, x.verdict()));
  }

  @Test
  void tiesWithinTheCoolingOffPeriodAreFindings() {
    List<CertificationFinding> f = ImpartialityChecks.standard().check(assignment(DECIDER),
        List.of(tie("wang", RelationshipKind.CONSULTED, "2023-06-30"),
            tie("zhao", RelationshipKind.FINANCIAL_INTEREST, null),
            tie("chen", RelationshipKind.INTERNAL_AUDIT, "2020-01-01")));
    assertEquals(List.of("impartiality.tie", "impartiality.tie",
        "impartiality.decision-maker-apart", "competence.covered"), rules(f));
    assertEquals(List.of("wang", "acme"), f.get(0).subjectIds());
    assertEquals("wang has a tie to the client (CONSULTED, threat: SELF_REVIEW; ended 2023-06-30)"
        + " within the cooling-off period of 2 years.", f.get(0).message(Locale.ENGLISH));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.get(1).verdict());
    // a body with a one-year cooling-off period accepts the consultancy ended 2023-06-30
    assertEquals(0, ImpartialityChecks.withCoolingOffYears(1).check(assignment(DECIDER),
        List.of(tie("wang", RelationshipKind.CONSULTED, "2023-06-30"))).stream()
        .filter(CertificationFinding::isNonconformity).count());
  }

  @Test
  void theDecisionMakerOnTheTeamAndMissingCompetenceAreFindings() {
    AuditAssignment a = assignment(LEAD).withTeam(List.of(LEAD));
    List<CertificationFinding> f = ImpartialityChecks.standard().check(a, List.of());
    assertEquals(List.of("impartiality.no-tie", "impartiality.decision-maker-in-team",
        "competence.missing"), rules(f));
    assertEquals(List.of("cement"), f.get(2).subjectIds());
    assertEquals("审核组无人具备认证范围所需的能力领域 cement。", f.get(2).message(Locale.CHINESE));
  }
}
