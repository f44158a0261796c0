// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.immutables.value.Value;

/**
 * An estimate of future net emissions (T/CAS 612 clause 6.3 f): from the least-squares linear
 * trend of past inventories, or from a {@link Scenario} applied to the latest inventory; with the
 * first year in which net emissions reach a given level (e.g. zero for the vision target), if that
 * happens before the horizon. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProjection.class)
public abstract class Projection implements WithProjection {

  /** The scenario projected; empty for the linear trend. */
  public abstract Optional<Scenario> scenario();

  /** The observed years the projection starts from, in year order. */
  public abstract List<YearValue> observed();

  /**
   * The slope of the linear trend in tCO₂e per year, rounded by the policy; empty for a
   * scenario.
   */
  public abstract Optional<BigDecimal> slope();

  /** The projected years, from the year after the last observed one to the horizon. */
  public abstract List<YearValue> projected();

  /** The level to reach, in net tCO₂e. */
  public abstract Co2e level();

  /**
   * The first year whose net emissions are at or below {@link #level()} — the last observed year
   * if it already is — or empty if not before the horizon.
   */
  public abstract Optional<Integer> yearReached();

  /** The number of significant digits of each rounded value. */
  public abstract int precision();

  /** The rounding mode of each rounded value. */
  public abstract RoundingMode roundingMode();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Projection}. */
  public static final class Builder extends ImmutableProjection.Builder {}
}
