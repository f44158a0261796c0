// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An approval (批准) by a person with the authority for it: of the policy and action plans by top
 * management (T/CAS 612 clauses 5.1, 5.2), of documented information (clause 7.5.2).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableApproval.class)
public abstract class Approval implements WithApproval {

  /** The id (or name) of the person who approved. */
  public abstract String approvedBy();

  /** The date of approval. */
  public abstract LocalDate approvedOn();

  /** A reference to the approval record (meeting minutes, signed form), if any. */
  public abstract Optional<String> reference();

  /** An approval by {@code approvedBy} on {@code approvedOn}. */
  public static Approval of(String approvedBy, LocalDate approvedOn) {
    return builder().approvedBy(approvedBy).approvedOn(approvedOn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Approval}; {@code approvedBy} and {@code approvedOn} are required. */
  public static final class Builder extends ImmutableApproval.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("Approval", "approvedBy", approvedBy());
  }
}
