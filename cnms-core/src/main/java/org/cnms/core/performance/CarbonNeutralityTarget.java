// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Revisable;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The carbon neutrality targets (碳中和目标, T/CAS 612 clause 6.6.1): the vision target (碳中和愿景目标)
 * — the year by which the organisation will be carbon neutral — and the phased targets
 * (碳中和阶段性目标) on the way, with the emission categories the targets cover and the means by
 * which carbon neutrality is reached (items a)–d) of the clause). Phased targets that reduce
 * emissions refer to the {@linkplain #baselineId() baseline} (碳中和基准).
 *
 * <p>Invariants checked at construction: phased target ids are distinct; covered categories and
 * means are named at most once each; the target is not communicated before it was set. Whether
 * there are phased targets, covered categories and means, and whether the targets are
 * communicated, is judged by the conformity engine.
 *
 * <p>A revised target {@linkplain #supersedes() supersedes} the previous one. Immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCarbonNeutralityTarget.class)
public abstract class CarbonNeutralityTarget implements Revisable, WithCarbonNeutralityTarget {

  @Override
  public abstract String id();

  /** The year of the vision target, by which the organisation will be carbon neutral (6.6.1 a). */
  public abstract int visionYear();

  /** The phased targets, each with its year (6.6.1 b)). */
  public abstract List<PhasedTarget> phasedTargets();

  /** The emission categories the targets cover (6.6.1 c)), each once. */
  public abstract List<EmissionCategory> coveredCategories();

  /** The means of reaching carbon neutrality (6.6.1 d). */
  public abstract List<NeutralityMeans> means();

  /** The id of the {@link Baseline} the targets are measured against. */
  public abstract String baselineId();

  /** The date the target was set. */
  public abstract LocalDate setOn();

  /** The date the target was communicated (6.6.1: targets are communicated), if it was. */
  public abstract Optional<LocalDate> communicatedOn();

  @Override
  public abstract Optional<String> supersedes();

  /** The phased targets in order of year (then of id). */
  public List<PhasedTarget> phasedTargetsByYear() {
    return phasedTargets().stream()
        .sorted(Comparator.comparingInt(PhasedTarget::year).thenComparing(PhasedTarget::id))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The phased target with this id, if there is one. */
  public Optional<PhasedTarget> phasedTarget(String id) {
    return phasedTargets().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Whether the neutrality claim covers this category. */
  public boolean covers(EmissionCategory category) {
    return coveredCategories().contains(category);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CarbonNeutralityTarget}; {@code id}, {@code visionYear}, {@code baselineId}
   * and {@code setOn} are required.
   */
  public static final class Builder extends ImmutableCarbonNeutralityTarget.Builder {}

  @Value.Check
  protected void check() {
    String t = "CarbonNeutralityTarget";
    Checks.requireId(t, "id", id());
    Checks.requireYear(t, "visionYear", visionYear());
    Checks.requireDistinct(t, "phasedTargets", phasedTargets(), PhasedTarget::id);
    Checks.requireDistinct(t, "coveredCategories", coveredCategories(), c -> c);
    Checks.requireDistinct(t, "means", means(), m -> m);
    Checks.requireId(t, "baselineId", baselineId());
    communicatedOn().ifPresent(c -> Checks.requireNotBefore(t, "communicatedOn", c, "setOn",
        setOn()));
    Checks.requireNotSelf(t, id(), supersedes());
  }
}
