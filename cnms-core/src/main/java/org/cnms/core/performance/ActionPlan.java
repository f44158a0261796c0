// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Approval;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The planned actions (措施) to achieve one or more {@linkplain #ghgTargetIds() GHG objectives and
 * targets} (T/CAS 612 clause 6.6.3): the five items a)–e) the clause asks for ({@link
 * ActionPlanItem}) — what will be done, the resources, who is responsible, the schedule, and how
 * and when the results are verified — and, optionally, the kind of action among the examples of
 * the clause's 注 2.
 *
 * <p>The five items are optional so that a draft plan can be recorded; {@link #hasAllFiveItems()}
 * and {@link #missingItems()} tell the conformity engine which are missing. Plans are approved by
 * top management (clause 5.1). Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableActionPlan.class)
public abstract class ActionPlan implements Identified, WithActionPlan {

  @Override
  public abstract String id();

  /** The ids of the {@link GhgTarget}s the plan serves, each once. */
  public abstract List<String> ghgTargetIds();

  /** The kind of action, among the examples of 6.6.3 注 2, if it is one of them. */
  public abstract Optional<ActionMeasure> measure();

  /** A short title. */
  public abstract String title();

  /** What will be done (6.6.3 item "what"). */
  public abstract Optional<String> description();

  /** The resources required (6.6.3 item "resources"). */
  public abstract Optional<String> resources();

  /** The id of the person or role responsible (6.6.3 item "who"). */
  public abstract Optional<String> responsible();

  /** When it will be completed (6.6.3 item "when"). */
  public abstract Optional<LocalDate> dueDate();

  /** How the results will be verified (6.6.3 item "how results are verified"). */
  public abstract Optional<String> verificationMethod();

  /**
   * The expected reduction in tCO₂e, if estimated; T/CAS 612 does not ask for it (beyond the
   * standard).
   */
  public abstract Optional<Co2e> expectedReduction();

  /** The approval of the plan by top management, if given (5.1). */
  public abstract Optional<Approval> approval();

  /** Where the plan stands; {@link ActionStatus#PLANNED} by default. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.PLANNED;
  }

  /** Whether all five items a)–e) of 6.6.3 are recorded. */
  public boolean hasAllFiveItems() {
    return missingItems().isEmpty();
  }

  /** The items a)–e) of 6.6.3 that are not recorded, in the clause's order. */
  public List<ActionPlanItem> missingItems() {
    List<ActionPlanItem> missing = new ArrayList<>(5);
    if (description().isEmpty()) {
      missing.add(ActionPlanItem.WHAT);
    }
    if (resources().isEmpty()) {
      missing.add(ActionPlanItem.RESOURCES);
    }
    if (responsible().isEmpty()) {
      missing.add(ActionPlanItem.RESPONSIBLE);
    }
    if (dueDate().isEmpty()) {
      missing.add(ActionPlanItem.SCHEDULE);
    }
    if (verificationMethod().isEmpty()) {
      missing.add(ActionPlanItem.VERIFICATION);
    }
    return Collections.unmodifiableList(missing);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActionPlan}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableActionPlan.Builder {}

  @Value.Check
  protected void check() {
    String t = "ActionPlan";
    Checks.requireId(t, "id", id());
    ghgTargetIds().forEach(g -> Checks.requireId(t, "ghgTargetIds", g));
    Checks.requireDistinct(t, "ghgTargetIds", ghgTargetIds(), g -> g);
    Checks.requireNonBlank(t, "title", title());
    description().ifPresent(d -> Checks.requireNonBlank(t, "description", d));
    resources().ifPresent(r -> Checks.requireNonBlank(t, "resources", r));
    responsible().ifPresent(r -> Checks.requireId(t, "responsible", r));
    verificationMethod().ifPresent(v -> Checks.requireNonBlank(t, "verificationMethod", v));
    expectedReduction().ifPresent(e -> Checks.requireNonNegative(t, "expectedReduction", e,
        Co2e::isNegative));
  }
}
