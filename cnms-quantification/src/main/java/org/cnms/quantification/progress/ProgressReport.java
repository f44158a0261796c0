// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.RoundingMode;
import java.util.List;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The progress of a carbon-neutrality target against its baseline at the latest inventory (T/CAS
 * 612 clauses 6.6.1 and 9.1): one {@link TargetProgress} per phased target (in year order) and one
 * for the vision target, with the phased targets that cannot be judged from emissions (intensity
 * targets) listed apart. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProgressReport.class)
public abstract class ProgressReport implements WithProgressReport {

  /** The id of the carbon-neutrality target. */
  public abstract String targetId();

  /** The id of the baseline. */
  public abstract String baselineId();

  /** The id of the latest inventory. */
  public abstract String inventoryId();

  /** The progress per target, phased targets in year order, the vision target last. */
  public abstract List<TargetProgress> progress();

  /** The ids of phased targets not judged here: intensity targets, judged on their indicator. */
  public abstract List<String> notAssessed();

  /** The number of significant digits of the path divisions. */
  public abstract int precision();

  /** The rounding mode of the path divisions. */
  public abstract RoundingMode roundingMode();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressReport}. */
  public static final class Builder extends ImmutableProgressReport.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ProgressReport", "targetId", targetId());
    Checks.requireId("ProgressReport", "baselineId", baselineId());
    Checks.requireId("ProgressReport", "inventoryId", inventoryId());
  }
}
