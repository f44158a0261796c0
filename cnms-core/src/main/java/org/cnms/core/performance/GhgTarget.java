// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A GHG objective or target (GHG 目标和指标, T/CAS 612 clause 6.6.2): an emission target (排放目标)
 * or a removal target (清除目标) at one level of
 * the organisation — the whole organisation, a facility, a department or a process — that breaks
 * down a {@linkplain #phasedTargetId() phased target} of the carbon-neutrality target.
 *
 * <p>A target states either a {@linkplain #targetValue() value} in tCO₂e (a cap on emissions, or
 * the removals to reach) or a {@linkplain #reductionPercent() reduction in percent}, never both. A
 * facility-level target names its facility. No {@linkplain #categories() categories} means all
 * categories. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGhgTarget.class)
public abstract class GhgTarget implements Identified, WithGhgTarget {

  @Override
  public abstract String id();

  /** The id of the {@link PhasedTarget} this target breaks down. */
  public abstract String phasedTargetId();

  /** The level it is set at. */
  public abstract TargetLevel level();

  /** The facility it concerns: required at facility level, absent at organisation level. */
  public abstract Optional<String> facilityId();

  /** Whether it targets emissions or removals. */
  public abstract GhgTargetKind kind();

  /** The emission categories it covers, each once; empty for all categories. */
  public abstract List<EmissionCategory> categories();

  /** The year by which it is to be reached. */
  public abstract int targetYear();

  /** The target value in tCO₂e, if the target is stated as a mass. */
  public abstract Optional<Co2e> targetValue();

  /** The reduction in percent, if the target is stated as a reduction. */
  public abstract Optional<BigDecimal> reductionPercent();

  /**
   * The date the target was communicated to the relevant functions and levels (6.6.2), if it was.
   */
  public abstract Optional<LocalDate> communicatedOn();

  /** The target in words, if recorded. */
  public abstract Optional<String> description();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GhgTarget}; {@code id}, {@code phasedTargetId}, {@code level}, {@code kind},
   * {@code targetYear} and one of {@code targetValue} and {@code reductionPercent} are required.
   */
  public static final class Builder extends ImmutableGhgTarget.Builder {}

  @Value.Check
  protected void check() {
    String t = "GhgTarget";
    Checks.requireId(t, "id", id());
    Checks.requireId(t, "phasedTargetId", phasedTargetId());
    facilityId().ifPresent(f -> Checks.requireId(t, "facilityId", f));
    if (level() == TargetLevel.FACILITY && facilityId().isEmpty()) {
      throw new IllegalArgumentException("GhgTarget " + id()
          + " is set at FACILITY level and needs a facilityId");
    }
    if (level() == TargetLevel.ORGANISATION && facilityId().isPresent()) {
      throw new IllegalArgumentException("GhgTarget " + id() + " is set at ORGANISATION level,"
          + " but names facility " + facilityId().get());
    }
    Checks.requireDistinct(t, "categories", categories(), c -> c);
    Checks.requireYear(t, "targetYear", targetYear());
    if (targetValue().isPresent() == reductionPercent().isPresent()) {
      throw new IllegalArgumentException("GhgTarget " + id()
          + " needs exactly one of targetValue and reductionPercent, but has "
          + (targetValue().isPresent() ? "both" : "neither"));
    }
    targetValue().ifPresent(v -> Checks.requireNonNegative(t, "targetValue", v, Co2e::isNegative));
    reductionPercent().ifPresent(p -> Checks.requirePercentage(t, "reductionPercent", p));
    description().ifPresent(d -> Checks.requireNonBlank(t, "description", d));
  }
}
