// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import org.cnms.quantification.method.TraceTerm;
import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.UnitMismatchException;
import org.cnms.core.units.UnitRegistry;
import org.cnms.core.units.UnknownUnitException;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.factor.Rate;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.ActivityMethod;
import org.cnms.quantification.method.DirectMeasurementMethod;
import org.cnms.quantification.method.EmissionFactorMethod;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.method.ProductFootprint;
import org.cnms.quantification.method.ProductFootprintMethod;
import org.cnms.quantification.method.RemovalMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class CalculatorTest {

  private final Calculator ar5 = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
      .traceMode(TraceMode.FULL).build();

  private static void assertSame(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }

  private static void assertTraceRecomputes(CalculationResult r) {
    for (GasResult l : r.lines()) {
      assertEquals(0, l.trace().recomputeGasTonnes().compareTo(l.gasTonnes()), l.toString());
      assertEquals(0, l.trace().recomputeCo2e().compareTo(l.co2e().tonnes()), l.toString());
    }
  }

  @Test
  void emissionFactorMethodWorkedExample() {
    // 1250.5 MWh × 0.5366 tCO2/MWh (MEE/NBS national average 2022) = 671.0183 tCO2; AR5 GWP 1
    CalculationResult r = ar5.calculate(record("r-1", "grid", EmissionCategory.PURCHASED_ENERGY,
        ReferenceData.GRID_AVERAGE, "1250.5", "MWh"));
    assertEquals(1, r.lines().size());
    GasResult co2 = r.lines().get(0);
    assertEquals(new BigDecimal("671.01830"), co2.gasTonnes());
    assertSame("671.0183", co2.co2e().tonnes());
    assertEquals("emission-factor", r.method());
    assertEquals("AR5", r.gwpSet());
    assertEquals("site-test t1", r.factorLibraryVersion().get());
    Trace t = co2.trace();
    assertEquals("E = AD × EF × GWP", t.formula());
    assertEquals("CN-mee-nbs-average-national-2022", t.factors().get(0).id());
    assertEquals("MEE and NBS", t.factors().get(0).provenance().publisher());
    assertEquals(Optional.of(BigDecimal.ONE), t.gwp());
    assertEquals(List.of("activity amount r-1 = 2501/2 MWh",
        "emission factor CN-mee-nbs-average-national-2022 = 2683/5000 tCO2/MWh"),
        t.terms().stream().map(TraceTerm::toString).toList());
    assertTraceRecomputes(r);
  }

  @Test
  void severalGasesAreWeightedByTheirGwp() {
    // 100 TJ in a gas boiler (test factors): CH4 100 × 1 kg = 100 kg = 0.1 t, × 28 = 2.8 tCO2e;
    // N2O 100 × 0.1 kg = 10 kg = 0.01 t, × 265 = 2.65 tCO2e; under SAR: 0.1 × 21 + 0.01 × 310 = 5.2
    CalculationResult r = ar5.calculate(record("r-2", "boiler", EmissionCategory.DIRECT,
        "test.gas-boiler", "100", "TJ"));
    assertSame("0.1", r.lines().get(0).gasTonnes());
    assertSame("2.8", r.lines().get(0).co2e().tonnes());
    assertSame("0.01", r.lines().get(1).gasTonnes());
    assertSame("2.65", r.lines().get(1).co2e().tonnes());
    assertSame("5.45", r.emissions().tonnes());
    Calculator sar = Calculator.builder().library(SITE).gwpSet(GwpSet.sar()).build();
    assertSame("5.2", sar.calculate(record("r-2", "boiler", EmissionCategory.DIRECT,
        "test.gas-boiler", "100", "TJ")).emissions().tonnes());
    assertTraceRecomputes(r);
  }

  @Test
  void fuelCombustionWorkedExampleWithDefaults() {
    // natural gas, 100 × 10^4 Nm3: AD = 100 × 389.31 GJ = 38931 GJ = 38.931 TJ;
    // C = 38.931 × 15.3 tC/TJ = 595.6443 tC; × OF 99 % = 589.687857 tC;
    // CO2 = 589.687857 × 44/12 = 6486.566427 / 3 = 2162.188809 t (exact)
    Calculator calc = Calculator.builder().library(SITE).gwpSet(GwpSet.sar())
        .traceMode(TraceMode.FULL)
        .methodForKey("natural-gas", FuelCombustionMethod.of("natural-gas")).build();
    CalculationResult r = calc.calculate(record("r-3", "boiler", EmissionCategory.DIRECT,
        "natural-gas", "100", "10^4 Nm3"));
    assertSame("2162.188809", r.emissions().tonnes());
    // 389.31 = 3 × 129.77, so the 3 of 44/12 cancels: the multiplier terminates, nothing divides
    assertEquals(Optional.empty(), r.lines().get(0).trace().gasScale());
    assertTraceRecomputes(r);
    assertEquals("E = FC × NCV × CC × OF × 44/12 (GB/T 32150)", r.lines().get(0).trace().formula());
  }

  @Test
  void measuredFuelParametersOverrideDefaults() {
    // measured NCV 380 GJ/10^4 Nm3: 100 × 380 = 38000 GJ = 38 TJ; × 15.3 = 581.4 tC;
    // × 0.99 = 575.586 tC; × 11/3 = 6331.446 / 3 = 2110.482 tCO2
    FuelCombustionMethod measured = FuelCombustionMethod.builder().fuel("natural-gas")
        .measuredNetCalorificValue(Rate.of("380", "GJ", "1e4Nm3"))
        .measurementSource("lab report 2022-07").build();
    CalculationResult r = ar5.calculate(record("r-4", "boiler", EmissionCategory.DIRECT,
        "natural-gas", "100", "1e4Nm3"), measured);
    assertSame("2110.482", r.emissions().tonnes());
    assertEquals(List.of("measured net calorific value 380 GJ/1e4Nm3 overrides default"
        + " 389.31 GJ/1e4Nm3"), r.lines().get(0).trace().notes());
    assertEquals("natural-gas NCV (measured)", r.lines().get(0).trace().factors().get(0).id());
    assertTraceRecomputes(r);
  }

  @Test
  void aNonTerminatingProductIsDividedOnceByThePolicy() {
    // diesel 10 t: 10 × 42.652 GJ = 426.52 GJ = 0.42652 TJ; × 20.2 = 8.615704 tC;
    // × 0.98 = 8.44338992 tC; × 44/12 = 92.87728912 / 3 = 30.95909637333… tCO2.
    // The divisor 187500000 = 3 × 2^5 × 5^9, so the scale is max(0 + 9, 12) = 12, half-even:
    // 30.959096373333
    CalculationResult r = ar5.calculate(record("r-5", "truck", EmissionCategory.DIRECT,
        "diesel", "10", "t"), FuelCombustionMethod.of("diesel"));
    assertEquals(new BigDecimal("30.959096373333"), r.lines().get(0).gasTonnes());
    assertEquals(Optional.of(12), r.lines().get(0).trace().gasScale());
    assertTraceRecomputes(r);
  }

  @Test
  void biomassCo2IsReportedApart() {
    // 20 t of wood × 1.5 tCO2/t (test factor, biogenic) = 30 t biogenic CO2, no emission
    CalculationResult r = ar5.calculate(record("r-6", "stove", EmissionCategory.DIRECT,
        "test.wood", "20", "t"));
    assertEquals(LineKind.BIOGENIC_CO2, r.lines().get(0).kind());
    assertSame("30", r.biogenicCo2().tonnes());
    assertEquals(Co2e.ZERO, r.emissions());
  }

  @Test
  void directMeasurementWorkedExample() {
    // 1500 kg CH4 measured = 1.5 t; AR6 non-fossil methane 27.0 → 40.5 tCO2e;
    // as fossil methane 29.8 → 44.7 tCO2e
    Calculator ar6 = Calculator.builder().library(SITE).gwpSet(GwpSet.ar6())
        .traceMode(TraceMode.FULL).build();
    ActivityRecord rec = record("r-7", "digester", EmissionCategory.DIRECT, "cems", "1500", "kg");
    CalculationResult r = ar6.calculate(rec, DirectMeasurementMethod.of(GreenhouseGas.CH4));
    assertSame("1.5", r.lines().get(0).gasTonnes());
    assertSame("40.5", r.emissions().tonnes());
    assertSame("44.7", ar6.calculate(rec, DirectMeasurementMethod.of(GreenhouseGas.CH4_FOSSIL))
        .emissions().tonnes());
    assertTraceRecomputes(r);
  }

  @Test
  void removalsAreRemovalsNotNegativeEmissions() {
    // 120 ha × 5.5 tCO2/ha (test factor) = 660 tCO2 removed
    CalculationResult r = ar5.calculate(record("r-8", "forest", EmissionCategory.DIRECT,
        "test.forest", "120", "ha"), RemovalMethod.byActivityKey());
    assertEquals(LineKind.REMOVAL, r.lines().get(0).kind());
    assertSame("660", r.removals().tonnes());
    assertEquals(Co2e.ZERO, r.emissions());
  }

  @Test
  void productFootprintWorkedExample() {
    // 2 t of steel = 2000 kg; footprint 42.0 kgCO2e per 10 kg → 2000 × 42.0 / 10 = 8400 kg
    // = 8.4 tCO2e
    ProductFootprint pf = ProductFootprint.builder().id("3893bb5d-da16-4dc1-9185-11d97476c254")
        .created(Instant.parse("2024-03-01T00:00:00Z")).companyName("Steel Co")
        .addCompanyIds("urn:pact:company:steel-co").productDescription("rebar")
        .addProductIds("urn:pact:product:rebar-12").productNameCompany("Rebar 12")
        .declaredUnit(UnitRegistry.standard().byCode("kg")).declaredUnitAmount(new BigDecimal("10"))
        .referencePeriod(ReportingPeriod.calendarYear(2023))
        .pcfExcludingBiogenicUptake(new BigDecimal("42.0")).addIpccCharacterizationFactors("AR6")
        .build();
    CalculationResult r = ar5.calculate(record("r-9", "steel", EmissionCategory.PRODUCTS_USED,
        "steel", "2", "t"), ProductFootprintMethod.of(pf));
    assertSame("8.4", r.emissions().tonnes());
    assertTrue(r.lines().get(0).trace().notes().contains(
        "footprint declared under AR6, the inventory uses AR5; taken as declared"));
    assertTraceRecomputes(r);
  }

  @Test
  void aCo2eFactorIsBookedAsCo2WithoutGwp() {
    // 10000 CNY × 0.25 kgCO2e/CNY (test) = 2500 kgCO2e = 2.5 tCO2e
    CalculationResult r = ar5.calculate(record("r-10", "spend", EmissionCategory.PRODUCTS_USED,
        "test.spend", "10000", "CNY"));
    assertSame("2.5", r.emissions().tonnes());
    assertEquals(Optional.empty(), r.lines().get(0).trace().gwp());
  }

  @Test
  void aUnitMismatchNamesSourceGivenAndExpected() {
    var e = assertThrows(UnitMismatchException.class, () -> ar5.calculate(record("r-11",
        "boiler-2", EmissionCategory.DIRECT, "natural-gas", "5", "kWh"),
        FuelCombustionMethod.of("natural-gas")));
    assertEquals("Net calorific value of natural-gas for source boiler-2 is per 1e4Nm3 (volume"
        + " at normal conditions), but activity r-11 is in kWh (energy)", e.getMessage());
    assertEquals("boiler-2", e.recordId().get());
    assertEquals("kWh", e.given().code());
    assertEquals("1e4Nm3", e.expected().code());
    var f = assertThrows(UnitMismatchException.class, () -> ar5.calculate(record("r-12", "grid",
        EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE, "5", "t")));
    assertEquals("Emission factor CN-mee-nbs-average-national-2022 for source grid is per MWh"
        + " (energy), but activity r-12 is in t (mass)", f.getMessage());
  }

  @Test
  void anUnknownUnitIsRejected() {
    var e = assertThrows(UnknownUnitException.class, () -> Amount.of("5", "kWhh"));
    assertEquals("kWhh", e.symbol());
  }

  @Test
  void missingFactorsAreListedAllAtOnce() {
    List<ActivityRecord> batch = List.of(
        record("a", "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE, "1", "MWh"),
        record("b", "grid", EmissionCategory.PURCHASED_ENERGY, "electricity.grid.mars", "1", "MWh"),
        record("c", "grid", EmissionCategory.PURCHASED_ENERGY, "electricity.grid.mars", "2", "MWh"),
        record("d", "x", EmissionCategory.DIRECT, "coal.unknown", "3", "t"));
    var e = assertThrows(MissingFactorException.class, () -> ar5.calculateAll(batch));
    assertEquals("2 factors are missing:\n"
        + "  - emission factor 'coal.unknown' for region national for 2022-03-01/2022-03-31:"
        + " library site-test t1 has no factor with this key (needed by 1 record: d)\n"
        + "  - emission factor 'electricity.grid.mars' for region national for"
        + " 2022-03-01/2022-03-31: library site-test t1 has no factor with this key (needed by"
        + " 2 records: b, c)", e.getMessage());
    var fuel = assertThrows(MissingFactorException.class, () -> ar5.calculate(record("e", "kiln",
        EmissionCategory.DIRECT, "anthracite", "3", "t"), FuelCombustionMethod.of("anthracite")));
    assertEquals(3, fuel.missing().size());
  }

  @Test
  void aFactorOutsideItsPeriodIsMissing() {
    ActivityRecord r2024 = record("f", "grid", EmissionCategory.PURCHASED_ENERGY,
        ReferenceData.GRID_AVERAGE, "1", "MWh").withPeriod(ReportingPeriod.calendarYear(2024));
    var e = assertThrows(MissingFactorException.class, () -> ar5.calculate(r2024));
    assertTrue(e.getMessage().contains("no factor applies to the activity period; the library"
        + " has CN-mee-nbs-average-national-2021 (data year 2021)"), e.getMessage());
  }

  @Test
  void resultsAndMethodsRoundTrip() {
    CalculationResult full = ar5.calculate(record("r-1", "grid", EmissionCategory.PURCHASED_ENERGY,
        ReferenceData.GRID_AVERAGE, "1250.5", "MWh"));
    assertRoundTrips(full, CalculationResult.class);
    CalculationResult diesel = ar5.calculate(record("r-5", "truck", EmissionCategory.DIRECT,
        "diesel", "10", "t"), FuelCombustionMethod.of("diesel"));
    assertRoundTrips(diesel, CalculationResult.class);
    for (ActivityMethod m : List.of(EmissionFactorMethod.byActivityKey(),
        EmissionFactorMethod.withKey("k"), FuelCombustionMethod.builder().fuel("diesel")
            .measuredCarbonContent(Rate.of("20.0", "t", "TJ")).measuredOxidationRatePercent(
                new BigDecimal("97.5")).biomass(false).build(),
        DirectMeasurementMethod.of(GreenhouseGas.SF6), RemovalMethod.byActivityKey())) {
      assertRoundTrips(m, ActivityMethod.class);
    }
    assertTrue(org.cnms.core.json.CnmsJson.toJson(FuelCombustionMethod.of("diesel"))
        .contains("\"type\" : \"fuel-combustion\""));
  }
}
