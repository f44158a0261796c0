// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.CarbonFlow;
import org.cnms.quantification.method.EnergyCarrier;
import org.cnms.quantification.method.MassBalance;
import org.cnms.quantification.method.PurchasedEnergy;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The calculator at its edges: the smallest scale, summary traces, batches, scales of traces. */
class CalculatorEdgesTest {

  private static final ReportingPeriod Y2022 = ReportingPeriod.calendarYear(2022);

  private static Calculator.Builder ar5() {
    return Calculator.builder().library(SITE).gwpSet(GwpSet.ar5());
  }

  private static void assertSame(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }

  @Test
  void theMinimumScaleMayBeZeroButNotNegative() {
    assertEquals(0, ar5().minScale(0).build().minScale());
    var e = assertThrows(IllegalArgumentException.class, () -> ar5().minScale(-1));
    assertEquals("Calculator.minScale must not be negative, but was -1", e.getMessage());
  }

  @Test
  void aSummaryTraceCannotRecompute() {
    CalculationResult r = ar5().build().calculate(record("r-1", "grid",
        EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE, "1250.5", "MWh"));
    Trace t = r.lines().get(0).trace();
    assertEquals(TraceMode.SUMMARY, t.mode());
    var e = assertThrows(IllegalStateException.class, t::exactGasTonnes);
    assertEquals("A summary trace keeps no terms; calculate with TraceMode.FULL to recompute a"
        + " result", e.getMessage());
    assertThrows(IllegalStateException.class, t::recomputeCo2e);
  }

  @Test
  void aGasIsSeparatedOnlyWhenItWasWeightedByItsGwp() {
    Calculator c = ar5().build();
    // 1250.5 MWh × 0.5366 tCO2/MWh: a mass of CO2, weighted by GWP 1
    GasResult grid = c.calculate(record("r-1", "grid", EmissionCategory.PURCHASED_ENERGY,
        ReferenceData.GRID_AVERAGE, "1250.5", "MWh")).lines().get(0);
    assertTrue(grid.isSeparatedByGas());
    // 1000 CNY × 0.25 kgCO2e/CNY = 0.25 tCO2e: known only in CO2e
    GasResult spend = c.calculate(record("r-10", "spend", EmissionCategory.PRODUCTS_USED,
        "test.spend", "1000", "CNY")).lines().get(0);
    assertSame("0.25", spend.co2e().tonnes());
    assertFalse(spend.isSeparatedByGas());
  }

  @Test
  void aBatchWithoutMissingFactorsGivesEveryResultInOrder() {
    List<CalculationResult> all = ar5().build().calculateAll(List.of(
        record("r-1", "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
            "1250.5", "MWh"),
        record("r-10", "spend", EmissionCategory.PRODUCTS_USED, "test.spend", "1000", "CNY")));
    assertEquals(List.of("r-1", "r-10"), all.stream().map(CalculationResult::id).toList());
    assertSame("671.0183", all.get(0).emissions().tonnes());
    assertSame("0.25", all.get(1).emissions().tonnes());
  }

  @Test
  void aSourceQuantificationTraceNamesTheScaleOnlyOfDividedFigures() {
    Calculator full = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
        .gwpSet(GwpSet.ar5()).traceMode(TraceMode.FULL).build();
    // 900 MWh × 0.5366 = 482.94 tCO2: no division
    PurchasedEnergy electricity = PurchasedEnergy.builder().id("pe").sourceId("grid-1")
        .facilityId("plant-1").period(Y2022).carrier(EnergyCarrier.ELECTRICITY)
        .purchased(Amount.of("900", "MWh")).build();
    Trace exact = full.calculate(electricity).lines().get(0).trace();
    assertEquals(Optional.empty(), exact.gasScale());
    assertEquals(Optional.empty(), exact.co2eScale());
    // 100 t × 0.12 tC/t = 12 tC × 44/12 = 44 tCO2: exact too
    MassBalance mb = MassBalance.builder().id("mb").sourceId("kiln").facilityId("plant-1")
        .period(Y2022).addFlows(CarbonFlow.of(CarbonFlow.Direction.IN, "limestone",
            Amount.of("100", "t"), "0.12")).build();
    CalculationResult r = full.calculate(mb);
    assertSame("44", r.emissions().tonnes());
    assertEquals(Optional.empty(), r.lines().get(0).trace().gasScale());
    // 100 t × 0.1 tC/t = 10 tC × 44/12 = 110/3 tCO2: divided, rounded at the minimum scale 12
    MassBalance thirds = mb.withFlows(CarbonFlow.of(CarbonFlow.Direction.IN, "limestone",
        Amount.of("100", "t"), "0.1"));
    CalculationResult d = full.calculate(thirds);
    Trace divided = d.lines().get(0).trace();
    assertEquals(new BigDecimal("36.666666666667"), d.lines().get(0).gasTonnes());
    assertEquals(Optional.of(Calculator.DEFAULT_MIN_SCALE), divided.gasScale());
    assertEquals(Optional.of(Calculator.DEFAULT_MIN_SCALE), divided.co2eScale());
    // at minimum scale 0: rounded to whole tonnes, and the scale 0 is still named
    CalculationResult zero = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
        .gwpSet(GwpSet.ar5()).traceMode(TraceMode.FULL).minScale(0).build().calculate(thirds);
    assertEquals(new BigDecimal("37"), zero.lines().get(0).gasTonnes());
    assertEquals(Optional.of(0), zero.lines().get(0).trace().gasScale());
    assertEquals(Optional.of(0), zero.lines().get(0).trace().co2eScale());
  }

  @Test
  void aCalculatorOnTheReferenceLibraryAloneNamesItAsItsReference() {
    Calculator c = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
        .gwpSet(GwpSet.ar5()).build();
    String json = CalculatorDescription.describe(c);
    assertTrue(json.contains("\"reference\""), json);
    assertEquals(ReferenceData.chinaFactorLibrary(), CalculatorDescription.rebuild(json).library());
  }
}
