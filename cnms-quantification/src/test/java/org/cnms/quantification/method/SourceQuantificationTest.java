// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.GasResult;
import org.cnms.quantification.calculation.PurchasedEnergyResult;
import org.cnms.quantification.calculation.TraceMode;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class SourceQuantificationTest {

  static final ReportingPeriod Y2022 = ReportingPeriod.calendarYear(2022);

  /** The embedded library under AR5, full traces. */
  static final Calculator AR5 = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
      .gwpSet(GwpSet.ar5()).traceMode(TraceMode.FULL).build();

  /** Asserts that {@code actual} is {@code expected}, whatever its scale. */
  static void assertSame(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }

  private static void assertTraceRecomputes(CalculationResult r) {
    for (GasResult l : r.lines()) {
      assertEquals(0, l.trace().recomputeGasTonnes().compareTo(l.gasTonnes()));
      assertEquals(0, l.trace().recomputeCo2e().compareTo(l.co2e().tonnes()));
    }
  }

  private final PurchasedEnergy electricity = PurchasedEnergy.builder().id("pe-2022")
      .sourceId("grid-1").facilityId("plant-1").period(Y2022)
      .carrier(EnergyCarrier.ELECTRICITY)
      .purchased(Amount.of("1000", "MWh")).exported(Amount.of("100000", "kWh"))
      .greenPower(Amount.of("200", "MWh")).greenCertificates(Amount.of("100", "MWh"))
      .build();

  @Test
  void purchasedElectricityLocationAndMarketBasedSideBySide() {
    // location: (1000 − 100) MWh × 0.5366 = 482.94 tCO2
    // market:   (1000 − 100 − 200 − 100) = 600 MWh × 0.5856 = 351.36 tCO2
    PurchasedEnergyResult r = AR5.calculateBothBases(electricity);
    assertSame("482.94", r.locationBased().emissions().tonnes());
    assertSame("351.36", r.marketBased().emissions().tonnes());
    assertEquals("pe-2022#market", r.marketBased().id());
    assertEquals("CN-mee-nbs-excluding-market-non-fossil-national-2022",
        r.marketBased().lines().get(0).trace().factors().get(0).id());
    assertTraceRecomputes(r.locationBased());
    assertTraceRecomputes(r.marketBased());
    assertSame("482.94", AR5.calculate(electricity).emissions().tonnes());
    assertRoundTrips(r, PurchasedEnergyResult.class);
  }

  @Test
  void purchasedHeatAtTheDefaultFactor() {
    // 5000 GJ × 0.11 tCO2/GJ = 550 tCO2 on both bases; 1 GWh of heat = 3600 GJ → 396 t
    PurchasedEnergy heat = PurchasedEnergy.builder().id("h").sourceId("steam").facilityId("p")
        .period(Y2022).carrier(EnergyCarrier.HEAT).purchased(Amount.of("5000", "GJ")).build();
    PurchasedEnergyResult r = AR5.calculateBothBases(heat);
    assertSame("550", r.locationBased().emissions().tonnes());
    assertSame("550", r.marketBased().emissions().tonnes());
    assertSame("396", AR5.calculate(heat.withPurchased(Amount.of("1", "GWh"))).emissions()
        .tonnes());
  }

  @Test
  void purchasedEnergyInvariants() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> electricity.withGreenPower(Amount.of("900", "MWh")));
    assertEquals("PurchasedEnergy pe-2022: green power and certificates (1000 MWh) exceed the"
        + " net purchase (900 MWh)", e.getMessage());
    var x = assertThrows(IllegalArgumentException.class,
        () -> electricity.withExported(Amount.of("2", "GWh")));
    assertEquals("PurchasedEnergy pe-2022: exported 2 GWh exceeds purchased 1000 MWh",
        x.getMessage());
    var u = assertThrows(IllegalArgumentException.class,
        () -> electricity.withPurchased(Amount.of("1000", "t")));
    assertEquals("PurchasedEnergy pe-2022 of source grid-1: every amount must be an energy, but"
        + " one is 1000 t", u.getMessage());
    var m = assertThrows(MissingFactorException.class,
        () -> AR5.calculateBothBases(electricity.withPeriod(ReportingPeriod.calendarYear(2030))));
    assertEquals(2, m.missing().size());
  }

  @Test
  void massBalanceWorkedExample() {
    // in: 1000 t × 0.12 = 120 tC; 40 t × 0.85 = 34 tC; out: 800 t × 0.005 = 4 tC
    // net 150 tC × 44/12 = 550 tCO2
    MassBalance mb = MassBalance.builder().id("mb-1").sourceId("kiln").facilityId("plant-1")
        .period(Y2022)
        .addFlows(CarbonFlow.of(CarbonFlow.Direction.IN, "limestone", Amount.of("1000", "t"),
            "0.12"), CarbonFlow.of(CarbonFlow.Direction.IN, "coke", Amount.of("40000", "kg"),
            "0.85"), CarbonFlow.of(CarbonFlow.Direction.OUT, "clinker", Amount.of("800", "t"),
            "0.005"))
        .build();
    CalculationResult r = AR5.calculate(mb);
    assertSame("150", mb.netCarbonTonnes());
    assertSame("550", r.emissions().tonnes());
    assertEquals(3, r.lines().get(0).trace().notes().size());
    assertTraceRecomputes(r);
    var e = assertThrows(IllegalArgumentException.class, () -> AR5.calculate(mb.withFlows(
        CarbonFlow.of(CarbonFlow.Direction.OUT, "slag", Amount.of("10", "t"), "0.5"))));
    assertEquals("MassBalance mb-1 of source kiln: carbon out exceeds carbon in by 5.0 tC",
        e.getMessage());
    assertRoundTrips(mb, SourceQuantification.class);
  }

  @Test
  void refrigerantInventoryChangeWorkedExamples() {
    // R-410A: 100 − 80 + 30 − 10 = 40 kg = 0.04 t; HFC-32 0.02 t × 677 = 13.54,
    // HFC-125 0.02 t × 3170 = 63.4; total 76.94 tCO2e (= 0.04 × 1923.5)
    RefrigerantInventoryChange r410a = RefrigerantInventoryChange.builder().id("ref-1")
        .sourceId("chiller").facilityId("plant-1").period(Y2022).blend(RefrigerantBlend.R410A)
        .stockAtStart(Amount.of("100", "kg")).stockAtEnd(Amount.of("80", "kg"))
        .purchased(Amount.of("30", "kg")).recovered(Amount.of("10", "kg")).build();
    CalculationResult r = AR5.calculate(r410a);
    assertEquals(List.of(GreenhouseGas.HFC_32, GreenhouseGas.HFC_125),
        r.lines().stream().map(GasResult::gas).toList());
    assertSame("0.02", r.lines().get(0).gasTonnes());
    assertSame("13.54", r.lines().get(0).co2e().tonnes());
    assertSame("63.4", r.lines().get(1).co2e().tonnes());
    assertSame("76.94", r.emissions().tonnes());
    assertTraceRecomputes(r);
    // SF6 switchgear under SAR: 10 − 9 = 1 kg = 0.001 t × 23900 = 23.9 tCO2e
    Calculator sar = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
        .gwpSet(GwpSet.sar()).build();
    RefrigerantInventoryChange sf6 = RefrigerantInventoryChange.builder().id("gis").sourceId("gis")
        .facilityId("substation").period(Y2022).gas(GreenhouseGas.SF6)
        .stockAtStart(Amount.of("10", "kg")).stockAtEnd(Amount.of("9", "kg"))
        .purchased(Amount.of("0", "kg")).build();
    assertSame("23.9", sar.calculate(sf6).emissions().tonnes());
    var neg = assertThrows(IllegalArgumentException.class,
        () -> sar.calculate(sf6.withStockAtEnd(Amount.of("11", "kg"))));
    assertEquals("RefrigerantInventoryChange gis of source gis: the balance is negative (-0.001"
        + " t); check stocks, purchases and recoveries", neg.getMessage());
    var both = assertThrows(IllegalArgumentException.class, () -> sf6.withBlend(
        RefrigerantBlend.R404A));
    assertEquals("RefrigerantInventoryChange gis must name either a gas or a blend, but names"
        + " both", both.getMessage());
    assertRoundTrips(r410a, SourceQuantification.class);
    assertRoundTrips(electricity, SourceQuantification.class);
  }

  @Test
  void sourceResultsJoinTheInventory() {
    InventoryAccumulator acc = InventoryAccumulator.of(AR5);
    acc.add(AR5.calculateBothBases(electricity).locationBased());
    acc.add(AR5.calculate(RefrigerantInventoryChange.builder().id("ref-1").sourceId("chiller")
        .facilityId("plant-1").period(Y2022).gas(GreenhouseGas.HFC_134A)
        .stockAtStart(Amount.of("10", "kg")).stockAtEnd(Amount.of("10", "kg"))
        .purchased(Amount.of("2", "kg")).build()));
    GhgInventory inv = acc.toInventory("inv", Y2022);
    // 482.94 + 0.002 × 1300 = 482.94 + 2.6 = 485.54
    assertSame("485.54", inv.totalEmissions().tonnes());
    assertTrue(acc.dataQuality().emissionsByObtainedBy().containsKey(
        org.cnms.quantification.activity.ObtainedBy.CALCULATED));
  }
}
