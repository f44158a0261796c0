// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cnms.core.Approval;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ClauseIds;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * An internal audit programme (内部审核方案) of T/CAS 612 clause 9.3: for one cycle, how often
 * audits are held, by which methods and with which responsibilities, which clauses are planned to
 * be audited and which key processes need attention.
 *
 * <p>Clauses are written as their numbers ({@code 4.1}, {@code 6.2.1}, {@code 9}); a clause covers
 * its sub-clauses ({@link #plansClause(String)}). The conformity engine checks that every clause 4
 * to 10 is audited within the cycle. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditProgramme.class)
public abstract class AuditProgramme implements Identified, WithAuditProgramme {

  @Override
  public abstract String id();

  /** The programme cycle, e.g. a calendar year. */
  public abstract org.cnms.core.organisation.ReportingPeriod cycle();

  /** How often audits are held, in months, above zero. */
  public abstract int frequencyMonths();

  /** The audit methods. */
  public abstract String methods();

  /** Who is responsible for planning, conducting and reporting the audits. */
  public abstract String responsibilities();

  /** The planning requirements of the audits (策划要求), if recorded. */
  public abstract Optional<String> planningRequirements();

  /** How audit results are reported (报告), if recorded. */
  public abstract Optional<String> reporting();

  /** The clauses planned to be audited, e.g. {@code 4.1}, {@code 6.2.1}; each once. */
  public abstract List<String> plannedClauses();

  /** The key processes to be considered, each a non-blank text. */
  public abstract List<String> keyProcesses();

  /** The approval of the programme, if given. */
  public abstract Optional<Approval> approval();

  /** Whether a planned clause covers {@code clause} (is it, or one of its parents). */
  public boolean plansClause(String clause) {
    return plannedClauses().stream().anyMatch(p -> ClauseIds.covers(p, clause));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AuditProgramme}; {@code id}, {@code cycle}, {@code frequencyMonths},
   * {@code methods} and {@code responsibilities} are required.
   */
  public static final class Builder extends ImmutableAuditProgramme.Builder {}

  @Value.Check
  protected void check() {
    String t = "AuditProgramme";
    Checks.requireId(t, "id", id());
    if (frequencyMonths() <= 0) {
      throw new IllegalArgumentException("AuditProgramme.frequencyMonths of " + id()
          + " must be above 0, but was " + frequencyMonths());
    }
    Checks.requireNonBlank(t, "methods", methods());
    Checks.requireNonBlank(t, "responsibilities", responsibilities());
    planningRequirements().ifPresent(p -> Checks.requireNonBlank(t, "planningRequirements", p));
    reporting().ifPresent(r -> Checks.requireNonBlank(t, "reporting", r));
    for (String c : plannedClauses()) {
      ClauseIds.requireClauseId(t, "plannedClauses", c);
    }
    Checks.requireDistinct(t, "plannedClauses", plannedClauses(), Function.identity());
    ListChecks.requireTexts(t, "keyProcesses", keyProcesses());
  }
}
