// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The verification of the results of a change (T/CAS 612 clause 8.4): when it was done, what it
 * found, and whether the change had the intended effect.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableChangeVerification.class)
public abstract class ChangeVerification implements WithChangeVerification {

  /** The date of the verification. */
  public abstract LocalDate verifiedOn();

  /** What the verification found. */
  public abstract String result();

  /** Whether the change was found effective (had the intended result, or no adverse effect). */
  public abstract boolean effective();

  /** A verification on {@code verifiedOn} with its result. */
  public static ChangeVerification of(LocalDate verifiedOn, String result, boolean effective) {
    return builder().verifiedOn(verifiedOn).result(result).effective(effective).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeVerification}; all attributes are required. */
  public static final class Builder extends ImmutableChangeVerification.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("ChangeVerification", "result", result());
  }
}
