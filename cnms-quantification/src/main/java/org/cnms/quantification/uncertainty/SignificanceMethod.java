// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Decimals;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The documented method by which the organisation decides which indirect GHG emissions are
 * significant (ISO 14064-1:2018 clause 5.2.3, applied to the categories 2 to 6 of T/CAS 612 clause
 * 6.2.1): criterion weights, a score threshold and a magnitude threshold.
 *
 * <p>The rule: a category is significant when its estimated emissions are at least {@link
 * #magnitudeThreshold()} percent of the reference total, or when the weighted mean of its
 * criterion scores, {@code Σ w·s / Σ w} over the rated criteria, is at least {@link
 * #scoreThreshold()}. Both comparisons are exact ({@code 100·e ≥ t·total} and {@code Σ w·s ≥
 * t·Σ w}); the share and the mean score reported are rounded by {@link #precision()} and {@link
 * #roundingMode()}. A criterion without a weight weighs 1. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSignificanceMethod.class)
public abstract class SignificanceMethod implements WithSignificanceMethod {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The weights of the criteria; a criterion left out weighs 1. */
  public abstract Map<SignificanceCriterion, BigDecimal> weights();

  /** The weighted mean score, 0 to 5, at or above which a category is significant. */
  public abstract BigDecimal scoreThreshold();

  /**
   * The share of the reference total, in percent in (0, 100], at or above which a category's
   * estimated emissions make it significant whatever its scores.
   */
  public abstract BigDecimal magnitudeThreshold();

  /** The significant digits of the reported share and mean score; 16 unless stated. */
  @Value.Default
  public int precision() {
    return 16;
  }

  /** The rounding mode of the reported share and mean score; half-even unless stated. */
  @Value.Default
  public RoundingMode roundingMode() {
    return RoundingMode.HALF_EVEN;
  }

  /** The weight of {@code criterion}: its entry in {@link #weights()}, else 1. */
  public BigDecimal weightOf(SignificanceCriterion criterion) {
    return weights().getOrDefault(criterion, BigDecimal.ONE);
  }

  /** The rounding policy as a {@link MathContext}. */
  @JsonIgnore
  public MathContext getMathContext() {
    return new MathContext(precision(), roundingMode());
  }

  /**
   * Assesses one indirect category.
   *
   * <p>Worked example: scores magnitude 4, influence 2, risk 3, all weights 1: mean 9/3 = 3 ≥
   * threshold 3 → significant, decision {@link SignificanceDecision#QUANTIFY}.
   *
   * @param category the category, one of 2 to 6, not null
   * @param ratings the scores, at most one per criterion, at least one, not null
   * @param estimate the estimated emissions of the category, if known, not null
   * @param referenceTotal the total the share is taken of (e.g. the last inventory's total
   *     emissions), positive when an estimate is given, not null
   * @param rationale why the decision is what it is, not blank
   * @return the assessment, its decision {@code QUANTIFY} if significant, else {@code EXCLUDE}
   * @throws IllegalArgumentException if the category is direct, the ratings are empty or repeat a
   *     criterion, their weights sum to zero, or the reference total is not positive
   */
  public SignificanceAssessment assess(EmissionCategory category, List<CriterionRating> ratings,
      Optional<Co2e> estimate, Co2e referenceTotal, String rationale) {
    Checks.requireNonEmpty("SignificanceAssessment", "ratings", ratings);
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (CriterionRating r : ratings) {
      BigDecimal w = weightOf(r.criterion());
      weighted = weighted.add(w.multiply(BigDecimal.valueOf(r.score())));
      weights = weights.add(w);
    }
    if (weights.signum() == 0) {
      throw new IllegalArgumentException("SignificanceMethod: the weights of the rated criteria of "
          + category.code() + " sum to zero");
    }
    boolean byScore = weighted.compareTo(scoreThreshold().multiply(weights)) >= 0;
    boolean byMagnitude = false;
    Optional<BigDecimal> share = Optional.empty();
    if (estimate.isPresent()) {
      if (!referenceTotal.isPositive()) {
        throw new IllegalArgumentException("SignificanceMethod: the reference total must be"
            + " positive to take the share of " + category.code() + ", but was " + referenceTotal);
      }
      BigDecimal e = estimate.get().tonnes().multiply(HUNDRED);
      byMagnitude = e.compareTo(magnitudeThreshold().multiply(referenceTotal.tonnes())) >= 0;
      share = Optional.of(Decimals.plain(e.divide(referenceTotal.tonnes(), getMathContext())));
    }
    boolean significant = byScore || byMagnitude;
    return SignificanceAssessment.builder()
        .category(category)
        .addAllRatings(ratings)
        .estimatedEmissions(estimate)
        .share(share)
        .meanScore(Decimals.plain(weighted.divide(weights, getMathContext())))
        .significant(significant)
        .decision(significant ? SignificanceDecision.QUANTIFY : SignificanceDecision.EXCLUDE)
        .rationale(rationale)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignificanceMethod}; both thresholds are required. */
  public static final class Builder extends ImmutableSignificanceMethod.Builder {}

  @Value.Check
  protected void check() {
    weights().forEach((c, w) -> Checks.requireNonNegative("SignificanceMethod", "weights." + c, w));
    if (scoreThreshold().signum() < 0
        || scoreThreshold().compareTo(BigDecimal.valueOf(CriterionRating.MAX_SCORE)) > 0) {
      throw new IllegalArgumentException("SignificanceMethod.scoreThreshold must be between 0 and "
          + CriterionRating.MAX_SCORE + ", but was " + scoreThreshold().toPlainString());
    }
    if (magnitudeThreshold().signum() <= 0 || magnitudeThreshold().compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("SignificanceMethod.magnitudeThreshold must be in"
          + " (0, 100] percent, but was " + magnitudeThreshold().toPlainString());
    }
    if (precision() <= 0) {
      throw new IllegalArgumentException("SignificanceMethod.precision must be positive, but was "
          + precision());
    }
  }
}
