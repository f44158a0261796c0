// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * differs from the inventory's set, the trace says so.
 *
 * <p>PACT v3 says a {@code Deprecated} footprint should not be used and a footprint is valid for
 * use until the end of its validity period ({@code validityPeriodEnd}, or three years after its
 * reference period when none is declared). The method refuses, when prepared, a deprecated
 * footprint, and a footprint whose validity ends before the end of the activity period it is
 * applied to, with a message naming the footprint, unless it is built with {@link
 * #allowDeprecated()} or {@link #allowExpired()}. The check depends on the activity period only,
 * never on the clock, so an inventory is computed the same on any day.
 *
 * <p>Immutable, thread-safe.
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

  /** Whether a {@code Deprecated} footprint is used anyway; false unless set. */
  @Value.Default
  public boolean allowDeprecated() {
    return false;
  }

  /** Whether a footprint whose validity ends before the activity period does is used anyway. */
  @Value.Default
  public boolean allowExpired() {
    return false;
  }

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
    if (pf.isDeprecated() && !allowDeprecated()) {
      throw new IllegalArgumentException("Product footprint " + pf.id() + " of "
          + pf.companyName() + " for source " + ctx.sourceId() + " is Deprecated and should not"
          + " be used; use its successor, or build the method with allowDeprecated(true)");
    }
    Instant activityEnd = ctx.period().end().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    if (pf.validUntil().isBefore(activityEnd) && !allowExpired()) {
      throw new IllegalArgumentException("Product footprint " + pf.id() + " of "
          + pf.companyName() + " is valid until " + pf.validUntil() + ", before the end of the"
          + " activity period " + ctx.period() + " of source " + ctx.sourceId()
          + "; ask the supplier for a current footprint, or build the method with"
          + " allowExpired(true)");
    }
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

  /** Builds a {@link ProductFootprintMethod}; the footprint is required, the allowances false. */
  public static final class Builder extends ImmutableProductFootprintMethod.Builder {}
}
