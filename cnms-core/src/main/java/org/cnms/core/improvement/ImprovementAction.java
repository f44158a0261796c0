// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * An improvement action (改进措施) of T/CAS 612 clauses 10.1 and 10.3: an opportunity for
 * improvement found in performance evaluation (monitoring, audit, management review) and acted on,
 * with the indicators it should improve, who is responsible, when it is due and its expected
 * benefit.
 *
 * <p>{@link #completedOn()} is present exactly when the status is {@link
 * ImprovementStatus#COMPLETED}. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableImprovementAction.class)
public abstract class ImprovementAction implements Identified, WithImprovementAction {

  @Override
  public abstract String id();

  /** What is to be done. */
  public abstract String description();

  /** Where the opportunity came from, e.g. {@code 2025年管理评审} or a monitoring result id. */
  public abstract String origin();

  /** The ids of the performance indicators (clause 6.4) it should improve; each once. */
  public abstract List<String> relatedIndicatorIds();

  /** The id of the person responsible. */
  public abstract String responsiblePersonId();

  /** The date by which it is due. */
  public abstract LocalDate dueDate();

  /** Its status. */
  public abstract ImprovementStatus status();

  /** The expected reduction of emissions per year, not negative, if estimated. */
  public abstract Optional<Co2e> expectedBenefit();

  /** The date it was completed; present exactly when the status is {@code COMPLETED}. */
  public abstract Optional<LocalDate> completedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ImprovementAction}; {@code id}, {@code description}, {@code origin},
   * {@code responsiblePersonId}, {@code dueDate} and {@code status} are required, and
   * {@code completedOn} for a completed action.
   */
  public static final class Builder extends ImmutableImprovementAction.Builder {}

  @Value.Check
  protected void check() {
    String t = "ImprovementAction";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "description", description());
    Checks.requireNonBlank(t, "origin", origin());
    ListChecks.requireIds(t, "relatedIndicatorIds", relatedIndicatorIds());
    Checks.requireId(t, "responsiblePersonId", responsiblePersonId());
    expectedBenefit().ifPresent(b -> Checks.requireNonNegative(t, "expectedBenefit",
        b.tonnes()));
    boolean completed = status() == ImprovementStatus.COMPLETED;
    if (completed && completedOn().isEmpty()) {
      throw new IllegalArgumentException("ImprovementAction " + id()
          + " is COMPLETED, so it needs a completedOn date");
    }
    if (!completed && completedOn().isPresent()) {
      throw new IllegalArgumentException("ImprovementAction " + id() + " has completedOn "
          + completedOn().get() + ", but its status is " + status() + ", not COMPLETED");
    }
  }
}
