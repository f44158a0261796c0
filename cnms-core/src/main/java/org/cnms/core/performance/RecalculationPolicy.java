// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The base-year recalculation policy (基准重新计算规则) of a {@link Baseline} (T/CAS 612 clauses
 * 6.5 and 8.4 e): which changes are examined, and the significance threshold — the shift of the
 * baseline's emissions, in percent, from which the baseline is recalculated.
 *
 * <p>The threshold defaults to 5 %. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRecalculationPolicy.class)
public abstract class RecalculationPolicy implements WithRecalculationPolicy {

  /** The default significance threshold: 5 percent. */
  public static final BigDecimal DEFAULT_THRESHOLD_PERCENT = BigDecimal.valueOf(5);

  /** The shift of baseline emissions, in percent [0, 100], from which it is recalculated (0: any
   * shift). */
  @Value.Default
  public BigDecimal significanceThresholdPercent() {
    return DEFAULT_THRESHOLD_PERCENT;
  }

  /** The kinds of change that are examined for a recalculation, each once. */
  public abstract List<RecalculationTrigger> triggers();

  /** The usual policy: a 5 % threshold, and every kind of trigger examined. */
  public static RecalculationPolicy standard() {
    return builder().addTriggers(RecalculationTrigger.values()).build();
  }

  /** Whether changes of this kind are examined. */
  public boolean examines(RecalculationTrigger trigger) {
    return triggers().contains(trigger);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecalculationPolicy}; every attribute is optional. */
  public static final class Builder extends ImmutableRecalculationPolicy.Builder {}

  @Value.Check
  protected void check() {
    Checks.requirePercentage("RecalculationPolicy", "significanceThresholdPercent",
        significanceThresholdPercent());
    Checks.requireDistinct("RecalculationPolicy", "triggers", triggers(), t -> t);
  }
}
