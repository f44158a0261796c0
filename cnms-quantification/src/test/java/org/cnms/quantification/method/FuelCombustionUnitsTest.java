// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.Trace;
import org.cnms.quantification.calculation.TraceMode;
import org.cnms.quantification.factor.Rate;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Fuel combustion with the activity and the measured parameters in other units than the defaults:
 * the same fuel gives the same CO2, and the trace says which parameter was measured.
 */
class FuelCombustionUnitsTest {

  private final Calculator ar5 = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
      .gwpSet(GwpSet.ar5()).traceMode(TraceMode.FULL).build();

  private static ActivityRecord coke(String amount, String unit) {
    return record("r1", "kiln", EmissionCategory.DIRECT, "coke", amount, unit);
  }

  private static void assertSame(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }

  @Test
  void cokeInKilogramsOrTonnesGivesTheSameCo2() {
    // 1 t × 28.435 GJ/t × 29.5 tC/TJ / 1000 × 93 % × 44/12 = 2.860418825 tCO2
    FuelCombustionMethod m = FuelCombustionMethod.of("coke");
    CalculationResult tonnes = ar5.calculate(coke("1", "t"), m);
    CalculationResult kilograms = ar5.calculate(coke("1000", "kg"), m);
    assertSame("2.860418825", tonnes.lines().get(0).gasTonnes());
    assertSame("2.860418825", kilograms.lines().get(0).gasTonnes());
  }

  @Test
  void aMeasuredCarbonContentPerGigajouleInKilogramsIsTheDefaultInOtherUnits() {
    // 29.5 kgC/GJ = 29.5 tC/TJ: the same CO2 as with the default
    FuelCombustionMethod measured = FuelCombustionMethod.builder().fuel("coke")
        .measuredCarbonContent(Rate.of("29.5", "kg", "GJ")).build();
    CalculationResult r = ar5.calculate(coke("1", "t"), measured);
    assertSame("2.860418825", r.lines().get(0).gasTonnes());
    Trace trace = r.lines().get(0).trace();
    List<String> ids = trace.factors().stream().map(FactorUse::id).toList();
    assertTrue(ids.contains("coke CC (measured)"), ids.toString());
    assertFalse(ids.contains("coke NCV (measured)"), ids.toString());
    assertFalse(ids.contains("coke OF (measured)"), ids.toString());
  }

  @Test
  void aMeasuredOxidationRateIsNotedAsOverridingTheDefault() {
    // 28.435 × 29.5 / 1000 × 95 % × 44/12 = 2.92193320833…, to 12 places 2.921933208333
    FuelCombustionMethod measured = FuelCombustionMethod.builder().fuel("coke")
        .measuredOxidationRatePercent(new BigDecimal("95")).build();
    CalculationResult r = ar5.calculate(coke("1", "t"), measured);
    Trace trace = r.lines().get(0).trace();
    assertTrue(trace.notes().contains("measured oxidation rate 95 % overrides default 93 %"),
        trace.notes().toString());
    assertSame("2.921933208333", r.lines().get(0).gasTonnes());
  }

  @Test
  void measuredParametersMustBeInRange() {
    var of = assertThrows(IllegalArgumentException.class, () -> FuelCombustionMethod.builder()
        .fuel("coke").measuredOxidationRatePercent(new BigDecimal("100.5")).build());
    assertTrue(of.getMessage().startsWith(
        "FuelCombustionMethod.measuredOxidationRatePercent"), of.getMessage());
    var ncv = assertThrows(IllegalArgumentException.class, () -> FuelCombustionMethod.builder()
        .fuel("coke").measuredNetCalorificValue(Rate.of("0", "GJ", "t")).build());
    assertTrue(ncv.getMessage().startsWith("FuelCombustionMethod.measuredNetCalorificValue"),
        ncv.getMessage());
    var cc = assertThrows(IllegalArgumentException.class, () -> FuelCombustionMethod.builder()
        .fuel("coke").measuredCarbonContent(Rate.of("0", "t", "TJ")).build());
    assertTrue(cc.getMessage().startsWith("FuelCombustionMethod.measuredCarbonContent"),
        cc.getMessage());
  }
}
