// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The rating of one indirect emission category against one significance criterion (ISO 14064-1
 * clause 5.2.3): a score from 0 (not relevant) to 5 (highly relevant) with an optional note on the
 * evidence. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCriterionRating.class)
public abstract class CriterionRating implements WithCriterionRating {

  /** The highest score. */
  public static final int MAX_SCORE = 5;

  /** The criterion rated. */
  public abstract SignificanceCriterion criterion();

  /** The score, 0 to 5. */
  public abstract int score();

  /** The evidence or reasoning behind the score. */
  public abstract Optional<String> note();

  /** A rating without a note. */
  public static CriterionRating of(SignificanceCriterion criterion, int score) {
    return builder().criterion(criterion).score(score).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionRating}; {@code criterion} and {@code score} are required. */
  public static final class Builder extends ImmutableCriterionRating.Builder {}

  @Value.Check
  protected void check() {
    if (score() < 0 || score() > MAX_SCORE) {
      throw new IllegalArgumentException("CriterionRating.score of " + criterion()
          + " must be between 0 and " + MAX_SCORE + ", but was " + score());
    }
    note().ifPresent(n -> Checks.requireNonBlank("CriterionRating", "note", n));
  }
}
