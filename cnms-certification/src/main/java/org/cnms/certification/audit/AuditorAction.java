// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One change an auditor (or the body's policy) made to a nonconformity of an audit, with its
 * reason: the audit trail of the register.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditorAction.class)
public abstract class AuditorAction implements WithAuditorAction {

  /** The day. */
  public abstract LocalDate date();

  /** The nonconformity. */
  public abstract String nonconformityId();

  /** What was done. */
  public abstract ActionKind kind();

  /** Why, or the evidence for a closure. */
  public abstract String reason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditorAction}. */
  public static final class Builder extends ImmutableAuditorAction.Builder {}

  @Value.Check
  protected void check() {
    if (reason().isBlank()) {
      throw new IllegalArgumentException("AuditorAction " + kind() + " of " + nonconformityId()
          + ": a reason is required");
    }
  }
}
