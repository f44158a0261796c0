// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import static org.cnms.core.improvement.NonconformityStatus.ACTION_TAKEN;
import static org.cnms.core.improvement.NonconformityStatus.CAUSE_ANALYSED;
import static org.cnms.core.improvement.NonconformityStatus.CLOSED;
import static org.cnms.core.improvement.NonconformityStatus.CONTAINED;
import static org.cnms.core.improvement.NonconformityStatus.EFFECTIVENESS_REVIEWED;
import static org.cnms.core.improvement.NonconformityStatus.REPORTED;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ClauseIds;
import org.immutables.value.Value;

/**
 * A nonconformity (不符合) and what is done about it, T/CAS 612 clause 10.2: the reaction (a) —
 * control and correction where applicable, and the consequences —, the review of its nature and
 * cause and of similar nonconformities with the decision on whether action is needed (b), the
 * corrective actions (纠正措施) carried out (c), the reviews of their effectiveness (d), and any change
 * to the carbon neutrality management system (e); clause 10.2 knows corrective action only.
 *
 * <p>The {@linkplain #status() status} is derived from the records present, never stored. A
 * coherent record that does not meet clause 10.2 — closed without a cause analysis, a corrective
 * action or an effectiveness review — is valid here and reported by the conformity engine (rule
 * {@code core.10.2.nonconformities-handled}); only what is not a record at all is refused: a
 * missing id or description, a date before {@link #reportedOn()}, effectiveness reviews out of
 * date order ({@link IllegalArgumentException}).
 *
 * <p>The transition methods ({@link #contain}, {@link #analyseCause}, {@link #takeAction}, {@link
 * #completeAction}, {@link #reviewEffectiveness}, {@link #close}) return a new value one step on
 * and guide a workflow through clause 10.2; called out of order they throw an {@link
 * IllegalStateException} naming the current status. If a review finds the actions not effective,
 * further actions can be taken ({@link #takeAction}); the earlier reviews are kept in {@link
 * #effectivenessReviews()}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNonconformity.class)
public abstract class Nonconformity implements Identified, WithNonconformity {

  @Override
  public abstract String id();

  /** What the nonconformity is, with its evidence. */
  public abstract String description();

  /** Where it was found. */
  public abstract NonconformityOrigin origin();

  /** The clause not conformed to, e.g. {@code 9.1.3}, if stated. */
  public abstract Optional<String> requirementId();

  /** How severe it is. */
  public abstract Severity severity();

  /** The date it was reported. */
  public abstract LocalDate reportedOn();

  /**
   * The reaction (clause 10.2 a): the control and correction, where applicable, and how the
   * consequences were dealt with; absent when none was recorded.
   */
  public abstract Optional<Containment> containment();

  /** The cause analysis (clause 10.2 b). */
  public abstract Optional<CauseAnalysis> causeAnalysis();

  /** The corrective actions (clause 10.2 c); ids distinct. */
  public abstract List<CorrectiveAction> correctiveActions();

  /**
   * The reviews of the effectiveness of the actions (clause 10.2 d), oldest first; all but the last
   * found the actions not effective and led to further action.
   */
  public abstract List<EffectivenessReview> effectivenessReviews();

  /** The changes made to the management system, if any were needed (clause 10.2 e). */
  public abstract Optional<String> systemChanges();

  /** The date it was closed, once closed. */
  public abstract Optional<LocalDate> closedOn();

  /**
   * The stage of its life, derived from the records present: {@code CLOSED} with a {@link
   * #closedOn()} date; else {@code EFFECTIVENESS_REVIEWED} with an effectiveness review that no
   * open corrective action and no action completed after it follows; else {@code ACTION_TAKEN}
   * with a corrective action; {@code CAUSE_ANALYSED} with a cause analysis; {@code CONTAINED} with
   * a reaction; else {@code REPORTED}.
   */
  public NonconformityStatus status() {
    if (closedOn().isPresent()) {
      return CLOSED;
    }
    Optional<EffectivenessReview> review = effectivenessReview();
    if (review.isPresent() && correctiveActions().stream().noneMatch(a -> a.completedOn()
        .map(done -> done.isAfter(review.get().reviewedOn())).orElse(true))) {
      return EFFECTIVENESS_REVIEWED;
    }
    if (!correctiveActions().isEmpty()) {
      return ACTION_TAKEN;
    }
    if (causeAnalysis().isPresent()) {
      return CAUSE_ANALYSED;
    }
    return containment().isPresent() ? CONTAINED : REPORTED;
  }

  /**
   * What is missing for a closure that meets clause 10.2, in item order: {@code b)} without a
   * cause analysis, {@code c)} when the analysis found action needed and no corrective action was
   * taken or one is not completed, {@code d)} when a corrective action was taken and no latest
   * effectiveness review found the actions effective. Empty when the record is complete; the
   * reaction of a) is needed only where applicable and is not asked for.
   */
  public List<String> missingForClosure() {
    List<String> missing = new ArrayList<>();
    if (causeAnalysis().isEmpty()) {
      missing.add("b)");
    }
    boolean actionNeeded = causeAnalysis().map(CauseAnalysis::actionNeeded).orElse(true);
    if ((actionNeeded && correctiveActions().isEmpty()) || firstOpenAction().isPresent()) {
      missing.add("c)");
    }
    boolean reviewNeeded = actionNeeded || !correctiveActions().isEmpty();
    if (reviewNeeded && !effectivenessReview().map(EffectivenessReview::effective)
        .orElse(false)) {
      missing.add("d)");
    }
    return List.copyOf(missing);
  }

  /** The latest effectiveness review, if there was one. */
  public Optional<EffectivenessReview> effectivenessReview() {
    List<EffectivenessReview> reviews = effectivenessReviews();
    return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
  }

  /** The corrective action with this id, if there is one. */
  public Optional<CorrectiveAction> correctiveAction(String actionId) {
    return correctiveActions().stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /** A nonconformity reported on {@code reportedOn}, not yet acted on. */
  public static Nonconformity report(String id, String description, NonconformityOrigin origin,
      Severity severity, LocalDate reportedOn) {
    return builder().id(id).description(description).origin(origin).severity(severity)
        .reportedOn(reportedOn).build();
  }

  // ---------------------------------------------------------------- transitions

  /**
   * Records the reaction to the nonconformity (clause 10.2 a): {@code REPORTED} → {@code
   * CONTAINED}.
   *
   * @param correction the correction made and how consequences were dealt with, not blank
   * @param correctedOn the date, not before {@link #reportedOn()}
   * @return the contained nonconformity
   * @throws IllegalStateException if the status is not {@code REPORTED}
   * @throws IllegalArgumentException if the correction is blank or the date too early
   */
  public Nonconformity contain(String correction, LocalDate correctedOn) {
    requireStatus("contain", REPORTED);
    return next().containment(Containment.of(correction, correctedOn))
        .causeAnalysis(causeAnalysis()).addAllCorrectiveActions(correctiveActions())
        .addAllEffectivenessReviews(effectivenessReviews()).closedOn(closedOn()).build();
  }

  /**
   * Records the cause analysis (clause 10.2 b): {@code REPORTED} or {@code CONTAINED} → {@code
   * CAUSE_ANALYSED} (a reaction is needed only where applicable).
   *
   * @throws IllegalStateException if the status is neither {@code REPORTED} nor {@code CONTAINED}
   * @throws IllegalArgumentException if the analysis is dated before {@link #reportedOn()}
   */
  public Nonconformity analyseCause(CauseAnalysis analysis) {
    if (status() != REPORTED && status() != CONTAINED) {
      throw new IllegalStateException("Nonconformity " + id() + " is " + status()
          + "; analyseCause needs status REPORTED or CONTAINED");
    }
    return next().containment(containment()).causeAnalysis(analysis)
        .addAllCorrectiveActions(correctiveActions())
        .addAllEffectivenessReviews(effectivenessReviews()).closedOn(closedOn()).build();
  }

  /**
   * Adds a corrective action (clause 10.2 c): from {@code CAUSE_ANALYSED}, from {@code
   * ACTION_TAKEN}, or from {@code EFFECTIVENESS_REVIEWED} when the latest review found the actions
   * not effective; the result is {@code ACTION_TAKEN}.
   *
   * @throws IllegalStateException from any other status
   * @throws IllegalArgumentException if the action's id is already used or its dates too early
   */
  public Nonconformity takeAction(CorrectiveAction action) {
    boolean reopening = status() == EFFECTIVENESS_REVIEWED
        && !effectivenessReview().map(EffectivenessReview::effective).orElse(true);
    if (status() != CAUSE_ANALYSED && status() != ACTION_TAKEN && !reopening) {
      throw new IllegalStateException("Nonconformity " + id() + " is " + status()
          + "; takeAction needs status CAUSE_ANALYSED or ACTION_TAKEN, or EFFECTIVENESS_REVIEWED"
          + " with actions found not effective");
    }
    return next().containment(containment()).causeAnalysis(causeAnalysis())
        .addAllCorrectiveActions(correctiveActions()).addCorrectiveAction(action)
        .addAllEffectivenessReviews(effectivenessReviews()).closedOn(closedOn()).build();
  }

  /**
   * Marks a corrective action completed (clause 10.2 c); the status stays {@code ACTION_TAKEN}.
   *
   * @throws IllegalStateException if the status is not {@code ACTION_TAKEN}, or the action was
   *     already completed
   * @throws IllegalArgumentException if there is no action with this id, or the date is too early
   */
  public Nonconformity completeAction(String actionId, LocalDate completedOn) {
    requireStatus("completeAction", ACTION_TAKEN);
    CorrectiveAction action = correctiveAction(actionId).orElseThrow(() ->
        new IllegalArgumentException("Nonconformity " + id() + " has no corrective action '"
            + actionId + "'"));
    action.completedOn().ifPresent(done -> {
      throw new IllegalStateException("Corrective action " + actionId + " of nonconformity "
          + id() + " was already completed on " + done);
    });
    List<CorrectiveAction> actions = new ArrayList<>();
    for (CorrectiveAction a : correctiveActions()) {
      actions.add(a.id().equals(actionId) ? a.withCompletedOn(completedOn) : a);
    }
    return next().containment(containment()).causeAnalysis(causeAnalysis())
        .addAllCorrectiveActions(actions).addAllEffectivenessReviews(effectivenessReviews())
        .closedOn(closedOn()).build();
  }

  /**
   * Records a review of the effectiveness of the actions (clause 10.2 d): from {@code
   * ACTION_TAKEN} once every action is completed, or from {@code CAUSE_ANALYSED} when the analysis
   * found no action needed; the result is {@code EFFECTIVENESS_REVIEWED}, whatever the review
   * found.
   *
   * @throws IllegalStateException from any other status, or while an action is not completed
   * @throws IllegalArgumentException if the review is dated before an action's completion
   */
  public Nonconformity reviewEffectiveness(EffectivenessReview review) {
    boolean noActionNeeded = status() == CAUSE_ANALYSED
        && !causeAnalysis().map(CauseAnalysis::actionNeeded).orElse(true);
    if (status() != ACTION_TAKEN && !noActionNeeded) {
      throw new IllegalStateException("Nonconformity " + id() + " is " + status()
          + "; reviewEffectiveness needs status ACTION_TAKEN, or CAUSE_ANALYSED when the"
          + " analysis found no action needed");
    }
    firstOpenAction().ifPresent(open -> {
      throw new IllegalStateException("Nonconformity " + id() + ": the effectiveness of its"
          + " actions cannot be reviewed while corrective action " + open.id()
          + " is not completed (clause 10.2 c, d)");
    });
    correctiveActions().stream().map(a -> a.completedOn().orElseThrow())
        .max(LocalDate::compareTo).filter(last -> review.reviewedOn().isBefore(last))
        .ifPresent(last -> {
          throw new IllegalArgumentException("Nonconformity " + id() + ": its effectiveness"
              + " review of " + review.reviewedOn() + " must not be before the completion of"
              + " its last corrective action on " + last);
        });
    return next().containment(containment())
        .causeAnalysis(causeAnalysis()).addAllCorrectiveActions(correctiveActions())
        .addAllEffectivenessReviews(effectivenessReviews()).addEffectivenessReview(review)
        .closedOn(closedOn()).build();
  }

  /**
   * Closes the nonconformity: {@code EFFECTIVENESS_REVIEWED} → {@code CLOSED}, when the latest
   * review found the actions effective.
   *
   * @throws IllegalStateException if the status is not {@code EFFECTIVENESS_REVIEWED}, or the
   *     latest review found the actions not effective
   * @throws IllegalArgumentException if {@code closedOn} is before the latest review
   */
  public Nonconformity close(LocalDate closedOn) {
    if (status() == CLOSED) {
      throw new IllegalStateException("Nonconformity " + id() + " is already CLOSED, on "
          + closedOn().orElseThrow());
    }
    if (status() != EFFECTIVENESS_REVIEWED) {
      throw new IllegalStateException("Nonconformity " + id() + " cannot be closed without an"
          + " effectiveness review (clause 10.2 d): its status is " + status()
          + ", and close needs EFFECTIVENESS_REVIEWED");
    }
    EffectivenessReview last = effectivenessReview().orElseThrow();
    if (!last.effective()) {
      throw new IllegalStateException(notEffective(last) + "; take further action first");
    }
    return next().containment(containment()).causeAnalysis(causeAnalysis())
        .addAllCorrectiveActions(correctiveActions())
        .addAllEffectivenessReviews(effectivenessReviews()).closedOn(closedOn).build();
  }

  private void requireStatus(String transition, NonconformityStatus required) {
    if (status() != required) {
      throw new IllegalStateException("Nonconformity " + id() + " is " + status() + "; "
          + transition + " needs status " + required);
    }
  }

  /** A builder holding the fixed attributes of this nonconformity. */
  private Builder next() {
    Builder b = builder();
    b.id(id()).description(description()).origin(origin()).requirementId(requirementId())
        .severity(severity()).reportedOn(reportedOn()).systemChanges(systemChanges());
    return b;
  }

  private Optional<CorrectiveAction> firstOpenAction() {
    return correctiveActions().stream().filter(a -> !a.completed()).findFirst();
  }

  private String notEffective(EffectivenessReview review) {
    return "Nonconformity " + id() + " cannot be closed: its effectiveness review of "
        + review.reviewedOn() + " found the actions not effective (clause 10.2 d)";
  }

  // ---------------------------------------------------------------- building

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Nonconformity}; {@code id}, {@code description}, {@code origin},
   * {@code severity} and {@code reportedOn} are required.
   */
  public static final class Builder extends ImmutableNonconformity.Builder {}

  @Value.Check
  protected void check() {
    String t = "Nonconformity";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "description", description());
    requirementId().ifPresent(r -> ClauseIds.requireClauseId(t, "requirementId", r));
    systemChanges().ifPresent(s -> Checks.requireNonBlank(t, "systemChanges", s));
    Checks.requireDistinct(t, "correctiveActions", correctiveActions(), CorrectiveAction::id);
    checkDates();
  }

  private void checkDates() {
    containment().ifPresent(c -> notBeforeReport("containment.correctedOn", c.correctedOn()));
    causeAnalysis().ifPresent(c -> notBeforeReport("causeAnalysis.analysedOn", c.analysedOn()));
    for (CorrectiveAction a : correctiveActions()) {
      notBeforeReport("correctiveActions[" + a.id() + "].dueDate", a.dueDate());
      if (a.completedOn().isPresent()) {
        LocalDate done = a.completedOn().get();
        notBeforeReport("correctiveActions[" + a.id() + "].completedOn", done);
      }
    }
    LocalDate previousReview = null;
    for (EffectivenessReview r : effectivenessReviews()) {
      notBeforeReport("effectivenessReviews.reviewedOn", r.reviewedOn());
      if (previousReview != null && r.reviewedOn().isBefore(previousReview)) {
        throw new IllegalArgumentException("Nonconformity " + id() + ": effectiveness reviews"
            + " must be in order of date, but one of " + r.reviewedOn() + " follows one of "
            + previousReview);
      }
      previousReview = r.reviewedOn();
    }
    if (closedOn().isPresent()) {
      LocalDate closed = closedOn().get();
      notBeforeReport("closedOn", closed);
      if (previousReview != null && closed.isBefore(previousReview)) {
        throw new IllegalArgumentException("Nonconformity " + id() + ": closedOn " + closed
            + " must not be before its effectiveness review of " + previousReview);
      }
    }
  }

  private void notBeforeReport(String field, LocalDate date) {
    if (date.isBefore(reportedOn())) {
      throw new IllegalArgumentException("Nonconformity " + id() + ": " + field + " " + date
          + " must not be before reportedOn " + reportedOn());
    }
  }
}
