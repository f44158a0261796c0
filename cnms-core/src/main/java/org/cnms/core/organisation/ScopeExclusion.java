package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Something left out of the scope of the management system, with its justification (T/CAS 612
 * clause 4.3.1). Excluding a GHG source is not allowed (clause 6.2.1): an exclusion is about
 * activities, sites or products outside the organisation's authority.
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
