// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.Ratio;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.immutables.value.Value;

/**
 * Process emissions by carbon mass balance (碳质量平衡法, T/CAS 612 clause 6.3): CO₂ = (carbon in −
 * carbon out) × 44/12, each flow's carbon being its mass × its carbon content. The trace lists
 * every flow; the net carbon is its first term. Carbon out exceeding carbon in is an error, not a
 * negative emission. Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(MassBalance.NAME)
@JsonDeserialize(as = ImmutableMassBalance.class)
public abstract non-sealed class MassBalance implements SourceQuantification, WithMassBalance {

  /** The method's name in results and JSON. */
  public static final String NAME = "mass-balance";

  /** Category 1 by default. */
  @Override
  @Value.Default
  public EmissionCategory category() {
    return EmissionCategory.DIRECT;
  }

  /** The carbon flows in and out. */
  public abstract List<CarbonFlow> flows();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E = (Σ carbon in − Σ carbon out) × 44/12";
  }

  @Override
  public MeasureUnit mainUnit() {
    return Chains.TONNE;
  }

  /** Σ carbon in − Σ carbon out, in tonnes of carbon, exact. */
  public BigDecimal netCarbonTonnes() {
    BigDecimal net = BigDecimal.ZERO;
    for (CarbonFlow f : flows()) {
      net = f.direction() == CarbonFlow.Direction.IN ? net.add(f.carbonTonnes())
          : net.subtract(f.carbonTonnes());
    }
    return net;
  }

  @Override
  public List<GasChain> chains(MethodContext ctx) {
    BigDecimal net = netCarbonTonnes();
    if (net.signum() < 0) {
      throw new IllegalArgumentException("MassBalance " + id() + " of source " + sourceId()
          + ": carbon out exceeds carbon in by " + net.negate().toPlainString() + " tC");
    }
    List<MissingFactor> missing = new ArrayList<>();
    Optional<BigDecimal> gwp = Chains.gwp(ctx, GreenhouseGas.CO2, missing);
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    List<String> notes = new ArrayList<>();
    for (CarbonFlow f : flows()) {
      notes.add(f.direction().labelEn() + ": " + f.material() + " " + f.amount() + " × "
          + f.carbonContent().toPlainString() + " tC/t = " + f.carbonTonnes().toPlainString()
          + " tC");
    }
    List<TraceTerm> terms = List.of(
        TraceTerm.of("net carbon Σ in − Σ out", Ratio.of(net), "tC"),
        TraceTerm.of("molar mass ratio CO2/C 44/12", Chains.CO2_PER_C, "tCO2/tC"));
    return List.of(new GasChain(GreenhouseGas.CO2, LineKind.EMISSION, terms, gwp, List.of(),
        notes));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MassBalance}; id, sourceId, facilityId and period are required. */
  public static final class Builder extends ImmutableMassBalance.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("MassBalance", "id", id());
    Checks.requireId("MassBalance", "sourceId", sourceId());
    Checks.requireId("MassBalance", "facilityId", facilityId());
    Checks.requireNonEmpty("MassBalance", "flows", flows());
  }
}
