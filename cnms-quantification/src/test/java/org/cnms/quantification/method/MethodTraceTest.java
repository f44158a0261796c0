// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.PurchasedEnergyResult;
import org.cnms.quantification.calculation.Trace;
import org.cnms.quantification.calculation.TraceMode;
import org.cnms.quantification.gwp.GwpSet;
import org.junit.jupiter.api.Test;

/**
 * What each method writes into a full trace (its name, its formula, the labels of its terms), and
 * the balances that are exactly zero, which every method accepts.
 */
class MethodTraceTest {

  private static final ReportingPeriod Y2022 = SourceQuantificationTest.Y2022;

  private final Calculator ar5 = SourceQuantificationTest.AR5;

  private static void assertSame(String expected, BigDecimal actual) {
    SourceQuantificationTest.assertSame(expected, actual);
  }

  private static Trace trace(CalculationResult r) {
    return r.lines().get(0).trace();
  }

  private static List<String> labels(CalculationResult r) {
    return trace(r).terms().stream().map(TraceTerm::label).toList();
  }

  @Test
  void directMeasurementNamesItselfAndItsFormula() {
    Calculator ar6 = Calculator.builder().library(SITE).gwpSet(GwpSet.ar6())
        .traceMode(TraceMode.FULL).build();
    ActivityRecord rec = record("r-7", "digester", EmissionCategory.DIRECT, "cems", "1500", "kg");
    DirectMeasurementMethod m = DirectMeasurementMethod.of(GreenhouseGas.CH4);
    assertEquals("direct-measurement", m.name());
    assertEquals("E = measured mass × GWP", m.formula());
    CalculationResult r = ar6.calculate(rec, m);
    assertEquals("direct-measurement", trace(r).method());
    assertEquals("E = measured mass × GWP", trace(r).formula());
  }

  @Test
  void aCo2eFactorIsBookedAsCo2AndTheTraceSaysSo() {
    // 1000 CNY × 0.25 kgCO2e/CNY (test factor) = 0.25 t
    Calculator site = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
        .traceMode(TraceMode.FULL).build();
    CalculationResult r = site.calculate(record("r-9", "it", EmissionCategory.OTHER, "test.spend",
        "1000", "CNY"), EmissionFactorMethod.byActivityKey());
    assertSame("0.25", r.emissions().tonnes());
    assertEquals(GreenhouseGas.CO2, r.lines().get(0).gas());
    assertEquals(true, trace(r).notes().contains(
        "factor T-SPEND is in CO2e: booked as CO2 with GWP 1"), trace(r).notes().toString());
    // a factor of a gas gets no such note
    CalculationResult wood = site.calculate(record("r-10", "boiler", EmissionCategory.DIRECT,
        "test.wood", "2", "t"), EmissionFactorMethod.byActivityKey());
    assertEquals(List.of(), trace(wood).notes().stream().filter(n -> n.contains("CO2e"))
        .toList());
  }

  @Test
  void aMeasuredMassMustBeAMass() {
    Calculator ar6 = Calculator.builder().library(SITE).gwpSet(GwpSet.ar6()).build();
    ActivityRecord kwh = record("r-8", "digester", EmissionCategory.DIRECT, "cems", "1500",
        "kWh");
    assertThrows(org.cnms.core.units.UnitMismatchException.class,
        () -> ar6.calculate(kwh, DirectMeasurementMethod.of(GreenhouseGas.CH4)));
  }

  @Test
  void fuelCombustionAndRemovalNameThemselves() {
    assertEquals("fuel-combustion", FuelCombustionMethod.of("diesel").name());
    assertEquals("E = FC × NCV × CC × OF × 44/12 (GB/T 32150)",
        FuelCombustionMethod.of("diesel").formula());
    assertEquals("removal", RemovalMethod.byActivityKey().name());
    assertEquals("R = AD × RF × GWP (a removal, reported apart)",
        RemovalMethod.byActivityKey().formula());
  }

  @Test
  void massBalanceTracesItsNameAndAcceptsABalanceOfExactlyZero() {
    // in: 100 t × 0.12 = 12 tC; out: 240 t × 0.05 = 12 tC; net 0 tC → 0 tCO2
    MassBalance mb = MassBalance.builder().id("mb-0").sourceId("kiln").facilityId("plant-1")
        .period(Y2022)
        .addFlows(CarbonFlow.of(CarbonFlow.Direction.IN, "limestone", Amount.of("100", "t"),
            "0.12"), CarbonFlow.of(CarbonFlow.Direction.OUT, "clinker", Amount.of("240", "t"),
            "0.05"))
        .build();
    assertSame("0", mb.netCarbonTonnes());
    CalculationResult r = ar5.calculate(mb);
    assertSame("0", r.emissions().tonnes());
    assertEquals("mass-balance", trace(r).method());
    assertEquals("E = (Σ carbon in − Σ carbon out) × 44/12", trace(r).formula());
  }

