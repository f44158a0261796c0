// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A reduction scenario for projecting future emissions (T/CAS 612 clause 6.3 f, with the action
 * plans of 6.6.3 in mind): e.g. "renewable share +10 points a year" or "−4 % a year".
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableScenario.class)
public abstract class Scenario implements WithScenario {

  /** The name of the scenario. */
  public abstract String name();

  /** How emissions change. */
  public abstract ScenarioKind kind();

  /**
   * The yearly rate in (0, 100]: percent of gross emissions for {@link
   * ScenarioKind#CONSTANT_REDUCTION_RATE}, percentage points of renewable share for {@link
   * ScenarioKind#RENEWABLE_SHARE_INCREASE}.
   */
  public abstract BigDecimal ratePercent();

  /** The renewable share of electricity in the start year, percent in [0, 100]; 0 by default. */
  @Value.Default
  public BigDecimal initialRenewableShare() {
    return BigDecimal.ZERO;
  }

  /** A scenario of a constant yearly reduction of gross emissions by {@code percent}. */
  public static Scenario constantReduction(String name, String percent) {
    return builder().name(name).kind(ScenarioKind.CONSTANT_REDUCTION_RATE)
        .ratePercent(new BigDecimal(percent)).build();
  }

  /** A scenario of a renewable share rising by {@code points} a year from {@code initial}. */
  public static Scenario renewableShare(String name, String initial, String points) {
    return builder().name(name).kind(ScenarioKind.RENEWABLE_SHARE_INCREASE)
        .ratePercent(new BigDecimal(points)).initialRenewableShare(new BigDecimal(initial))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scenario}; all but {@code initialRenewableShare} are required. */
  public static final class Builder extends ImmutableScenario.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("Scenario", "name", name());
    if (ratePercent().signum() <= 0 || ratePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("Scenario " + name() + ": ratePercent must be in"
          + " (0, 100], but was " + ratePercent().toPlainString());
    }
    Checks.requirePercentage("Scenario", "initialRenewableShare", initialRenewableShare());
  }
}
