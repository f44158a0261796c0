// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ClauseIds;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * An internal audit (内部审核) of T/CAS 612 clause 9.3, held under an {@link AuditProgramme}: its
 * criteria and scope, its auditors, the areas audited with the persons responsible for them, its
 * findings, and when its results were reported to management.
 *
 * <p>Auditors must be objective and impartial; {@link #auditorsOfOwnWork()} lists the auditors
 * who are also responsible for an area they audited, which the conformity engine reports.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAudit.class)
public abstract class Audit implements Identified, WithAudit {

  @Override
  public abstract String id();

  /** The id of the {@link AuditProgramme} the audit belongs to. */
  public abstract String programmeId();

  /** The date the audit was conducted (its first day). */
  public abstract LocalDate conductedOn();

  /** The audit criteria, e.g. {@code T/CAS 612—2022 and the CNMS manual}. */
  public abstract String criteria();

  /** The clauses in the scope of the audit; each once. */
  public abstract List<String> scopeClauses();

  /** The ids of the auditors; at least one, each once. */
  public abstract List<String> auditorPersonIds();

  /** The areas audited, with their responsible persons. */
  public abstract List<AuditedArea> auditedAreas();

  /** The findings; ids distinct. */
  public abstract List<AuditFinding> findings();

  /** The date the results were reported to management, once reported. */
  public abstract Optional<LocalDate> reportedToManagementOn();

  /**
   * The ids of the persons the results were reported to (clause 9.3.2 c): top management and the
   * relevant responsible persons); each once.
   */
  public abstract List<String> reportedToPersonIds();

  /**
   * The auditors who are also responsible for an area they audited (in the order of {@link
   * #auditorPersonIds()}); empty when the audit was impartial.
   */
  public List<String> auditorsOfOwnWork() {
    Set<String> responsible = new LinkedHashSet<>();
    for (AuditedArea a : auditedAreas()) {
      responsible.addAll(a.responsiblePersonIds());
    }
    return auditorPersonIds().stream().filter(responsible::contains).toList();
  }

  /** Whether a scope clause covers {@code clause} (is it, or one of its parents). */
  public boolean covers(String clause) {
    return scopeClauses().stream().anyMatch(s -> ClauseIds.covers(s, clause));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Audit}; {@code id}, {@code programmeId}, {@code conductedOn},
   * {@code criteria} and an auditor are required.
   */
  public static final class Builder extends ImmutableAudit.Builder {}

  @Value.Check
  protected void check() {
    String t = "Audit";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "programmeId", programmeId());
    Checks.requireNonBlank(t, "criteria", criteria());
    for (String c : scopeClauses()) {
      ClauseIds.requireClauseId(t, "scopeClauses", c);
    }
    Checks.requireDistinct(t, "scopeClauses", scopeClauses(), Function.identity());
    Checks.requireNonEmpty(t, "auditorPersonIds", auditorPersonIds());
    ListChecks.requireIds(t, "auditorPersonIds", auditorPersonIds());
    ListChecks.requireIds(t, "reportedToPersonIds", reportedToPersonIds());
    Checks.requireDistinct(t, "findings", findings(), AuditFinding::id);
    reportedToManagementOn().ifPresent(r -> Checks.requireNotBefore(t, "reportedToManagementOn",
        r, "conductedOn", conductedOn()));
  }
}
