// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An evaluation of effectiveness (有效性评价): whether an action achieved what it was meant to — of
 * actions on risks and opportunities (T/CAS 612 clause 6.1.2), of training and other actions to
 * acquire competence (clause 7.2 c), of corrective actions (clause 10.2 d).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableEffectivenessEvaluation.class)
public abstract class EffectivenessEvaluation implements WithEffectivenessEvaluation {

  /** The date of the evaluation. */
  public abstract LocalDate evaluatedOn();

  /** Whether the action was found effective. */
  public abstract boolean effective();

  /** What was evaluated and found, e.g. the figures compared. */
  public abstract String notes();

  /** The id of the person who evaluated, if recorded. */
  public abstract Optional<String> evaluatedBy();

  /** An evaluation on {@code evaluatedOn} with its result and notes. */
  public static EffectivenessEvaluation of(LocalDate evaluatedOn, boolean effective,
      String notes) {
    return builder().evaluatedOn(evaluatedOn).effective(effective).notes(notes).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EffectivenessEvaluation}; {@code evaluatedOn}, {@code effective} and
   * {@code notes} are required.
   */
  public static final class Builder extends ImmutableEffectivenessEvaluation.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("EffectivenessEvaluation", "notes", notes());
    evaluatedBy().ifPresent(p -> Checks.requireId("EffectivenessEvaluation", "evaluatedBy", p));
  }
}
