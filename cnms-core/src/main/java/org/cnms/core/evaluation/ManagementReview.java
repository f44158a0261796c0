// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * A management review (管理评审) of T/CAS 612 clause 9.4: top management's review of the
 * carbon-neutrality management system at planned intervals, with its inputs (items a to f of the
 * clause, {@link ReviewInput}) and outputs (items a to e, {@link ReviewOutput}), the actions
 * decided, and the actions for each target that was not achieved.
 *
 * <p>A review that lacks an input or an output, or a missed target without actions, is valid here
 * and reported by the conformity engine: see {@link #missingInputs()}, {@link #missingOutputs()}
 * and {@link #missedTargetsWithoutActions()}. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableManagementReview.class)
public abstract class ManagementReview implements Identified, WithManagementReview {

  @Override
  public abstract String id();

  /** The date the review was held. */
  public abstract LocalDate heldOn();

  /** The ids of the participants; at least one, each once. */
  public abstract List<String> participantPersonIds();

  /** What was presented for each input of clause 9.4 a–f; an absent key is a missing input. */
  public abstract Map<ReviewInput, String> inputs();

  /** What was concluded for each output of clause 9.4 a–e; an absent key is a missing output. */
  public abstract Map<ReviewOutput, String> outputs();

  /** The ids of the improvement or other actions decided; each once. */
  public abstract List<String> decidedActionIds();

  /** The ids of the targets found not achieved; each once. */
  public abstract List<String> missedTargetIds();

  /**
   * The ids of the actions decided for each missed target (clause 9.4, output d), keyed by target
   * id; every key is one of {@link #missedTargetIds()} and names at least one action.
   */
  public abstract Map<String, List<String>> actionsForMissedTargets();

  /** The id of the previous management review, if there was one. */
  public abstract Optional<String> previousReviewId();

  /** The inputs of clause 9.4 that the review lacks, in item order. */
  public Set<ReviewInput> missingInputs() {
    EnumSet<ReviewInput> missing = EnumSet.allOf(ReviewInput.class);
    missing.removeAll(inputs().keySet());
    return Collections.unmodifiableSet(missing);
  }

  /** The outputs of clause 9.4 that the review lacks, in item order. */
  public Set<ReviewOutput> missingOutputs() {
    EnumSet<ReviewOutput> missing = EnumSet.allOf(ReviewOutput.class);
    missing.removeAll(outputs().keySet());
    return Collections.unmodifiableSet(missing);
  }

  /**
   * The missed targets for which no action was decided, in the order of {@link #missedTargetIds()}.
   */
  public List<String> missedTargetsWithoutActions() {
    return missedTargetIds().stream().filter(t -> !actionsForMissedTargets().containsKey(t))
        .toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ManagementReview}; {@code id}, {@code heldOn} and a participant are required.
   */
  public static final class Builder extends ImmutableManagementReview.Builder {}

  /** Validates, and makes the action lists of {@link #actionsForMissedTargets()} immutable. */
  @Value.Check
  protected ManagementReview check() {
    String t = "ManagementReview";
    Checks.requireId(t, "id", id());
    Checks.requireNonEmpty(t, "participantPersonIds", participantPersonIds());
    ListChecks.requireIds(t, "participantPersonIds", participantPersonIds());
    inputs().forEach((k, v) -> Checks.requireNonBlank(t, "inputs." + k, v));
    outputs().forEach((k, v) -> Checks.requireNonBlank(t, "outputs." + k, v));
    ListChecks.requireIds(t, "decidedActionIds", decidedActionIds());
    ListChecks.requireIds(t, "missedTargetIds", missedTargetIds());
    boolean copied = true;
    for (Map.Entry<String, List<String>> e : actionsForMissedTargets().entrySet()) {
      if (!missedTargetIds().contains(e.getKey())) {
        throw new IllegalArgumentException("ManagementReview " + id()
            + ": actionsForMissedTargets names target '" + e.getKey()
            + "', which is not among missedTargetIds " + missedTargetIds());
      }
      String field = "actionsForMissedTargets." + e.getKey();
      Checks.requireNonEmpty(t, field, e.getValue());
      ListChecks.requireIds(t, field, e.getValue());
      copied &= e.getValue() instanceof ImmutableList;
    }
    previousReviewId().ifPresent(p -> {
      Checks.requireId(t, "previousReviewId", p);
      if (p.equals(id())) {
        throw new IllegalArgumentException("ManagementReview " + id()
            + " cannot name itself as its previous review");
      }
    });
    if (copied) {
      return this;
    }
    Map<String, List<String>> immutable = new LinkedHashMap<>();
    actionsForMissedTargets().forEach((k, v) -> immutable.put(k, ImmutableList.copyOf(v)));
    return ImmutableManagementReview.copyOf(this).withActionsForMissedTargets(immutable);
  }
}
