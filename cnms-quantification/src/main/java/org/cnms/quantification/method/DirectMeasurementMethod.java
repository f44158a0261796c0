// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.immutables.value.Value;

/**
 * Direct measurement (直接测量, T/CAS 612 clause 6.3): the activity amount is a measured mass of
 * {@linkplain #gas() one gas} (e.g. by a continuous emission monitoring system), converted to
 * tonnes and weighted by its GWP. Immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(DirectMeasurementMethod.NAME)
@JsonDeserialize(as = ImmutableDirectMeasurementMethod.class)
public abstract non-sealed class DirectMeasurementMethod
    implements ActivityMethod, WithDirectMeasurementMethod {

  /** The method's name in results and JSON. */
  public static final String NAME = "direct-measurement";

  /** The gas measured. */
  public abstract GreenhouseGas gas();

  /** Whether the measured CO₂ is biogenic, reported apart. */
  @Value.Default
  public boolean biogenic() {
    return false;
  }

  /** Direct measurement of {@code gas}. */
  public static DirectMeasurementMethod of(GreenhouseGas gas) {
    return builder().gas(gas).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E = measured mass × GWP";
  }

  @Override
  public List<GasChain> prepare(MethodContext ctx) {
    Chains.requireKind(ctx, "A measured mass of " + gas(), Chains.TONNE, ctx.unit());
    List<MissingFactor> missing = new ArrayList<>();
    Optional<BigDecimal> gwp = Chains.gwp(ctx, gas(), missing);
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    List<TraceTerm> terms = new ArrayList<>();
    Chains.convert(terms, ctx.unit(), Chains.TONNE);
    return List.of(new GasChain(gas(), biogenic() ? LineKind.BIOGENIC_CO2 : LineKind.EMISSION,
        terms, gwp, List.of(), List.of()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectMeasurementMethod}; the gas is required. */
  public static final class Builder extends ImmutableDirectMeasurementMethod.Builder {}

  @Value.Check
  protected void check() {
    if (biogenic() && gas() != GreenhouseGas.CO2) {
      throw new IllegalArgumentException("DirectMeasurementMethod: only CO2 can be biogenic,"
          + " but the gas is " + gas());
    }
  }
}
