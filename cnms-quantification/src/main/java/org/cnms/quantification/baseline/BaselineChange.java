// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.baseline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Map;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.cnms.core.performance.RecalculationTrigger;
import org.immutables.value.Value;

/**
 * A change examined for a base-year recalculation (T/CAS 612 clauses 6.5 and 8.4 e, after ISO
 * 14064-1 clause 6.4.1): its kind, what changed, and its effect on the base-year emissions and
 * removals — signed, e.g. +120 tCO₂e for an acquired plant, −80 tCO₂e for a divested one or for a
 * corrected error. Names the recalculation record and the restated baseline it would produce.
 *
 * <p>If the baseline is broken down by category, the {@linkplain #categoryEffects() effect per
 * category} must be given and sum exactly to the {@linkplain #emissionsEffect() emissions
 * effect}. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBaselineChange.class)
public abstract class BaselineChange implements WithBaselineChange {

  /** The id of the recalculation record to produce. */
  public abstract String recalculationId();

  /** The id the restated baseline gets, if a recalculation is required. */
  public abstract String restatedBaselineId();

  /** The kind of change. */
  public abstract RecalculationTrigger trigger();

  /** What changed. */
  public abstract String description();

  /** The change of base-year emissions the change causes, signed, exact. */
  public abstract Co2e emissionsEffect();

  /** The change of base-year removals the change causes, signed, exact; zero unless stated. */
  @Value.Default
  public Co2e removalsEffect() {
    return Co2e.ZERO;
  }

  /** The emissions effect per category, signed; needed when the baseline is broken down. */
  public abstract Map<EmissionCategory, Co2e> categoryEffects();

  /** The date of the decision. */
  public abstract LocalDate decidedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BaselineChange}; all but {@code removalsEffect} and {@code categoryEffects}
   * are required.
   */
  public static final class Builder extends ImmutableBaselineChange.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("BaselineChange", "recalculationId", recalculationId());
    Checks.requireId("BaselineChange", "restatedBaselineId", restatedBaselineId());
    Checks.requireNonBlank("BaselineChange", "description", description());
    if (!categoryEffects().isEmpty()) {
      Co2e sum = Co2e.ZERO;
      for (Co2e e : categoryEffects().values()) {
        sum = sum.plus(e);
      }
      if (!sum.isEquivalentTo(emissionsEffect())) {
        throw new IllegalArgumentException("BaselineChange " + recalculationId()
            + ": the category effects sum to " + sum + ", but the emissions effect is "
            + emissionsEffect());
      }
    }
  }
}
