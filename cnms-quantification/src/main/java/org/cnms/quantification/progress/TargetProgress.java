// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The progress towards one phased target or the vision target of a carbon-neutrality target
 * (T/CAS 612 clause 6.6.1): the target level in net emissions, the straight-line path value in
 * the latest inventory's year, the latest net emissions and the resulting status. Immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTargetProgress.class)
public abstract class TargetProgress implements WithTargetProgress {

  /** The id of the phased target, or {@code vision} for the vision target. */
  public abstract String targetId();

  /** The year of the target. */
  public abstract int targetYear();

  /** The target level: the net emissions of the covered categories the target allows. */
  public abstract Co2e targetLevel();

  /** The baseline's net emissions of the covered categories. */
  public abstract Co2e baselineLevel();

  /** The year of the latest inventory. */
  public abstract int latestYear();

  /** The latest net emissions of the covered categories. */
  public abstract Co2e latestLevel();

  /**
   * The straight-line path value in the latest year, {@code B + (L − B)·(y − y0)/(T − y0)},
   * rounded by the policy; the target level itself once the target year has come.
   */
  public abstract Co2e pathLevel();

  /** The status. */
  public abstract TargetStatus status();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetProgress}; every attribute is required. */
  public static final class Builder extends ImmutableTargetProgress.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("TargetProgress", "targetId", targetId());
  }
}
