// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The review of the effectiveness of the actions taken on a nonconformity (T/CAS 612 clause 10.2
 * d):
 * when, by whom, what was found, and whether the actions were effective.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableEffectivenessReview.class)
public abstract class EffectivenessReview implements WithEffectivenessReview {

  /** The date of the review. */
  public abstract LocalDate reviewedOn();

  /** Whether the actions were found effective. */
  public abstract boolean effective();

  /** The id of the person who reviewed. */
  public abstract String reviewerPersonId();

  /** What the review found and on what evidence. */
  public abstract String notes();

  /** A review on {@code reviewedOn} by {@code reviewerPersonId}. */
  public static EffectivenessReview of(LocalDate reviewedOn, boolean effective,
      String reviewerPersonId, String notes) {
    return builder().reviewedOn(reviewedOn).effective(effective)
        .reviewerPersonId(reviewerPersonId).notes(notes).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectivenessReview}; all attributes are required. */
  public static final class Builder extends ImmutableEffectivenessReview.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("EffectivenessReview", "reviewerPersonId", reviewerPersonId());
    Checks.requireNonBlank("EffectivenessReview", "notes", notes());
  }
}
