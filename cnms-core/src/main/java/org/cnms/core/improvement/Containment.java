// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The reaction to a nonconformity (T/CAS 612 clause 10.2 a): the action taken to control and
 * correct it and to deal with its consequences, and its date.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableContainment.class)
public abstract class Containment implements WithContainment {

  /** The correction made and how consequences were dealt with. */
  public abstract String correction();

  /** The date of the correction. */
  public abstract LocalDate correctedOn();

  /** A containment by {@code correction} on {@code correctedOn}. */
  public static Containment of(String correction, LocalDate correctedOn) {
    return builder().correction(correction).correctedOn(correctedOn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Containment}; all attributes are required. */
  public static final class Builder extends ImmutableContainment.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("Containment", "correction", correction());
  }
}
