// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A nonconformity (不符合) raised in a certification audit against one requirement of T/CAS 612:
 * its grade, where it came from, and — once closed — the day and the evidence of closure; or
 * the reason it was withdrawn.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditNonconformity.class)
public abstract class AuditNonconformity implements WithAuditNonconformity {

  /** Its id within the audit, e.g. {@code NC-001}. */
  public abstract String id();

  /** The requirement of T/CAS 612, e.g. {@code 6.6.1}. */
  public abstract String requirementId();

  /** The grade. */
  public abstract Grade grade();

  /** Where it came from. */
  public abstract NonconformityOrigin origin();

  /** The judge's rule, for one from the judge. */
  public abstract Optional<String> ruleId();

  /** What was found. */
  public abstract String description();

  /** The day it was raised. */
  public abstract LocalDate raisedOn();

  /** The day it was closed, if it was. */
  public abstract Optional<LocalDate> closedOn();

  /** The evidence of closure, if closed. */
  public abstract Optional<String> closureEvidence();

  /** Why it was withdrawn, if it was. */
  public abstract Optional<String> withdrawalReason();

  /** Whether it was withdrawn. */
  public boolean withdrawn() {
    return withdrawalReason().isPresent();
  }

  /** Whether it is open on {@code date}: not withdrawn, not closed on or before that day. */
  public boolean isOpenOn(LocalDate date) {
    return !withdrawn() && (closedOn().isEmpty() || closedOn().get().isAfter(date));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditNonconformity}. */
  public static final class Builder extends ImmutableAuditNonconformity.Builder {}

  @Value.Check
  protected void check() {
    if (closureEvidence().isPresent() && closureEvidence().get().isBlank()) {
      throw new IllegalArgumentException("AuditNonconformity " + id()
          + ": the evidence of closure must not be blank");
    }
    if (closedOn().isPresent() && closedOn().get().isBefore(raisedOn())) {
      throw new IllegalArgumentException("AuditNonconformity " + id() + ": closed on "
          + closedOn().get() + ", before it was raised on " + raisedOn());
    }
  }
}
