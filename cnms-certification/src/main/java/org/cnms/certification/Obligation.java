// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deadline of a certification cycle: the {@code n}-th surveillance, the recertification or
 * the restoration, its deadline (inclusive) and the date it was performed, if it was.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableObligation.class)
public abstract class Obligation implements WithObligation {

  /** What is required. */
  public abstract ObligationKind kind();

  /** The number of the surveillance (1, 2 …); 1 for the others. */
  public abstract int ordinal();

  /** The last day it may be performed on. */
  public abstract LocalDate deadline();

  /** When it was performed, if it was. */
  public abstract Optional<LocalDate> performedOn();

  /**
   * The status on {@code date}: {@code DONE} if performed on or before it, {@code OVERDUE} if not
   * and {@code date} is after the deadline, {@code DUE} otherwise.
   *
   * @param date the day asked about, not null
   * @return the status
   */
  public ObligationStatus statusOn(LocalDate date) {
    if (performedOn().isPresent() && !performedOn().get().isAfter(date)) {
      return ObligationStatus.DONE;
    }
    return date.isAfter(deadline()) ? ObligationStatus.OVERDUE : ObligationStatus.DUE;
  }

  /** Whether it was performed after its deadline. */
  public boolean performedLate() {
    return performedOn().isPresent() && performedOn().get().isAfter(deadline());
  }

  /** {@code SURVEILLANCE 1 by 2026-03-10}. */
  @Override
  public String toString() {
    return kind() + " " + ordinal() + " by " + deadline()
        + performedOn().map(d -> ", performed " + d).orElse("");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Obligation}. */
  public static final class Builder extends ImmutableObligation.Builder {}
}
