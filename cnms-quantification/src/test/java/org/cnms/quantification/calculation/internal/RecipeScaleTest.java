// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.Ratio;
import org.cnms.quantification.method.EmissionFactorMethod;
import org.cnms.quantification.method.GasChain;
import org.cnms.quantification.method.TraceTerm;
import org.junit.jupiter.api.Test;

/** The scales a recipe names for its figures: none when exact, the rounding scale when divided. */
class RecipeScaleTest {

  private static Recipe recipe(Ratio perUnit, int minScale) {
    GasChain chain = new GasChain(GreenhouseGas.CO2, LineKind.EMISSION,
        List.of(TraceTerm.of("factor", perUnit, "t/t")), Optional.of(BigDecimal.ONE), List.of(),
        List.of());
    return new Recipe(EmissionFactorMethod.byActivityKey(), List.of(chain), List.of(), minScale);
  }

  @Test
  void aThirdOfAWholeAmountAtScaleZeroIsRoundedToScaleZero() {
    // 2 t × 1/3 = 0.666…: divided by 3 (no factor 2 or 5), so the scale is the minimum, 0 → 1 t
    Recipe r = recipe(Ratio.of(BigInteger.ONE, BigInteger.valueOf(3)), 0);
    assertEquals(new BigDecimal("1"), r.gasTonnes(0, new BigDecimal("2")));
    assertEquals(Optional.of(0), r.gasScale(0, new BigDecimal("2")));
    assertEquals(Optional.of(0), r.co2eScale(0, new BigDecimal("2")));
    // at scale 4: 0.6667
    Recipe r4 = recipe(Ratio.of(BigInteger.ONE, BigInteger.valueOf(3)), 4);
    assertEquals(new BigDecimal("0.6667"), r4.co2eTonnes(0, new BigDecimal("2")));
    assertEquals(Optional.of(4), r4.co2eScale(0, new BigDecimal("2")));
  }

  @Test
  void anExactFactorNamesNoScale() {
    Recipe r = recipe(Ratio.of(new BigDecimal("0.5366")), 0);
    assertEquals(new BigDecimal("1.0732"), r.gasTonnes(0, new BigDecimal("2")));
    assertEquals(Optional.empty(), r.gasScale(0, new BigDecimal("2")));
    assertEquals(Optional.empty(), r.co2eScale(0, new BigDecimal("2")));
  }
}
