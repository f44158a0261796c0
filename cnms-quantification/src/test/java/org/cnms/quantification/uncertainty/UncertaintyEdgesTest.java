// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.EmissionCategory.TRANSPORTATION;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.cnms.quantification.uncertainty.SignificanceCriterion.MAGNITUDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.junit.jupiter.api.Test;

/** Significance and uncertainty results at the boundaries of what they accept. */
class UncertaintyEdgesTest {

  private static final SignificanceMethod METHOD = SignificanceMethod.builder()
      .scoreThreshold(new BigDecimal("3")).magnitudeThreshold(new BigDecimal("5")).build();
  private static final GhgInventory ONE_LINE = inventory("inv-1", 2024,
      emission("a", "f", DIRECT, CO2, "1000"));

  /* Score 1 < 3, but 50 t of 1000 t is exactly 5 %: the magnitude threshold is met. */
  @Test
  void anEstimateExactlyAtTheMagnitudeThresholdIsSignificant() {
    SignificanceAssessment a = METHOD.assess(TRANSPORTATION,
        List.of(CriterionRating.of(MAGNITUDE, 1)), Optional.of(Co2e.tonnes("50")),
        Co2e.tonnes("1000"), "Outsourced logistics");
    assertTrue(a.significant());
    assertEquals(SignificanceDecision.QUANTIFY, a.decision());
    assertEquals(0, a.share().orElseThrow().compareTo(new BigDecimal("5")));
  }

  @Test
  void significanceInputsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> METHOD.withWeights(
        Map.of(MAGNITUDE, new BigDecimal("-1"))));
    assertEquals("SignificanceMethod.precision must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> METHOD.withPrecision(0))
            .getMessage());
    assertEquals(1, METHOD.withPrecision(1).precision());
    assertThrows(IllegalArgumentException.class, () -> METHOD.assess(TRANSPORTATION,
        List.of(CriterionRating.of(MAGNITUDE, 4)), Optional.empty(), Co2e.tonnes("1000"), " "));
    assertThrows(IllegalArgumentException.class, () -> CriterionRating.builder()
        .criterion(MAGNITUDE).score(2).note(" ").build());
    assertEquals("a note", CriterionRating.builder().criterion(MAGNITUDE).score(2)
        .note("a note").build().note().orElseThrow());
  }

  @Test
  void aPropagatedUncertaintyChecksItsFigures() {
    // 1000 t with 3 % and 4 %: √(3² + 4²) = 5 %, 50 t
    PropagatedUncertainty u = ErrorPropagation.withDefaultRounding().assess(ONE_LINE,
        List.of(UncertaintyInput.of("a", "3", "4")));
    assertEquals(0, u.totalUncertainty().orElseThrow().compareTo(new BigDecimal("5")));
    assertEquals(0, u.absoluteUncertainty().compareTo(Co2e.tonnes("50")));
    assertThrows(IllegalArgumentException.class,
        () -> u.withTotalUncertainty(new BigDecimal("-1")));
    assertEquals("PropagatedUncertainty.precision must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> u.withPrecision(0)).getMessage());
    assertEquals(1, u.withPrecision(1).precision());
  }

  /* One iteration is enough to run; without uncertainty its one sample is the total. */
  @Test
  void aSingleIterationIsAllowed() {
    MonteCarloResult r = MonteCarloSimulation.of(3, 1).run(ONE_LINE,
        List.of(UncertaintyInput.of("a", "0", "0")));
    assertEquals(1, r.iterations());
    assertEquals(0, r.mean().compareTo(Co2e.tonnes("1000")));
    assertEquals(0, r.lower().compareTo(Co2e.tonnes("1000")));
    assertEquals(0, r.upper().compareTo(Co2e.tonnes("1000")));
  }
}