  @Test
  void refrigerantChangeTracesItsTermsAndAcceptsNoChange() {
    RefrigerantInventoryChange none = RefrigerantInventoryChange.builder().id("gis")
        .sourceId("gis").facilityId("substation").period(Y2022).gas(GreenhouseGas.SF6)
        .stockAtStart(Amount.of("10", "kg")).stockAtEnd(Amount.of("10", "kg"))
        .purchased(Amount.of("0", "kg")).build();
    CalculationResult zero = ar5.calculate(none);
    assertSame("0", zero.emissions().tonnes());
    assertEquals("refrigerant-inventory-change", trace(zero).method());
    assertEquals("E = (stock start − stock end + purchased − recovered) × mass fraction × GWP",
        trace(zero).formula());
    // R-410A: 100 − 80 + 30 − 10 = 40 kg
    RefrigerantInventoryChange r410a = RefrigerantInventoryChange.builder().id("ref-1")
        .sourceId("chiller").facilityId("plant-1").period(Y2022).blend(RefrigerantBlend.R410A)
        .stockAtStart(Amount.of("100", "kg")).stockAtEnd(Amount.of("80", "kg"))
        .purchased(Amount.of("30", "kg")).recovered(Amount.of("10", "kg")).build();
    CalculationResult r = ar5.calculate(r410a);
    assertEquals("refrigerant emitted (100 kg − 80 kg + 30 kg − 10 kg)", labels(r).get(0));
  }

  @Test
  void purchasedEnergyTracesBothBasesWithEveryDeduction() {
    PurchasedEnergy electricity = PurchasedEnergy.builder().id("pe-2022")
        .sourceId("grid-1").facilityId("plant-1").period(Y2022)
        .carrier(EnergyCarrier.ELECTRICITY)
        .purchased(Amount.of("1000", "MWh")).exported(Amount.of("100000", "kWh"))
        .greenPower(Amount.of("200", "MWh")).greenCertificates(Amount.of("100", "MWh"))
        .build();
    assertEquals("purchased-energy", electricity.name());
    PurchasedEnergyResult r = ar5.calculateBothBases(electricity);
    assertEquals("purchased-energy", trace(r.locationBased()).method());
    assertEquals(electricity.formula(), trace(r.locationBased()).formula());
    assertEquals("net purchased electricity (purchased 1000 MWh − exported 100000 kWh)",
        labels(r.locationBased()).get(0));
    assertEquals("purchased electricity not covered by green power or certificates (purchased"
        + " 1000 MWh − exported 100000 kWh − green power 200 MWh − certificates 100 MWh)",
        labels(r.marketBased()).get(0));
  }

  @Test
  void exportsAndGreenPowerMayEachUseUpTheWholePurchase() {
    // exported = purchased: nothing is left, 0 t on both bases
    PurchasedEnergy allExported = PurchasedEnergy.builder().id("pe-x").sourceId("grid-1")
        .facilityId("plant-1").period(Y2022).carrier(EnergyCarrier.ELECTRICITY)
        .purchased(Amount.of("50", "MWh")).exported(Amount.of("50", "MWh")).build();
    PurchasedEnergyResult x = ar5.calculateBothBases(allExported);
    assertSame("0", x.locationBased().emissions().tonnes());
    assertSame("0", x.marketBased().emissions().tonnes());
    // green power = net purchase: market-based 0 t, location-based 50 MWh × 0.5366 = 26.83 t
    // (the 2022 national average of the reference data, as in the worked example)
    PurchasedEnergy allGreen = PurchasedEnergy.builder().id("pe-g").sourceId("grid-1")
        .facilityId("plant-1").period(Y2022).carrier(EnergyCarrier.ELECTRICITY)
        .purchased(Amount.of("50", "MWh")).greenPower(Amount.of("50", "MWh")).build();
    PurchasedEnergyResult g = ar5.calculateBothBases(allGreen);
    assertSame("26.83", g.locationBased().emissions().tonnes());
    assertSame("0", g.marketBased().emissions().tonnes());
    var over = assertThrows(IllegalArgumentException.class, () -> allGreen.withGreenPower(
        Amount.of("50.001", "MWh")));
    assertEquals(true, over.getMessage().startsWith("PurchasedEnergy pe-g: green power and"
        + " certificates ("), over.getMessage());
    assertEquals(true, over.getMessage().endsWith(") exceed the net purchase (50 MWh)"),
        over.getMessage());
  }
}
