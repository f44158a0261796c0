// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.QuantityKind;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitMismatchException;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.immutables.value.Value;

/**
 * Fugitive refrigerant emissions by inventory change (制冷剂逸散, 库存变化法, T/CAS 612 clause 6.3):
 * emitted = (stock at start − stock at end) + purchased − recovered (returned, sold, destroyed).
 * A blend's emission splits into its components by mass fraction, each weighted by its own GWP.
 * A negative balance is an error, not a negative emission. Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(RefrigerantInventoryChange.NAME)
@JsonDeserialize(as = ImmutableRefrigerantInventoryChange.class)
public abstract non-sealed class RefrigerantInventoryChange
    implements SourceQuantification, WithRefrigerantInventoryChange {

  /** The method's name in results and JSON. */
  public static final String NAME = "refrigerant-inventory-change";

  /** Category 1 by default. */
  @Override
  @Value.Default
  public EmissionCategory category() {
    return EmissionCategory.DIRECT;
  }

  /** The refrigerant, if a single species. */
  public abstract Optional<GreenhouseGas> gas();

  /** The refrigerant, if a blend. */
  public abstract Optional<RefrigerantBlend> blend();

  /** The stock at the start of the period. */
  public abstract Amount stockAtStart();

  /** The stock at the end of the period. */
  public abstract Amount stockAtEnd();

  /** The refrigerant purchased (charged) in the period. */
  public abstract Amount purchased();

  /** The refrigerant recovered (returned, sold, sent for destruction) in the period. */
  public abstract Optional<Amount> recovered();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E = (stock start − stock end + purchased − recovered) × mass fraction × GWP";
  }

  @Override
  public MeasureUnit mainUnit() {
    return Chains.TONNE;
  }

  /** The mass emitted, in tonnes, exact. */
  public BigDecimal emittedTonnes() {
    BigDecimal e = tonnes(stockAtStart()).subtract(tonnes(stockAtEnd())).add(tonnes(purchased()));
    return recovered().isPresent() ? e.subtract(tonnes(recovered().get())) : e;
  }

  private static BigDecimal tonnes(Amount a) {
    return a.to(Chains.TONNE).value();
  }

  @Override
  public List<GasChain> chains(MethodContext ctx) {
    BigDecimal emitted = emittedTonnes();
    if (emitted.signum() < 0) {
      throw new IllegalArgumentException("RefrigerantInventoryChange " + id() + " of source "
          + sourceId() + ": the balance is negative (" + emitted.toPlainString()
          + " t); check stocks, purchases and recoveries");
    }
    TraceTerm mass = TraceTerm.of("refrigerant emitted (" + stockAtStart() + " − " + stockAtEnd()
        + " + " + purchased() + recovered().map(r -> " − " + r).orElse("") + ")",
        Ratio.of(emitted), "t");
    List<MissingFactor> missing = new ArrayList<>();
    List<GasChain> chains = new ArrayList<>();
    if (gas().isPresent()) {
      Optional<BigDecimal> gwp = Chains.gwp(ctx, gas().get(), missing);
      chains.add(new GasChain(gas().get(), LineKind.EMISSION, List.of(mass), gwp, List.of(),
          List.of()));
    } else {
      RefrigerantBlend b = blend().get();
      for (Map.Entry<GreenhouseGas, BigDecimal> e : b.massFractions().entrySet()) {
        Optional<BigDecimal> gwp = Chains.gwp(ctx, e.getKey(), missing);
        chains.add(new GasChain(e.getKey(), LineKind.EMISSION, List.of(mass,
            TraceTerm.of("mass fraction of " + e.getKey() + " in " + b.designation(),
                Ratio.of(e.getValue()), "1")), gwp, List.of(), List.of()));
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    return chains;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RefrigerantInventoryChange}; id, sourceId, facilityId, period, a gas or a
   * blend, both stocks and purchased are required.
   */
  public static final class Builder extends ImmutableRefrigerantInventoryChange.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("RefrigerantInventoryChange", "id", id());
    Checks.requireId("RefrigerantInventoryChange", "sourceId", sourceId());
    Checks.requireId("RefrigerantInventoryChange", "facilityId", facilityId());
    if (gas().isPresent() == blend().isPresent()) {
      throw new IllegalArgumentException("RefrigerantInventoryChange " + id()
          + " must name either a gas or a blend, but names "
          + (gas().isPresent() ? "both" : "neither"));
    }
    for (Amount a : List.of(stockAtStart(), stockAtEnd(), purchased(),
        recovered().orElse(purchased()))) {
      if (a.kind() != QuantityKind.MASS) {
        throw new UnitMismatchException(sourceId(), a.unit(), Chains.TONNE,
            "RefrigerantInventoryChange " + id() + " of source " + sourceId()
                + ": every amount must be a mass, but one is " + a);
      }
      Checks.requireNonNegative("RefrigerantInventoryChange", "amounts", a.value());
    }
  }
}
