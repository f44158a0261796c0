// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.immutables.value.Value;

/**
 * The nonconformities of one audit (审核不符合项): drafted from the conformity judge's findings
 * ({@link #fromFindings}), then kept by the auditors — added, regraded or withdrawn, each with a
 * reason — and closed on evidence, every change in {@link #actions()}. The deadlines come from the
 * body's {@link NonconformityPolicy}, counted from the end of the audit.
 *
 * <p>Each change returns a new register. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNonconformityRegister.class)
public abstract class NonconformityRegister implements WithNonconformityRegister {

  /** The audit, e.g. {@code stage-2}. */
  public abstract String auditId();

  /** The last day of the audit; deadlines count from it. */
  public abstract LocalDate auditEndedOn();

  /** The body's policy. */
  public abstract NonconformityPolicy policy();

  /** The nonconformities, in the order raised (withdrawn ones kept). */
  public abstract List<AuditNonconformity> nonconformities();

  /** The audit trail. */
  public abstract List<AuditorAction> actions();

  /**
   * The register drafted from a report of the conformity judge: one nonconformity per finding
   * judged a minor or major nonconformity, numbered {@code NC-001} …, raised on the last day of the
   * audit, described by the finding's English message.
   *
   * @param auditId the audit, not blank
   * @param auditEndedOn the last day of the audit, not null
   * @param policy the body's policy, not null
   * @param report the judge's report, not null
   * @return the register
   */
  public static NonconformityRegister fromFindings(String auditId, LocalDate auditEndedOn,
      NonconformityPolicy policy, AssessmentReport report) {
    Builder b = builder().auditId(auditId).auditEndedOn(auditEndedOn).policy(policy);
    int n = 0;
    for (Finding f : report.nonconformities()) {
      n++;
      b.addNonconformity(AuditNonconformity.builder()
          .id(String.format(Locale.ROOT, "NC-%03d", n))
          .requirementId(f.requirementId())
          .grade(f.verdict() == Verdict.MAJOR_NONCONFORMITY ? Grade.MAJOR : Grade.MINOR)
          .origin(NonconformityOrigin.JUDGE).ruleId(f.ruleId())
          .description(f.messageEn()).raisedOn(auditEndedOn).build());
    }
    return b.build();
  }

  /** The nonconformity {@code id}. */
  public AuditNonconformity get(String id) {
    return nonconformities().stream().filter(nc -> nc.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Audit " + auditId()
            + " has no nonconformity " + id));
  }

  /**
   * Adds a nonconformity the judge did not find.
   *
   * @param nonconformity the nonconformity, its id new to the register
   * @param reason why, not blank
   * @return the new register
   * @throws IllegalArgumentException if the id is taken
   */
  public NonconformityRegister add(AuditNonconformity nonconformity, String reason) {
    if (nonconformities().stream().anyMatch(nc -> nc.id().equals(nonconformity.id()))) {
      throw new IllegalArgumentException("Audit " + auditId() + " already has a nonconformity "
          + nonconformity.id());
    }
    List<AuditNonconformity> list = new ArrayList<>(nonconformities());
    list.add(nonconformity);
    return withNonconformities(list).withActions(append(nonconformity.raisedOn(),
        nonconformity.id(), ActionKind.ADDED, reason));
  }

  /**
   * Changes the grade of {@code id}.
   *
   * @param id the nonconformity
   * @param grade the new grade
   * @param date the day
   * @param reason why, not blank
   * @return the new register
   */
  public NonconformityRegister regrade(String id, Grade grade, LocalDate date, String reason) {
    return change(id, nc -> nc.withGrade(grade), date, ActionKind.REGRADED,
        get(id).grade() + " -> " + grade + ": " + reason);
  }

  /**
   * Withdraws {@code id}; it stays in the register, no longer open.
   *
   * @param id the nonconformity
   * @param date the day
   * @param reason why, not blank
   * @return the new register
   */
  public NonconformityRegister withdraw(String id, LocalDate date, String reason) {
    return change(id, nc -> nc.withWithdrawalReason(reason), date, ActionKind.WITHDRAWN, reason);
  }

  /**
   * Closes {@code id} on evidence of correction and corrective action.
   *
   * @param id the nonconformity
   * @param date the day of verification
   * @param evidence the evidence, not blank
   * @return the new register
   * @throws IllegalArgumentException if the evidence is blank
   */
  public NonconformityRegister close(String id, LocalDate date, String evidence) {
    if (evidence.isBlank()) {
      throw new IllegalArgumentException("Nonconformity " + id + " of audit " + auditId()
          + " cannot be closed without evidence");
    }
    return change(id, nc -> nc.withClosedOn(date).withClosureEvidence(evidence), date,
        ActionKind.CLOSED, evidence);
  }

  /**
   * The deadline of a nonconformity: a major within the policy's months of the end of the
   * audit, a minor within its days.
   *
   * @param nonconformity one of this register's
   * @return the last day to close it
   */
  public LocalDate deadline(AuditNonconformity nonconformity) {
    return nonconformity.grade() == Grade.MAJOR
        ? auditEndedOn().plusMonths(policy().majorVerificationMonths())
        : auditEndedOn().plusDays(policy().minorResponseDays());
  }

  /** The nonconformities open on {@code date}. */
  public List<AuditNonconformity> openOn(LocalDate date) {
    return nonconformities().stream().filter(nc -> nc.isOpenOn(date)).toList();
  }

  /** The majors open on {@code date}. */
  public List<AuditNonconformity> openMajorsOn(LocalDate date) {
    return openOn(date).stream().filter(nc -> nc.grade() == Grade.MAJOR).toList();
  }

  /** The nonconformities open on {@code date} after their deadline. */
  public List<AuditNonconformity> overdueOn(LocalDate date) {
    return openOn(date).stream().filter(nc -> date.isAfter(deadline(nc))).toList();
  }

  /**
   * Whether the audit must be repeated (for stage 2: stage 2 again): a major is still open after
   * its verification deadline on {@code date}.
   */
  public boolean mustRepeatAuditOn(LocalDate date) {
    return overdueOn(date).stream().anyMatch(nc -> nc.grade() == Grade.MAJOR);
  }

  /**
   * Escalates to major every minor open on {@code date} more than the policy's escalation days
   * after its deadline; unchanged if the policy does not escalate.
   *
   * @param date the day
   * @return the new register
   */
  public NonconformityRegister escalateOverdueMinors(LocalDate date) {
    if (policy().minorEscalationDays().isEmpty()) {
      return this;
    }
    int days = policy().minorEscalationDays().get();
    NonconformityRegister r = this;
    for (AuditNonconformity nc : openOn(date)) {
      LocalDate limit = deadline(nc).plusDays(days);
      if (nc.grade() == Grade.MINOR && date.isAfter(limit)) {
        r = r.change(nc.id(), x -> x.withGrade(Grade.MAJOR), date, ActionKind.ESCALATED,
            "minor open after " + limit + " (deadline " + deadline(nc) + " + " + days
                + " days)");
      }
    }
    return r;
  }

  private NonconformityRegister change(String id, UnaryOperator<AuditNonconformity> f,
      LocalDate date, ActionKind kind, String reason) {
    AuditNonconformity old = get(id);
    List<AuditNonconformity> list = new ArrayList<>();
    for (AuditNonconformity nc : nonconformities()) {
      list.add(nc == old ? f.apply(nc) : nc);
    }
    return withNonconformities(list).withActions(append(date, id, kind, reason));
  }

  private List<AuditorAction> append(LocalDate date, String id, ActionKind kind, String reason) {
    List<AuditorAction> list = new ArrayList<>(actions());
    list.add(AuditorAction.builder().date(date).nonconformityId(id).kind(kind).reason(reason)
        .build());
    return list;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NonconformityRegister}. */
  public static final class Builder extends ImmutableNonconformityRegister.Builder {}
}
