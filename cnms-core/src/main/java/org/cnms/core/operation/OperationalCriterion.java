// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.cnms.core.units.Amount;
import org.immutables.value.Value;

/**
 * An operating criterion (运行准则) of T/CAS 612 clause 8.1.1: a control criterion (控制准则) for
 * how a facility, piece of equipment or process that gives rise to GHG sources or sinks is to be
 * operated or maintained, or what is asked of upstream and downstream parties (8.1.1 a)); or a
 * communication criterion (沟通准则) for people doing work under the organisation's control
 * (8.1.1 b)) — set from the GHG review (6.3) and the actions planned (6.6), with the records that
 * show the process ran as planned (8.1.2).
 *
 * <p>A control criterion names at least one GHG source or sink, so the conformity engine can check
 * that every kind of source and sink has one; a communication criterion may name none.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOperationalCriterion.class)
public abstract class OperationalCriterion implements Identified, WithOperationalCriterion {

  @Override
  public abstract String id();

  /** The ids of the GHG sources the criterion applies to. */
  public abstract List<String> sourceIds();

  /** The ids of the GHG sinks the criterion applies to. */
  public abstract List<String> sinkIds();

  /** What the criterion governs. */
  public abstract OperationalCriterionKind kind();

  /** The criterion itself, e.g. {@code 锅炉过量空气系数不高于1.2}. */
  public abstract String criterion();

  /** A limit the criterion sets, e.g. a maximum of {@code 1.2 t} steam per hour, if any. */
  public abstract Optional<Amount> limit();

  /** The records kept to show the process ran as planned, e.g. an operating log, if stated. */
  public abstract Optional<String> recordsKept();

  /** The date from which the criterion applies. */
  public abstract LocalDate effectiveFrom();

  /** Whether the criterion applies to the source or sink with this id. */
  public boolean appliesTo(String sourceOrSinkId) {
    return sourceIds().contains(sourceOrSinkId) || sinkIds().contains(sourceOrSinkId);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OperationalCriterion}; {@code id}, {@code kind}, {@code criterion},
   * {@code effectiveFrom} and, but for a communication criterion, a source or sink id are
   * required.
   */
  public static final class Builder extends ImmutableOperationalCriterion.Builder {}

  @Value.Check
  protected void check() {
    String t = "OperationalCriterion";
    Checks.requireId(t, "id", id());
    ListChecks.requireIds(t, "sourceIds", sourceIds());
    ListChecks.requireIds(t, "sinkIds", sinkIds());
    if (sourceIds().isEmpty() && sinkIds().isEmpty()
        && kind() != OperationalCriterionKind.COMMUNICATION) {
      throw new IllegalArgumentException("OperationalCriterion " + id()
          + " must name at least one GHG source or sink, but sourceIds and sinkIds are empty");
    }
    Checks.requireNonBlank(t, "criterion", criterion());
    limit().ifPresent(l -> Checks.requireNonNegative(t, "limit", l.value()));
    recordsKept().ifPresent(r -> Checks.requireNonBlank(t, "recordsKept", r));
  }
}
