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
 * A nonconformity (不符合) and its corrective actions (纠正措施), T/CAS 612 clause 10.2, through its
 * life: {@linkplain NonconformityStatus#REPORTED reported}, {@linkplain
 * NonconformityStatus#CONTAINED contained and corrected} (a), {@linkplain
 * NonconformityStatus#CAUSE_ANALYSED cause analysed} (b), {@linkplain
 * NonconformityStatus#ACTION_TAKEN action taken} (c), {@linkplain
 * NonconformityStatus#EFFECTIVENESS_REVIEWED effectiveness reviewed} (d), {@linkplain
 * NonconformityStatus#CLOSED closed}; changes to the management system (e) are recorded on the way.
 *
 * <p>The status is always consistent with the data present: each status needs the record of its
 * own step and of every step before it, and no record of a later step. In particular a
 * nonconformity is {@code CLOSED} only with a containment, a cause analysis, at least one completed
 * corrective action (none is needed if the analysis found no action necessary), every corrective
 * action completed, and a latest effectiveness review that found the actions effective. Every date
 * lies on or after {@link #reportedOn()}. A value that breaks these rules cannot be built, neither
 * by the builder nor from JSON or YAML ({@link IllegalArgumentException}).
 *
 * <p>The transition methods ({@link #contain}, {@link #analyseCause}, {@link #takeAction}, {@link
 * #completeAction}, {@link #reviewEffectiveness}, {@link #close}) return a new value one step on;
 * called out of order they throw an {@link IllegalStateException} naming the current status and
 * the one required. If a review finds the actions not effective, further actions can be taken
 * ({@link #takeAction}); the earlier reviews are kept in {@link #effectivenessReviews()}.
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

  /** The reaction: control, correction and consequences (clause 10.2 a). */
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

  /** The date it was closed; present exactly when the status is {@code CLOSED}. */
  public abstract Optional<LocalDate> closedOn();

  /** The stage of its life. */
  public abstract NonconformityStatus status();

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
        .reportedOn(reportedOn).status(REPORTED).build();
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
    return next(CONTAINED).containment(Containment.of(correction, correctedOn))
        .causeAnalysis(causeAnalysis()).addAllCorrectiveActions(correctiveActions())
        .addAllEffectivenessReviews(effectivenessReviews()).closedOn(closedOn()).build();
  }

  /**
   * Records the cause analysis (clause 10.2 b): {@code CONTAINED} → {@code CAUSE_ANALYSED}.
   *
   * @throws IllegalStateException if the status is not {@code CONTAINED}
   * @throws IllegalArgumentException if the analysis is dated before {@link #reportedOn()}
   */
  public Nonconformity analyseCause(CauseAnalysis analysis) {
    requireStatus("analyseCause", CONTAINED);
    return next(CAUSE_ANALYSED).containment(containment()).causeAnalysis(analysis)
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
    return next(ACTION_TAKEN).containment(containment()).causeAnalysis(causeAnalysis())
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
    return next(ACTION_TAKEN).containment(containment()).causeAnalysis(causeAnalysis())
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
    return next(EFFECTIVENESS_REVIEWED).containment(containment())
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
    return next(CLOSED).containment(containment()).causeAnalysis(causeAnalysis())
        .addAllCorrectiveActions(correctiveActions())
        .addAllEffectivenessReviews(effectivenessReviews()).closedOn(closedOn).build();
  }

  private void requireStatus(String transition, NonconformityStatus required) {
    if (status() != required) {
      throw new IllegalStateException("Nonconformity " + id() + " is " + status() + "; "
          + transition + " needs status " + required);
    }
  }

  /** A builder holding the fixed attributes of this nonconformity and the new status. */
  private Builder next(NonconformityStatus status) {
    Builder b = builder();
    b.id(id()).description(description()).origin(origin()).requirementId(requirementId())
        .severity(severity()).reportedOn(reportedOn()).systemChanges(systemChanges())
        .status(status);
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
   * {@code severity}, {@code reportedOn} and {@code status} are required, and the data of every
   * step up to the status (see the class description).
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
    if (status() == CLOSED) {
      checkClosed();
    }
    checkStatus();
  }

  private void checkDates() {
    containment().ifPresent(c -> notBeforeReport("containment.correctedOn", c.correctedOn()));
    causeAnalysis().ifPresent(c -> notBeforeReport("causeAnalysis.analysedOn", c.analysedOn()));
    LocalDate lastCompletion = null;
    for (CorrectiveAction a : correctiveActions()) {
      notBeforeReport("correctiveActions[" + a.id() + "].dueDate", a.dueDate());
      if (a.completedOn().isPresent()) {
        LocalDate done = a.completedOn().get();
        notBeforeReport("correctiveActions[" + a.id() + "].completedOn", done);
        lastCompletion = lastCompletion == null || done.isAfter(lastCompletion) ? done
            : lastCompletion;
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
    if (previousReview != null && lastCompletion != null
        && status().compareTo(EFFECTIVENESS_REVIEWED) >= 0
        && previousReview.isBefore(lastCompletion)) {
      throw new IllegalArgumentException("Nonconformity " + id() + ": its effectiveness review"
          + " of " + previousReview + " must not be before the completion of its last corrective"
          + " action on " + lastCompletion);
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

  private void checkClosed() {
    String cannot = "Nonconformity " + id() + " cannot be closed ";
    if (containment().isEmpty()) {
      throw new IllegalArgumentException(cannot + "without a containment (clause 10.2 a)");
    }
    if (causeAnalysis().isEmpty()) {
      throw new IllegalArgumentException(cannot + "without a cause analysis (clause 10.2 b)");
    }
    if (causeAnalysis().get().actionNeeded() && correctiveActions().isEmpty()) {
      throw new IllegalArgumentException(cannot
          + "without a completed corrective action (clause 10.2 c)");
    }
    firstOpenAction().ifPresent(open -> {
      throw new IllegalArgumentException(cannot + "while corrective action " + open.id()
          + " is not completed (clause 10.2 c)");
    });
    EffectivenessReview last = effectivenessReview().orElseThrow(() ->
        new IllegalArgumentException(cannot + "without an effectiveness review (clause 10.2 d)"));
    if (!last.effective()) {
      throw new IllegalArgumentException(notEffective(last));
    }
    if (closedOn().isEmpty()) {
      throw new IllegalArgumentException("Nonconformity " + id()
          + " is CLOSED, so it needs a closedOn date");
    }
  }

  private void checkStatus() {
    NonconformityStatus s = status();
    // data of a later step than the status
    aheadOf("a containment", containment().isPresent(), CONTAINED);
    aheadOf("a cause analysis", causeAnalysis().isPresent(), CAUSE_ANALYSED);
    aheadOf("corrective actions", !correctiveActions().isEmpty(), ACTION_TAKEN);
    if (!effectivenessReviews().isEmpty() && s.compareTo(ACTION_TAKEN) < 0) {
      boolean noActionNeeded = causeAnalysis().map(a -> !a.actionNeeded()).orElse(false);
      aheadOf("an effectiveness review", true,
          noActionNeeded ? EFFECTIVENESS_REVIEWED : ACTION_TAKEN);
    }
    if (s == ACTION_TAKEN && effectivenessReview().map(EffectivenessReview::effective)
        .orElse(false)) {
      throw new IllegalArgumentException("Nonconformity " + id() + " has an effectiveness review"
          + " that found the actions effective, so its status must be EFFECTIVENESS_REVIEWED or"
          + " CLOSED, but was ACTION_TAKEN");
    }
    if (closedOn().isPresent() && s != CLOSED) {
      throw new IllegalArgumentException("Nonconformity " + id() + " has closedOn "
          + closedOn().get() + ", but its status is " + s + ", not CLOSED");
    }
    // data the status needs
    needs("a containment (clause 10.2 a)", containment().isPresent(), CONTAINED);
    needs("a cause analysis (clause 10.2 b)", causeAnalysis().isPresent(), CAUSE_ANALYSED);
    if (s == ACTION_TAKEN && correctiveActions().isEmpty()) {
      throw new IllegalArgumentException("Nonconformity " + id() + " with status ACTION_TAKEN"
          + " needs a corrective action (clause 10.2 c)");
    }
    if (s.compareTo(EFFECTIVENESS_REVIEWED) >= 0) {
      needs("an effectiveness review (clause 10.2 d)", !effectivenessReviews().isEmpty(),
          EFFECTIVENESS_REVIEWED);
      if (causeAnalysis().orElseThrow().actionNeeded() && correctiveActions().isEmpty()) {
        throw new IllegalArgumentException("Nonconformity " + id() + " with status " + s
            + " needs a corrective action, since its cause analysis found action needed"
            + " (clause 10.2 c)");
      }
      firstOpenAction().ifPresent(open -> {
        throw new IllegalArgumentException("Nonconformity " + id() + " with status " + s
            + " needs every corrective action completed, but " + open.id() + " is not"
            + " (clause 10.2 c)");
      });
    }
  }

  private void aheadOf(String what, boolean present, NonconformityStatus earliest) {
    if (present && status().compareTo(earliest) < 0) {
      throw new IllegalArgumentException("Nonconformity " + id() + " has " + what
          + ", so its status must be " + earliest + " or later, but was " + status());
    }
  }

  private void needs(String what, boolean present, NonconformityStatus from) {
    if (!present && status().compareTo(from) >= 0) {
      throw new IllegalArgumentException("Nonconformity " + id() + " with status " + status()
          + " needs " + what);
    }
  }
}
