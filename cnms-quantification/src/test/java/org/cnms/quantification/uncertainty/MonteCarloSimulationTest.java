// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.quantification.testing.InventoryFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MonteCarloSimulationTest {

  private static final GhgInventory TWO_LINES = inventory("inv-mc", 2024,
      emission("boiler", "plant", DIRECT, CO2, "600"), emission("kiln", "plant", DIRECT, CO2,
          "400"));
  private static final List<UncertaintyInput> TWO_INPUTS = List.of(
      UncertaintyInput.of("boiler", "3", "4"),
      UncertaintyInput.builder().sourceId("kiln").activityUncertainty(new BigDecimal("20"))
          .factorUncertainty(new BigDecimal("30")).distribution(Distribution.LOGNORMAL).build());

  /* With no uncertainty every multiplier is exactly 1.0: mean = 2.5% = 97.5% = Σx = 1000. */
  @Test
  void withoutUncertaintyEverySampleIsTheTotal() {
    MonteCarloResult r = MonteCarloSimulation.of(7, 100).run(TWO_LINES,
        List.of(UncertaintyInput.of("boiler", "0", "0"), UncertaintyInput.of("kiln", "0", "0")));
    assertEquals(0, r.mean().compareTo(Co2e.tonnes("1000")));
    assertEquals(0, r.lower().compareTo(Co2e.tonnes("1000")));
    assertEquals(0, r.upper().compareTo(Co2e.tonnes("1000")));
    assertEquals(Co2e.tonnes("1000"), r.totalEmissions());
    assertEquals(7L, r.seed());
    assertEquals(100, r.iterations());
  }

  /*
   * One normal line, 1000 t, Ua = 10 %, Uf = 0: relative sd 10/196, so the 95 % interval is
   * 1000·(1 ± 1.96·10/196) = [900, 1100]. With N = 20000 the standard error of each percentile is
   * about 1000·0.051·sqrt(0.025·0.975/20000)/φ(1.96) ≈ 0.96 t; we allow 5 t.
   */
  @Test
  void normalIntervalMatchesTheStatedUncertainty() {
    MonteCarloResult r = MonteCarloSimulation.of(2024, 20_000).run(
        inventory("i", 2024, emission("a", "f", DIRECT, CO2, "1000")),
        List.of(UncertaintyInput.of("a", "10", "0")));
    assertClose(new BigDecimal("900"), r.lower().tonnes(), new BigDecimal("5"));
    assertClose(new BigDecimal("1100"), r.upper().tonnes(), new BigDecimal("5"));
  }

  /*
   * One lognormal line, 1000 t, Ua = 50 %: s = 50/196, σ² = ln(1 + s²) = 0.063049…, σ = 0.251092,
   * μ = −σ²/2; the interval is 1000·exp(μ ± 1.96σ) = [592.35, 1585.04], skewed. Standard errors
   * of the percentiles at N = 20000 are about 2.8 t and 7.5 t; we allow 15 t and 40 t.
   */
  @Test
  void lognormalIntervalIsSkewedAndPositive() {
    MonteCarloResult r = MonteCarloSimulation.of(99, 20_000).run(
        inventory("i", 2024, emission("a", "f", DIRECT, CO2, "1000")),
        List.of(UncertaintyInput.builder().sourceId("a").activityUncertainty(new BigDecimal("50"))
            .factorUncertainty(BigDecimal.ZERO).distribution(Distribution.LOGNORMAL).build()));
    assertClose(new BigDecimal("592.35"), r.lower().tonnes(), new BigDecimal("15"));
    assertClose(new BigDecimal("1585.04"), r.upper().tonnes(), new BigDecimal("40"));
  }

  @Test
  void differentSeedsGiveDifferentSamples() {
    assertNotEquals(MonteCarloSimulation.of(1, 200).run(TWO_LINES, TWO_INPUTS).mean(),
        MonteCarloSimulation.of(2, 200).run(TWO_LINES, TWO_INPUTS).mean());
  }

  /* The same seed gives exactly the same result, scale included. */
  @Test
  void sameSeedSameResult() {
    qt().withExamples(40).forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE),
        inventoriesWithInputs()).checkAssert((seed, case_) -> {
          MonteCarloResult a = MonteCarloSimulation.of(seed, 300).run(case_.inventory,
              case_.inputs);
          MonteCarloResult b = MonteCarloSimulation.of(seed, 300).run(case_.inventory,
              case_.inputs);
          assertEquals(a, b);
        });
  }

  /*
   * The mean of N simulated totals has standard deviation sd/sqrt(N), where sd² = Σ x_i²·v_i and
   * v_i = (1 + sa²)(1 + sf²) − 1 is the variance of the product of two independent multipliers
   * with mean 1 and relative sd sa = Ua/196, sf = Uf/196 (for both distributions). We require
   * |mean − Σx| ≤ 6·sd/sqrt(N) + 1e-9·Σx (the last term covers the 16-digit rounding of the mean);
   * a correct simulation breaks this bound with probability about 2e-9 per case.
   */
  @Test
  void meanApproachesTheSum() {
    int n = 2000;
    qt().withExamples(50).forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE),
        inventoriesWithInputs()).checkAssert((seed, case_) -> {
          MonteCarloResult r = MonteCarloSimulation.of(seed, n).run(case_.inventory,
              case_.inputs);
          double variance = 0;
          for (int i = 0; i < case_.inputs.size(); i++) {
            double x = case_.inventory.lines().get(i).co2e().tonnes().doubleValue();
            double sa = case_.inputs.get(i).activityUncertainty().doubleValue() / 196;
            double sf = case_.inputs.get(i).factorUncertainty().doubleValue() / 196;
            variance += x * x * ((1 + sa * sa) * (1 + sf * sf) - 1);
          }
          double sum = r.totalEmissions().tonnes().doubleValue();
          double bound = 6 * Math.sqrt(variance / n) + 1e-9 * sum;
          double error = Math.abs(r.mean().tonnes().doubleValue() - sum);
          assertTrue(error <= bound, () -> "mean " + r.mean() + " is " + error + " from " + sum
              + ", more than the bound " + bound);
        });
  }

  @Test
  void iterationsMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MonteCarloSimulation.of(1, 0));
    assertEquals("MonteCarloSimulation.iterations must be at least 1, but was 0", e.getMessage());
  }

  @Test
  void missingInputsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MonteCarloSimulation.of(1, 10).run(TWO_LINES, List.of(TWO_INPUTS.get(0))));
    assertEquals("MonteCarloSimulation: no uncertainty input for 1 emission line(s) of inventory"
        + " inv-mc: kiln/CO2", e.getMessage());
  }

  private static void assertClose(BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {
    assertTrue(expected.subtract(actual).abs().compareTo(tolerance) <= 0,
        () -> "expected " + expected + " ± " + tolerance + " but was " + actual);
  }

  /** An inventory and one input per line, in line order, uncertainties 0–40 %. */
  static final class Case {
    final GhgInventory inventory;
    final List<UncertaintyInput> inputs;

    Case(GhgInventory inventory, List<UncertaintyInput> inputs) {
      this.inventory = inventory;
      this.inputs = inputs;
    }

    @Override
    public String toString() {
      return inventory.lines() + " " + inputs;
    }
  }

  static Gen<Case> inventoriesWithInputs() {
    return in -> {
      GhgInventory inv = InventoryFixtures.inventories(2024, 5).generate(in);
      List<UncertaintyInput> inputs = new ArrayList<>();
      for (InventoryLine l : inv.lines()) {
        inputs.add(UncertaintyInput.builder().sourceId(l.sourceId())
            .activityUncertainty(BigDecimal.valueOf(Generate.range(0, 400).generate(in), 1))
            .factorUncertainty(BigDecimal.valueOf(Generate.range(0, 400).generate(in), 1))
            .distribution(Generate.enumValues(Distribution.class).generate(in)).build());
      }
      return new Case(inv, inputs);
    };
  }
}
