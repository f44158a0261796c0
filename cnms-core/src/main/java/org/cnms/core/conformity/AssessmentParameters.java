// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The intervals and thresholds a conformity assessment judges against: what "periodically", "at
 * planned intervals" and "serious deviation" mean for the organisation assessed (T/CAS 612 clauses
 * 4.2, 5.2, 9.1.1, 9.2, 9.3, 9.4). Defaults: reviews yearly (12 months), an audit cycle of 12
 * months, deviations of 10 % serious.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAssessmentParameters.class)
public abstract class AssessmentParameters implements WithAssessmentParameters {

  /** Months within which interested parties and their requirements must have been reviewed (4.2). */
  @Value.Default
  public int partyReviewIntervalMonths() {
    return 12;
  }

  /** Months within which the policy must have been reviewed (5.2). */
  @Value.Default
  public int policyReviewIntervalMonths() {
    return 12;
  }

  /** Months within which each compliance obligation must have been evaluated (9.2). */
  @Value.Default
  public int complianceEvaluationIntervalMonths() {
    return 12;
  }

  /** Months within which every clause 4–10 must have been audited (9.3). */
  @Value.Default
  public int auditCycleMonths() {
    return 12;
  }

  /** Months within which a management review must have been held (9.4). */
  @Value.Default
  public int managementReviewIntervalMonths() {
    return 12;
  }

  /** The deviation, in percent of the expected value, that counts as serious (9.1.1). */
  @Value.Default
  public BigDecimal deviationThresholdPercent() {
    return BigDecimal.TEN;
  }

  /** The parameters with every default. */
  public static AssessmentParameters defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AssessmentParameters}; every attribute has a default. */
  public static final class Builder extends ImmutableAssessmentParameters.Builder {}

  @Value.Check
  protected void check() {
    for (int months : new int[] {partyReviewIntervalMonths(), policyReviewIntervalMonths(),
        complianceEvaluationIntervalMonths(), auditCycleMonths(),
        managementReviewIntervalMonths()}) {
      if (months <= 0) {
        throw new IllegalArgumentException(
            "AssessmentParameters: every interval must be at least 1 month, but one was " + months);
      }
    }
    Checks.requirePositive("AssessmentParameters", "deviationThresholdPercent",
        deviationThresholdPercent());
  }
}
