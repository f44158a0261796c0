// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.MeasureUnit;
import org.immutables.value.Value;

/**
 * The normalising variable (分母) of an intensity indicator (T/CAS 612 clause 6.4): what the
 * emissions are divided by, in words and with its unit — e.g. "tonne of clinker" in {@code t}, or
 * "output value" in {@code 1e4CNY} (万元).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableIndicatorDenominator.class)
public abstract class IndicatorDenominator implements WithIndicatorDenominator {

  /** What the denominator measures, e.g. {@code 吨熟料 / tonne of clinker}. */
  public abstract String description();

  /** Its unit, e.g. {@code t} or {@code 1e4CNY}. */
  public abstract MeasureUnit unit();

  /** A denominator of {@code description} measured in {@code unit}. */
  public static IndicatorDenominator of(String description, MeasureUnit unit) {
    return builder().description(description).unit(unit).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorDenominator}; both attributes are required. */
  public static final class Builder extends ImmutableIndicatorDenominator.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("IndicatorDenominator", "description", description());
  }
}
