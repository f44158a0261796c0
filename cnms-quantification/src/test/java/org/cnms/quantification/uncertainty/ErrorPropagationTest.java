// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.EmissionCategory.PURCHASED_ENERGY;
import static org.cnms.core.ghg.GreenhouseGas.CH4;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.cnms.quantification.testing.InventoryFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.quantification.testing.InventoryFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ErrorPropagationTest {

  /*
   * Worked example, IPCC Approach 1.
   *   boiler      600 tCO2e, Ua 3 %, Uf 4 %   -> U1 = sqrt(9 + 16)    = 5 %,  U1·x1 = 3000
   *   electricity 400 tCO2e, Ua 6 %, Uf 8 %   -> U2 = sqrt(36 + 64)   = 10 %, U2·x2 = 4000
   *   boiler CH4  480 tCO2e, Ua 7 %, Uf 24 %  -> U3 = sqrt(49 + 576)  = 25 %, U3·x3 = 12000
   *     (the CH4 line has its own input, which takes precedence over the boiler's)
   *   Σ(U·x)² = 9e6 + 16e6 + 144e6 = 169e6, sqrt = 13000
   *   Σx = 1480, U = 13000 / 1480 = 8.78378378378378378… % -> 8.783783783783784 (16 digits)
   *   absolute uncertainty 13000 / 100 = 130 tCO2e
   *   The removal and biogenic lines are not part of it.
   */
  @Test
  void workedExample() {
    GhgInventory inv = inventory("inv-2024", 2024,
        emission("boiler", "plant", DIRECT, CO2, "600"),
        emission("grid", "plant", PURCHASED_ENERGY, CO2, "400"),
        emission("boiler", "plant", DIRECT, CH4, "480"),
        line("forest", "plant", DIRECT, CO2, LineKind.REMOVAL, "50"),
        line("biomass", "plant", DIRECT, CO2, LineKind.BIOGENIC_CO2, "70"));
    List<UncertaintyInput> inputs = List.of(
        UncertaintyInput.of("boiler", "3", "4"),
        UncertaintyInput.of("grid", "6", "8"),
        UncertaintyInput.builder().sourceId("boiler").gas(CH4)
            .activityUncertainty(new BigDecimal("7")).factorUncertainty(new BigDecimal("24"))
            .build());

    PropagatedUncertainty u = ErrorPropagation.withDefaultRounding().assess(inv, inputs);

    assertEquals(3, u.lines().size());
    assertEquals(0, u.lines().get(0).combinedUncertainty().compareTo(new BigDecimal("5")));
    assertEquals(0, u.lines().get(1).combinedUncertainty().compareTo(new BigDecimal("10")));
    assertEquals(0, u.lines().get(2).combinedUncertainty().compareTo(new BigDecimal("25")));
    assertEquals(Co2e.tonnes("1480"), u.totalEmissions());
    assertEquals(0, u.absoluteUncertainty().compareTo(Co2e.tonnes("130")));
    assertEquals(new BigDecimal("8.783783783783784"), u.totalUncertainty().orElseThrow());
    assertEquals(16, u.precision());
    assertEquals(RoundingMode.HALF_EVEN, u.roundingMode());
  }

  /* The same example rounded to 4 significant digits, down: 8.783783… -> 8.783. */
  @Test
  void statedRoundingIsApplied() {
    GhgInventory inv = inventory("inv", 2024,
        emission("a", "f", DIRECT, CO2, "600"), emission("b", "f", DIRECT, CH4, "880"));
    PropagatedUncertainty u = ErrorPropagation.of(new MathContext(4, RoundingMode.DOWN)).assess(
        inv, List.of(UncertaintyInput.of("a", "3", "4"), UncertaintyInput.of("b",
            "0", "0")));
    // sqrt((5·600)²) = 3000; 3000 / 1480 = 2.027027… -> 2.027
    assertEquals(new BigDecimal("2.027"), u.totalUncertainty().orElseThrow());
  }

  /* A combined uncertainty that is no perfect square: sqrt(1 + 1) = 1.414213562373095 (16 d.). */
  @Test
  void combinedUncertaintyRoundsTheRoot() {
    assertEquals(new BigDecimal("1.414213562373095"),
        UncertaintyInput.of("a", "1", "1").combinedUncertainty(MathContext.DECIMAL64));
  }

  @Test
  void zeroEmissionsHaveNoRelativeUncertainty() {
    PropagatedUncertainty u = ErrorPropagation.withDefaultRounding().assess(
        inventory("inv", 2024, emission("a", "f", DIRECT, CO2, "0")),
        List.of(UncertaintyInput.of("a", "3", "4")));
    assertTrue(u.totalUncertainty().isEmpty());
    assertTrue(u.absoluteUncertainty().isZero());
  }

  @Test
  void everyLineWithoutInputIsNamedAtOnce() {
    GhgInventory inv = inventory("inv-9", 2024,
        emission("a", "f", DIRECT, CO2, "1"), emission("b", "f", DIRECT, CO2, "1"),
        emission("c", "f", DIRECT, CH4, "1"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ErrorPropagation.withDefaultRounding().assess(inv,
            List.of(UncertaintyInput.of("a", "1", "1"))));
    assertEquals("ErrorPropagation: no uncertainty input for 2 emission line(s) of inventory"
        + " inv-9: b/CO2, c/CH4", e.getMessage());
  }

  @Test
  void twoInputsForTheSameSourceAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ErrorPropagation.withDefaultRounding().assess(InventoryFixtures.single("i", 2024,
            "1"), List.of(UncertaintyInput.of("s-1", "1", "1"),
            UncertaintyInput.of("s-1", "2", "2"))));
    assertEquals("ErrorPropagation: two uncertainty inputs for source 's-1' and gas (all)",
        e.getMessage());
  }

  @Test
  void negativeUncertaintyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UncertaintyInput.of("a", "-1", "2"));
    assertEquals("UncertaintyInput.activityUncertainty must not be negative, but was -1",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UncertaintyInput.of("a", "1", "-0.5"));
    assertEquals("UncertaintyInput.factorUncertainty must not be negative, but was -0.5",
        e.getMessage());
  }

  @Test
  void unlimitedPrecisionIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ErrorPropagation.of(MathContext.UNLIMITED));
  }

  /* Approach 1 does not depend on the order of the lines, exactly. */
  @Test
  void independentOfLineOrder() {
    qt().forAll(InventoryFixtures.emissionLines(12), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((lines, seed) -> {
          List<UncertaintyInput> inputs = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            inputs.add(UncertaintyInput.of(lines.get(i).sourceId(), String.valueOf(i % 7),
                String.valueOf(3 * i % 11) + ".5"));
          }
          List<InventoryLine> shuffled = new ArrayList<>(lines);
          Collections.shuffle(shuffled, new java.util.Random(seed));
          List<UncertaintyInput> shuffledInputs = new ArrayList<>(inputs);
          Collections.shuffle(shuffledInputs, new java.util.Random(seed + 1));
          ErrorPropagation ep = ErrorPropagation.withDefaultRounding();
          PropagatedUncertainty a = ep.assess(inventory("i", 2024,
              lines.toArray(new InventoryLine[0])), inputs);
          PropagatedUncertainty b = ep.assess(inventory("i", 2024,
              shuffled.toArray(new InventoryLine[0])), shuffledInputs);
          assertEquals(a.totalUncertainty(), b.totalUncertainty());
          assertEquals(a.absoluteUncertainty(), b.absoluteUncertainty());
          assertEquals(0, a.totalEmissions().compareTo(b.totalEmissions()));
        });
  }
}
