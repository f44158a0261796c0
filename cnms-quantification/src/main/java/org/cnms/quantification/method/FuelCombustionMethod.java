// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.QuantityKind;
import org.cnms.core.units.Ratio;
import org.cnms.core.units.UnitMismatchException;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.factor.Provenance;
import org.cnms.quantification.factor.Rate;
import org.immutables.value.Value;

/**
 * The fuel-combustion method of GB/T 32150 and the MEE enterprise guidelines (化石燃料燃烧排放,
 * T/CAS 612 clause 6.3): activity data AD = fuel consumed FC × net calorific value NCV; emission
 * factor EF = carbon content per unit heat CC × oxidation rate OF × 44/12; CO₂ = AD × EF.
 *
 * <p>The parameters are the library's defaults for the {@linkplain #fuel() fuel}, each overridden
 * by a measured value when one is given ({@link #measuredNetCalorificValue()} …), as the guidelines
 * prefer measured parameters; the trace notes every override. CO₂ of biomass ({@link #biomass()})
 * is reported apart as biogenic CO₂. Exact: 44/12 is carried as the ratio 11/3.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonTypeName(FuelCombustionMethod.NAME)
@JsonDeserialize(as = ImmutableFuelCombustionMethod.class)
public abstract non-sealed class FuelCombustionMethod
    implements ActivityMethod, WithFuelCombustionMethod {

  /** The method's name in results and JSON. */
  public static final String NAME = "fuel-combustion";

  /** The fuel key of the library's fuel parameters, e.g. {@code natural-gas}. */
  public abstract String fuel();

  /** A measured net calorific value, overriding the default. */
  public abstract Optional<Rate> measuredNetCalorificValue();

  /** A measured carbon content per unit heat, overriding the default. */
  public abstract Optional<Rate> measuredCarbonContent();

  /** A measured oxidation rate in percent, overriding the default. */
  public abstract Optional<BigDecimal> measuredOxidationRatePercent();

  /** Where the measured values come from, e.g. a laboratory report. */
  public abstract Optional<String> measurementSource();

  /** Whether the fuel is biomass, whose CO₂ is reported apart. */
  @Value.Default
  public boolean biomass() {
    return false;
  }

  /** The method for {@code fuel} with the library's defaults. */
  public static FuelCombustionMethod of(String fuel) {
    return builder().fuel(fuel).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String formula() {
    return "E = FC × NCV × CC × OF × 44/12 (GB/T 32150)";
  }

  @Override
  public List<GasChain> prepare(MethodContext ctx) {
    Optional<FuelParameters> defaults = ctx.library().fuel(fuel());
    List<MissingFactor> missing = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<FactorUse> uses = new ArrayList<>();
    Provenance measured = Provenance.userSupplied("measured by the organisation",
        measurementSource().orElse("measured parameter"));
    Rate ncv = pick("net calorific value", measuredNetCalorificValue(),
        defaults.map(FuelParameters::netCalorificValue), missing, notes);
    Rate cc = pick("carbon content", measuredCarbonContent(),
        defaults.map(FuelParameters::carbonContent), missing, notes);
    BigDecimal of = measuredOxidationRatePercent().orElse(
        defaults.map(FuelParameters::oxidationRatePercent).orElse(null));
    if (of == null) {
      missing.add(missing("oxidation rate"));
    } else if (measuredOxidationRatePercent().isPresent() && defaults.isPresent()) {
      notes.add("measured oxidation rate " + of.toPlainString() + " % overrides default "
          + defaults.get().oxidationRatePercent().toPlainString() + " %");
    }
    Chains.gwp(ctx, GreenhouseGas.CO2, missing);
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    Chains.requireKind(ctx, "Net calorific value of " + fuel(), ncv.per(), ctx.unit());
    if (ncv.unit().kind() != QuantityKind.ENERGY || cc.unit().kind() != QuantityKind.MASS
        || cc.per().kind() != QuantityKind.ENERGY) {
      throw new UnitMismatchException(ctx.sourceId(), cc.per(), ncv.unit(), "Fuel " + fuel()
          + " of source " + ctx.sourceId() + ": NCV must be energy per fuel and carbon content"
          + " mass per energy, but they are " + ncv + " and " + cc);
    }
    uses.add(use(defaults, measuredNetCalorificValue().isPresent(), measured, "NCV",
        ncv.value(), ncv.unit().code() + "/" + ncv.per().code()));
    uses.add(use(defaults, measuredCarbonContent().isPresent(), measured, "CC", cc.value(),
        cc.unit().code() + "C/" + cc.per().code()));
    uses.add(use(defaults, measuredOxidationRatePercent().isPresent(), measured, "OF", of, "%"));
    List<TraceTerm> terms = new ArrayList<>();
    Chains.convert(terms, ctx.unit(), ncv.per());
    terms.add(TraceTerm.of("net calorific value NCV", Ratio.of(ncv.value()),
        ncv.unit().code() + "/" + ncv.per().code()));
    Chains.convert(terms, ncv.unit(), cc.per());
    terms.add(TraceTerm.of("carbon content per unit heat CC", Ratio.of(cc.value()),
        cc.unit().code() + "C/" + cc.per().code()));
    Chains.convert(terms, cc.unit(), Chains.TONNE);
    terms.add(TraceTerm.of("oxidation rate OF " + of.toPlainString() + " %",
        Ratio.of(of, BigDecimal.valueOf(100)), "1"));
    terms.add(TraceTerm.of("molar mass ratio CO2/C 44/12", Chains.CO2_PER_C, "tCO2/tC"));
    return List.of(new GasChain(GreenhouseGas.CO2,
        biomass() ? LineKind.BIOGENIC_CO2 : LineKind.EMISSION, terms,
        Optional.of(BigDecimal.ONE), uses, notes));
  }

  private Rate pick(String what, Optional<Rate> measured, Optional<Rate> dflt,
      List<MissingFactor> missing, List<String> notes) {
    if (measured.isPresent()) {
      dflt.ifPresent(d -> notes.add("measured " + what + " " + measured.get()
          + " overrides default " + d));
      return measured.get();
    }
    if (dflt.isEmpty()) {
      missing.add(missing(what));
      return Rate.of("1", "GJ", "t");
    }
    return dflt.get();
  }

  private MissingFactor missing(String what) {
    return new MissingFactor("fuel parameters", fuel(), "", "", "no default " + what
        + " for this fuel in the library and none measured", List.of(), 0);
  }

  private FactorUse use(Optional<FuelParameters> defaults, boolean isMeasured,
      Provenance measured, String parameter, BigDecimal value, String unit) {
    if (isMeasured || defaults.isEmpty()) {
      return FactorUse.builder().id(fuel() + " " + parameter + " (measured)").value(value)
          .unit(unit).provenance(measured).build();
    }
    return FactorUse.of(defaults.get(), parameter, value, unit);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FuelCombustionMethod}; the fuel is required. */
  public static final class Builder extends ImmutableFuelCombustionMethod.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("FuelCombustionMethod", "fuel", fuel());
    measuredOxidationRatePercent().ifPresent(o ->
        Checks.requirePercentage("FuelCombustionMethod", "measuredOxidationRatePercent", o));
    measuredNetCalorificValue().ifPresent(r ->
        Checks.requirePositive("FuelCombustionMethod", "measuredNetCalorificValue", r.value()));
    measuredCarbonContent().ifPresent(r ->
        Checks.requirePositive("FuelCombustionMethod", "measuredCarbonContent", r.value()));
  }
}
