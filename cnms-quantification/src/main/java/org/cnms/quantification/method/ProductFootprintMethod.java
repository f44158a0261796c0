// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.factor.Provenance;
import org.immutables.value.Value;

/**
 * Supplier-specific product footprints (ISO 14067; T/CAS 612 clause 6.3, category 4): emissions =
 * quantity purchased (converted to the declared unit) × footprint per declared unit. The result is
 * in CO₂e as the supplier declared it, booked as CO₂ with GWP 1; when the footprint's GWP basis
 * differs from the inventory's set, the trace says so. Immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(ProductFootprintMethod.NAME)
@JsonDeserialize(as = ImmutableProductFootprintMethod.class)
public abstract non-sealed class ProductFootprintMethod
    implements ActivityMethod, WithProductFootprintMethod {

  /** The method's name in results and JSON. */
  public static final String NAME = "product-footprint";

  /** The supplier's footprint. */
  public abstract ProductFootprint footprint();

  /** The method with {@code footprint}. */
  public static ProductFootprintMethod of(ProductFootprint footprint) {
    return builder().footprint(footprint).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E = quantity × PCF / declared-unit amount";
  }

  @Override
  public List<GasChain> prepare(MethodContext ctx) {
    ProductFootprint pf = footprint();
    Chains.requireKind(ctx, "Product footprint " + pf.id(), pf.declaredUnit(), ctx.unit());
    List<TraceTerm> terms = new ArrayList<>();
    Chains.convert(terms, ctx.unit(), pf.declaredUnit());
    terms.add(TraceTerm.of("product footprint " + pf.id() + " ("
        + pf.pcfExcludingBiogenicUptake().toPlainString() + " kgCO2e per "
        + pf.declaredUnitAmount().toPlainString() + " " + pf.declaredUnit().code() + ")",
        Ratio.of(pf.pcfExcludingBiogenicUptake(), pf.declaredUnitAmount()),
        "kgCO2e/" + pf.declaredUnit().code()));
    Chains.convert(terms, UnitRegistry.standard().byCode("kgCO2e"), Chains.TONNE_CO2E);
    List<String> notes = new ArrayList<>();
    notes.add("footprint in CO2e as declared by " + pf.companyName() + ": booked as CO2 with GWP 1");
    if (!pf.ipccCharacterizationFactors().contains(ctx.gwpSet().name())) {
      notes.add("footprint declared under " + String.join(", ", pf.ipccCharacterizationFactors())
          + ", the inventory uses " + ctx.gwpSet().name() + "; taken as declared");
    }
    FactorUse use = FactorUse.builder().id(pf.id()).value(pf.pcfExcludingBiogenicUptake())
        .unit("kgCO2e/" + pf.declaredUnitAmount().toPlainString() + " " + pf.declaredUnit().code())
        .provenance(Provenance.userSupplied(pf.companyName(), "Product footprint "
            + pf.productNameCompany() + " (ISO 14067, PACT v3)"))
        .build();
    return List.of(new GasChain(GreenhouseGas.CO2, LineKind.EMISSION, terms, Optional.empty(),
        List.of(use), notes));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductFootprintMethod}; the footprint is required. */
  public static final class Builder extends ImmutableProductFootprintMethod.Builder {}
}
