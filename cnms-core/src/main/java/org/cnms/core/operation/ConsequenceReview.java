// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * The review of the consequences of an unintended change (非预期变更, T/CAS 612 clause 8.4): when
 * it was done, what the change led to, whether action is needed and, if so, the actions taken and
 * the operating criteria updated.
 *
 * <p>An action found needed but not yet recorded is a coherent record, which the conformity rule
 * of 8.4 reports. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableConsequenceReview.class)
public abstract class ConsequenceReview implements WithConsequenceReview {

  /** The date of the review. */
  public abstract LocalDate reviewedOn();

  /** What the change led to. */
  public abstract String consequences();

  /** Whether the review found action needed. */
  public abstract boolean actionNeeded();

  /** The actions taken, if any. */
  public abstract Optional<String> actions();

  /** The ids of the operating criteria updated because of the change; each once. */
  public abstract List<String> updatedCriterionIds();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ConsequenceReview}; {@code reviewedOn}, {@code consequences} and {@code
   * actionNeeded} are required.
   */
  public static final class Builder extends ImmutableConsequenceReview.Builder {}

  @Value.Check
  protected void check() {
    String t = "ConsequenceReview";
    Checks.requireNonBlank(t, "consequences", consequences());
    actions().ifPresent(a -> Checks.requireNonBlank(t, "actions", a));
    ListChecks.requireIds(t, "updatedCriterionIds", updatedCriterionIds());
  }
}
