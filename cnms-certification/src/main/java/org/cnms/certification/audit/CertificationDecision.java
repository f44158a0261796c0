// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.certification.CertificationFinding;
import org.cnms.certification.RuleSource;
import org.cnms.core.conformity.Verdict;
import org.immutables.value.Value;

/**
 * A certification decision (认证决定): its day, its outcome and who took it.
 *
 * <p>A decision is recorded as taken; {@link #check(NonconformityRegister)} judges it: to
 * certify while a major nonconformity is open is a finding, not an exception (conformity is
 * judged, not thrown). Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCertificationDecision.class)
public abstract class CertificationDecision implements WithCertificationDecision {

  static final RuleSource MAJOR_OPEN = RuleSource.unconfirmed("ISO/IEC 17021-1:2015 9.5",
      "as this project summarises it: no certification while a major nonconformity is open");

  /** The day. */
  public abstract LocalDate decidedOn();

  /** The outcome. */
  public abstract DecisionOutcome outcome();

  /** Who took it. */
  public abstract String decisionMakerId();

  /**
   * Judges the decision against the audit's nonconformities: to certify with a major open is a
   * major nonconformity of the decision; to certify after a major's verification deadline passed
   * (so the audit should be repeated) is another; otherwise the decision conforms.
   *
   * @param register the audit's nonconformities, not null
   * @return the findings, at least one
   */
  public List<CertificationFinding> check(NonconformityRegister register) {
    List<CertificationFinding> findings = new ArrayList<>();
    if (outcome() == DecisionOutcome.CERTIFY) {
      List<String> open = register.openMajorsOn(decidedOn()).stream()
          .map(AuditNonconformity::id).toList();
      if (!open.isEmpty()) {
        findings.add(CertificationFinding.of("decision.major-open", MAJOR_OPEN,
            Verdict.MAJOR_NONCONFORMITY, open, decidedOn(), String.join(", ", open)));
      }
      if (register.mustRepeatAuditOn(decidedOn())) {
        findings.add(CertificationFinding.of("decision.audit-to-repeat", register.policy()
            .source(), Verdict.MAJOR_NONCONFORMITY, List.of(register.auditId()),
            register.auditId(), register.policy().majorVerificationMonths()));
      }
    }
    if (findings.isEmpty()) {
      findings.add(CertificationFinding.of("decision.conforms", MAJOR_OPEN, Verdict.CONFORMS,
          List.of(register.auditId()), decidedOn(), outcome()));
    }
    return findings;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificationDecision}. */
  public static final class Builder extends ImmutableCertificationDecision.Builder {}
}
