// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.LineKind;
import org.immutables.value.Value;

/**
 * The quantity of one gas a calculation gives (T/CAS 612 clause 6.3): its mass and CO₂e, whether it
 * is an emission, a removal or biogenic CO₂, and its trace. Both figures are non-negative: a
 * removal is a removal, never a negative emission. Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableGasResult.class)
public abstract class GasResult implements WithGasResult {

  /** The gas. For a result known only in CO₂e (a CO₂e factor, a product footprint) it is CO₂. */
  public abstract GreenhouseGas gas();

  /** Emission, removal or biogenic CO₂. */
  public abstract LineKind kind();

  /** The mass of the gas in tonnes. */
  public abstract BigDecimal gasTonnes();

  /** The mass in CO₂e under the result's GWP set. */
  public abstract Co2e co2e();

  /** How the figures were obtained. */
  public abstract Trace trace();

  /**
   * Whether the gas was quantified as a gas, with its GWP: false for a result known only in CO₂e
   * (a CO₂e factor, a product footprint), which is booked as {@link GreenhouseGas#CO2} but is not
   * a mass of CO₂. Not a JSON field: it follows from the trace.
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isSeparatedByGas() {
    return trace().gwp().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GasResult}; all attributes are required. */
  public static final class Builder extends ImmutableGasResult.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonNegative("GasResult", "gasTonnes", gasTonnes());
    Checks.requireNonNegative("GasResult", "co2e", co2e().tonnes());
  }
}
