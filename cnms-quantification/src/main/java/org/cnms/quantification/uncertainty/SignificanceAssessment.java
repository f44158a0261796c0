// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The significance assessment of one indirect emission category (ISO 14064-1:2018 clause 5.2.3,
 * for the categories 2 to 6 of T/CAS 612 clause 6.2.1): the criterion ratings, the estimated
 * emissions and their share, whether the category is significant, the decision and its
 * rationale. Made by {@link SignificanceMethod#assess}. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSignificanceAssessment.class)
public abstract class SignificanceAssessment implements WithSignificanceAssessment {

  /** The indirect category assessed. */
  public abstract EmissionCategory category();

  /** The criterion ratings. */
  public abstract List<CriterionRating> ratings();

  /** The estimated emissions of the category, if estimated. */
  public abstract Optional<Co2e> estimatedEmissions();

  /** The estimate's share of the reference total, in percent, rounded by the method's policy. */
  public abstract Optional<BigDecimal> share();

  /** The weighted mean score, rounded by the method's policy. */
  public abstract BigDecimal meanScore();

  /** Whether the category is significant under the method. */
  public abstract boolean significant();

  /** The decision: quantify, or exclude with the rationale as justification. */
  public abstract SignificanceDecision decision();

  /** Why: the evidence and the justification of the decision. */
  public abstract String rationale();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignificanceAssessment}; all but the estimate and share are required. */
  public static final class Builder extends ImmutableSignificanceAssessment.Builder {}

  @Value.Check
  protected void check() {
    if (!category().isIndirect()) {
      throw new IllegalArgumentException("SignificanceAssessment.category must be an indirect"
          + " category (C2 to C6), but was " + category().code());
    }
    Checks.requireNonEmpty("SignificanceAssessment", "ratings", ratings());
    Checks.requireDistinct("SignificanceAssessment", "ratings", ratings(),
        CriterionRating::criterion);
    Checks.requireNonBlank("SignificanceAssessment", "rationale", rationale());
    estimatedEmissions().ifPresent(e -> {
      if (e.isNegative()) {
        throw new IllegalArgumentException("SignificanceAssessment.estimatedEmissions of "
            + category().code() + " must not be negative, but was " + e);
      }
    });
  }
}
