// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ClauseIds;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * An area examined in an internal audit (T/CAS 612 clause 9.3) — a clause, a process, or a process
 * under a clause — with the persons responsible for it, so that the conformity engine can check
 * that no auditor audits their own work.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditedArea.class)
public abstract class AuditedArea implements WithAuditedArea {

  /** The clause audited, e.g. {@code 6.2.1}, if the area is a clause. */
  public abstract Optional<String> clause();

  /** The process audited, e.g. {@code 能源计量}, if the area is a process. */
  public abstract Optional<String> process();

  /** The ids of the persons responsible for the area; at least one, each once. */
  public abstract List<String> responsiblePersonIds();

  /** An area that is a clause, with its responsible persons. */
  public static AuditedArea ofClause(String clause, String... responsiblePersonIds) {
    return builder().clause(clause).addResponsiblePersonIds(responsiblePersonIds).build();
  }

  /** An area that is a process, with its responsible persons. */
  public static AuditedArea ofProcess(String process, String... responsiblePersonIds) {
    return builder().process(process).addResponsiblePersonIds(responsiblePersonIds).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AuditedArea}; a clause or a process (or both) and a responsible person are
   * required.
   */
  public static final class Builder extends ImmutableAuditedArea.Builder {}

  @Value.Check
  protected void check() {
    String t = "AuditedArea";
    if (clause().isEmpty() && process().isEmpty()) {
      throw new IllegalArgumentException("AuditedArea needs a clause or a process, but has"
          + " neither");
    }
    clause().ifPresent(c -> ClauseIds.requireClauseId(t, "clause", c));
    process().ifPresent(p -> Checks.requireNonBlank(t, "process", p));
    Checks.requireNonEmpty(t, "responsiblePersonIds", responsiblePersonIds());
    ListChecks.requireIds(t, "responsiblePersonIds", responsiblePersonIds());
  }
}
