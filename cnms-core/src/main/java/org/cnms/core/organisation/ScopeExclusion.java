// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Something left out of the scope of the management system, with the reason (T/CAS 612 clause
 * 4.3): e.g. a site outside the organisation's control. T/CAS 612 asks that the scope weigh what
 * the organisation can control or influence (4.3.2 e)); a reason for each site left out is good
 * practice beyond it. No GHG source or sink within the scope and boundary may be left out (6.2.1).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableScopeExclusion.class)
public abstract class ScopeExclusion implements WithScopeExclusion {

  /** What is excluded. */
  public abstract String subject();

  /** Why it is excluded. */
  public abstract String justification();

  /** An exclusion with its justification. */
  public static ScopeExclusion of(String subject, String justification) {
    return builder().subject(subject).justification(justification).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScopeExclusion}; both fields are required. */
  public static final class Builder extends ImmutableScopeExclusion.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("ScopeExclusion", "subject", subject());
    Checks.requireNonBlank("ScopeExclusion", "justification", justification());
  }
}
