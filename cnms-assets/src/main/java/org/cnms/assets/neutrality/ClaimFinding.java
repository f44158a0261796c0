// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * One rule of a claim rule set applied to a carbon-neutrality claim (T/CAS 612 clause 6.7): the
 * rule's code, whether the claim satisfies it, and a sentence saying why.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableClaimFinding.class)
public abstract class ClaimFinding implements WithClaimFinding {

  /** The rule, e.g. {@code BALANCE}, {@code EX_POST_ONLY}. */
  public abstract String rule();

  /** Whether the claim satisfies the rule. */
  public abstract boolean satisfied();

  /** Why, with the figures concerned. */
  public abstract String message();

  /** A finding. */
  public static ClaimFinding of(String rule, boolean satisfied, String message) {
    return builder().rule(rule).satisfied(satisfied).message(message).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimFinding}; every attribute is required. */
  public static final class Builder extends ImmutableClaimFinding.Builder {}
}
