// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.certification.RuleSource;
import org.immutables.value.Value;

/**
 * A certification body's own policy for the nonconformities of an audit: how long after the end
 * of the audit a major must be verified as corrected (else, for stage 2, stage 2 is repeated),
 * how long the client has to answer a minor, and whether an overdue minor is escalated to major
 * (and how many days after its deadline).
 *
 * <p>These are the body's choices, not the standard's; {@link #example()} holds the example of
 * this project's summary (a major verified within 6 months). Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableNonconformityPolicy.class)
public abstract class NonconformityPolicy implements WithNonconformityPolicy {

  /** Months after the end of the audit within which a major must be verified closed. */
  public abstract int majorVerificationMonths();

  /** Days after the end of the audit within which a minor must be answered and closed. */
  public abstract int minorResponseDays();

  /** Days after its deadline an open minor is escalated to major; empty: never escalated. */
  public abstract Optional<Integer> minorEscalationDays();

  /** Where the policy comes from. */
  public abstract RuleSource source();

  /**
   * The example policy: a major verified within 6 months of the end of stage 2 (else stage 2 is
   * repeated), a minor answered within 90 days, no escalation.
   */
  public static NonconformityPolicy example() {
    return builder().majorVerificationMonths(6).minorResponseDays(90)
        .source(RuleSource.unconfirmed("the certification body's own policy",
            "the 6 months for a major are an example of this project; the 90 days for a minor"
                + " are this project's example"))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NonconformityPolicy}. */
  public static final class Builder extends ImmutableNonconformityPolicy.Builder {}

  @Value.Check
  protected void check() {
    if (majorVerificationMonths() < 1 || minorResponseDays() < 1
        || minorEscalationDays().orElse(0) < 0) {
      throw new IllegalArgumentException("NonconformityPolicy: majorVerificationMonths ("
          + majorVerificationMonths() + ") and minorResponseDays (" + minorResponseDays()
          + ") must be positive and minorEscalationDays not negative");
    }
  }
}
