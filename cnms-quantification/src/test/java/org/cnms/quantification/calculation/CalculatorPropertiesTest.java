// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.testing.CoreGen;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class CalculatorPropertiesTest {

  private final Calculator calc = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
      .traceMode(TraceMode.FULL)
      .methodForKey("diesel", FuelCombustionMethod.of("diesel"))
      .methodForKey("natural-gas", FuelCombustionMethod.of("natural-gas")).build();

  private BigDecimal co2e(String key, BigDecimal value, String unit) {
    return calc.calculate(record("r", "s", EmissionCategory.PURCHASED_ENERGY, key,
        value.toPlainString(), unit)).emissions().tonnes();
  }

  @Test
  void theEmissionFactorMethodIsLinear() {
    qt().forAll(CoreGen.decimals(), CoreGen.decimals(), Generate.range(0, 1000))
        .checkAssert((a, b, k) -> {
          for (String[] ku : new String[][] {{ReferenceData.GRID_AVERAGE, "kWh"},
              {ReferenceData.GRID_AVERAGE, "MWh"}, {"test.gas-boiler", "GJ"}}) {
            BigDecimal sum = co2e(ku[0], a.add(b), ku[1]);
            assertEquals(0, sum.compareTo(co2e(ku[0], a, ku[1]).add(co2e(ku[0], b, ku[1]))));
            BigDecimal scaled = co2e(ku[0], a.multiply(BigDecimal.valueOf(k)), ku[1]);
            assertEquals(0, scaled.compareTo(co2e(ku[0], a, ku[1])
                .multiply(BigDecimal.valueOf(k))));
          }
        });
  }

  @Test
  void theSameEnergyInKwhMwhOrGjGivesTheSameCo2e() {
    // x MWh = 1000·x kWh = 3.6·x GJ, against a factor per MWh (grid) and one per GJ (heat)
    qt().forAll(CoreGen.decimals()).checkAssert(x -> {
      for (String key : new String[] {ReferenceData.GRID_AVERAGE, ReferenceData.HEAT_KEY}) {
        BigDecimal mwh = co2e(key, x, "MWh");
        BigDecimal kwh = co2e(key, x.movePointRight(3), "kWh");
        BigDecimal gj = co2e(key, x.multiply(new BigDecimal("3.6")), "GJ");
        assertEquals(0, mwh.compareTo(kwh), () -> mwh + " vs " + kwh);
        assertEquals(0, mwh.compareTo(gj), () -> mwh + " vs " + gj);
        BigDecimal mj = co2e(key, x.multiply(new BigDecimal("3600")), "MJ");
        assertEquals(0, mwh.compareTo(mj), () -> mwh + " vs " + mj);
      }
    });
  }

  @Test
  void aResultsTraceRecomputesIt() {
    String[][] kinds = {{ReferenceData.GRID_AVERAGE, "kWh"}, {ReferenceData.GRID_AVERAGE, "GJ"},
        {"diesel", "t"}, {"diesel", "kg"}, {"natural-gas", "Nm3"}, {"test.gas-boiler", "MWh"},
        {ReferenceData.HEAT_KEY, "tce"}, {"test.spend", "1e4CNY"}};
    qt().forAll(CoreGen.decimals(), Generate.range(0, kinds.length - 1)).checkAssert((v, i) -> {
      ActivityRecord r = record("r", "s", EmissionCategory.DIRECT, kinds[i][0],
          v.toPlainString(), kinds[i][1]);
      for (GasResult l : calc.calculate(r).lines()) {
        assertEquals(0, l.trace().recomputeGasTonnes().compareTo(l.gasTonnes()));
        assertEquals(0, l.trace().recomputeCo2e().compareTo(l.co2e().tonnes()));
      }
    });
  }
}
