// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.baseline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.immutables.value.Value;

/**
 * The outcome of examining a change against a baseline (T/CAS 612 clause 6.5): the recalculation
 * record, and — when the shift reaches the significance threshold — the restated baseline that
 * supersedes the old one. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRecalculationOutcome.class)
public abstract class RecalculationOutcome implements WithRecalculationOutcome {

  /** The recalculation record. */
  public abstract BaselineRecalculation recalculation();

  /** The restated baseline, present exactly when a recalculation is required. */
  public abstract Optional<Baseline> restatedBaseline();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecalculationOutcome}; {@code recalculation} is required. */
  public static final class Builder extends ImmutableRecalculationOutcome.Builder {}

  @Value.Check
  protected void check() {
    if (recalculation().recalculationRequired() != restatedBaseline().isPresent()) {
      throw new IllegalArgumentException("RecalculationOutcome " + recalculation().id()
          + ": a restated baseline is present exactly when a recalculation is required");
    }
    restatedBaseline().ifPresent(b -> {
      if (!b.supersedes().equals(Optional.of(recalculation().baselineId()))
          || !recalculation().newBaselineId().equals(Optional.of(b.id()))) {
        throw new IllegalArgumentException("RecalculationOutcome " + recalculation().id()
            + ": restated baseline " + b.id() + " must supersede "
            + recalculation().baselineId() + " and be named by the recalculation");
      }
    });
  }
}
