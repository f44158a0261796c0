// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A phased target (阶段性目标) of a {@link CarbonNeutralityTarget} (T/CAS 612 clause 6.6.1 b): what
 * the organisation commits to reach by a given year on its way to the vision target — a reduction
 * from the baseline, an emissions cap, an intensity reduction, or carbon neutrality.
 *
 * <p>The {@linkplain #value() value} is a percentage in [0, 100] for the percent kinds, a mass in
 * tCO₂e for {@link PhasedTargetKind#ABSOLUTE_EMISSIONS_CAP}, and absent for {@link
 * PhasedTargetKind#CARBON_NEUTRAL}. An intensity target names its {@linkplain #indicatorId()
 * indicator}. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePhasedTarget.class)
public abstract class PhasedTarget implements Identified, WithPhasedTarget {

  @Override
  public abstract String id();

  /** The year by which the target is to be reached. */
  public abstract int year();

  /** How the target is expressed. */
  public abstract PhasedTargetKind kind();

  /** The percentage or the tCO₂e cap; absent for {@link PhasedTargetKind#CARBON_NEUTRAL}. */
  public abstract Optional<BigDecimal> value();

  /** The id of the intensity {@link PerformanceIndicator}; intensity targets only. */
  public abstract Optional<String> indicatorId();

  /** The target in words. */
  public abstract String description();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PhasedTarget}; {@code id}, {@code year}, {@code kind}, {@code description} and,
   * except for carbon neutrality, {@code value} are required.
   */
  public static final class Builder extends ImmutablePhasedTarget.Builder {}

  @Value.Check
  protected void check() {
    String t = "PhasedTarget";
    Checks.requireId(t, "id", id());
    Checks.requireYear(t, "year", year());
    Checks.requireNonBlank(t, "description", description());
    if (kind().hasValue() && value().isEmpty()) {
      throw new IllegalArgumentException("PhasedTarget " + id() + " of kind " + kind()
          + " needs a value");
    }
    if (!kind().hasValue() && value().isPresent()) {
      throw new IllegalArgumentException("PhasedTarget " + id() + " of kind " + kind()
          + " takes no value, but has " + value().get().toPlainString());
    }
    value().ifPresent(v -> {
      if (kind().isPercent()) {
        Checks.requirePercentage(t, "value", v);
      } else {
        Checks.requireNonNegative(t, "value", v);
      }
    });
    boolean intensity = kind() == PhasedTargetKind.INTENSITY_REDUCTION_PERCENT;
    if (intensity && indicatorId().isEmpty()) {
      throw new IllegalArgumentException("PhasedTarget " + id()
          + " of kind INTENSITY_REDUCTION_PERCENT needs the indicatorId of its intensity");
    }
    if (!intensity && indicatorId().isPresent()) {
      throw new IllegalArgumentException("PhasedTarget " + id() + " of kind " + kind()
          + " names indicator " + indicatorId().get() + ", but only intensity targets do");
    }
    indicatorId().ifPresent(i -> Checks.requireId(t, "indicatorId", i));
  }
}
