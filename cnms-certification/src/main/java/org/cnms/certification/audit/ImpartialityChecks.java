// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cnms.certification.CertificationFinding;
import org.cnms.certification.RuleSource;
import org.cnms.core.conformity.Verdict;

/**
 * The impartiality and competence checks of an audit assignment (ISO/IEC 17021-1 clauses 5.2 and
 * 7), from data, each reported as a finding:
 *
 * <ul>
 *   <li>{@code impartiality.tie}: no member of the team and not the decision-maker has a tie to
 *       the client ({@link RelationshipKind}: consultancy or internal audit → self-review,
 *       financial interest → self-interest, close relative → familiarity, reported pressure →
 *       intimidation) that lasts or ended less than the cooling-off period before the audit
 *       (two years by default);</li>
 *   <li>{@code impartiality.decision-maker-in-team}: the decision-maker is not on the team;</li>
 *   <li>{@code competence.coverage}: the team together covers every competence the scope
 *       needs.</li>
 * </ul>
 *
 * <p>Immutable, thread-safe.
 */
public final class ImpartialityChecks {

  static final RuleSource TIES = RuleSource.unconfirmed("ISO/IEC 17021-1:2015 5.2",
      "threats as this project summarises it; the two-year cooling-off period is this project's"
          + " reading, not confirmed");
  static final RuleSource DECIDER = RuleSource.unconfirmed("ISO/IEC 17021-1:2015 9.5",
      "as this project summarises it: the decision-maker is not on the audit team");
  static final RuleSource COMPETENCE = RuleSource.unconfirmed("ISO/IEC 17021-1:2015 7.1",
      "as this project summarises it: the team together covers the scope's competence");

  private final int coolingOffYears;

  private ImpartialityChecks(int coolingOffYears) {
    if (coolingOffYears < 0) {
      throw new IllegalArgumentException("The cooling-off period must not be negative, but was "
          + coolingOffYears + " years");
    }
    this.coolingOffYears = coolingOffYears;
  }

  /** The checks with a cooling-off period of two years. */
  public static ImpartialityChecks standard() {
    return new ImpartialityChecks(2);
  }

  /** The checks with the body's own cooling-off period in years. */
  public static ImpartialityChecks withCoolingOffYears(int years) {
    return new ImpartialityChecks(years);
  }

  /**
   * Checks an assignment against the recorded ties.
   *
   * @param assignment the assignment, not null
   * @param ties the body's recorded ties to clients, not null
   * @return the findings: one per tie that counts, the decision-maker check, the competence check
   */
  public List<CertificationFinding> check(AuditAssignment assignment, List<Relationship> ties) {
    Objects.requireNonNull(assignment, "assignment");
    List<CertificationFinding> findings = new ArrayList<>();
    List<Person> people = new ArrayList<>(assignment.team());
    people.add(assignment.decisionMaker());
    LocalDate limit = assignment.auditOn().minusYears(coolingOffYears);
    boolean tieFound = false;
    for (Relationship r : ties) {
      if (!r.clientId().equals(assignment.clientId())
          || people.stream().noneMatch(p -> p.id().equals(r.personId()))) {
        continue;
      }
      boolean counts = r.endedOn().isEmpty() || r.endedOn().get().isAfter(limit)
          || r.kind() == RelationshipKind.PRESSURE_REPORTED;
      if (counts) {
        tieFound = true;
        findings.add(CertificationFinding.of("impartiality.tie", TIES,
            Verdict.MAJOR_NONCONFORMITY, List.of(r.personId(), r.clientId()), r.personId(),
            r.kind(), r.kind().threat(), r.endedOn().map(LocalDate::toString).orElse("-"),
            coolingOffYears));
      }
    }
    if (!tieFound) {
      findings.add(CertificationFinding.of("impartiality.no-tie", TIES, Verdict.CONFORMS,
          List.of(assignment.clientId()), assignment.clientId()));
    }
    String decider = assignment.decisionMaker().id();
    boolean inTeam = assignment.team().stream().anyMatch(p -> p.id().equals(decider));
    findings.add(CertificationFinding.of(inTeam ? "impartiality.decision-maker-in-team"
            : "impartiality.decision-maker-apart", DECIDER,
        inTeam ? Verdict.MAJOR_NONCONFORMITY : Verdict.CONFORMS, List.of(decider), decider));
    Set<String> missing = new LinkedHashSet<>(assignment.requiredCompetences());
    assignment.team().forEach(p -> missing.removeAll(p.competences()));
    findings.add(missing.isEmpty()
        ? CertificationFinding.of("competence.covered", COMPETENCE, Verdict.CONFORMS,
            List.of(assignment.clientId()), assignment.requiredCompetences().size())
        : CertificationFinding.of("competence.missing", COMPETENCE, Verdict.MAJOR_NONCONFORMITY,
            List.copyOf(missing), String.join(", ", missing)));
    return findings;
  }
}
