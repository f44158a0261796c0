// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who audits a client and who decides: the audit team, the decision-maker, and the competence
 * areas the client's scope needs.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditAssignment.class)
public abstract class AuditAssignment implements WithAuditAssignment {

  /** The client. */
  public abstract String clientId();

  /** The first day of the audit. */
  public abstract LocalDate auditOn();

  /** The audit team's members. */
  public abstract List<Person> team();

  /** The person who takes the certification decision. */
  public abstract Person decisionMaker();

  /** The competence areas the scope needs. */
  public abstract Set<String> requiredCompetences();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditAssignment}. */
  public static final class Builder extends ImmutableAuditAssignment.Builder {}
}
