// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A carbon-neutrality claim checked under one rule set (T/CAS 612 clause 6.7): the findings, one
 * per rule; the claim is met when every finding is satisfied.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableClaimAssessment.class)
public abstract class ClaimAssessment implements WithClaimAssessment {

  /** The rule set, e.g. {@code T/CAS 612-2022}, {@code ISO 14068-1:2023}. */
  public abstract String ruleSet();

  /** The claim. */
  public abstract String claimId();

  /** The findings, one per rule. */
  public abstract List<ClaimFinding> findings();

  /** Whether every rule is satisfied. */
  public boolean met() {
    return findings().stream().allMatch(ClaimFinding::satisfied);
  }

  /** The findings not satisfied. */
  public List<ClaimFinding> failures() {
    return findings().stream().filter(f -> !f.satisfied()).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimAssessment}; every attribute is required. */
  public static final class Builder extends ImmutableClaimAssessment.Builder {}
}
