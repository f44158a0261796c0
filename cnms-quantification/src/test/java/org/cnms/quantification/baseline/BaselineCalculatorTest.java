// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.baseline;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.EmissionCategory.PURCHASED_ENERGY;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.cnms.quantification.testing.InventoryFixtures.line;
import static org.cnms.quantification.testing.InventoryFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.RecalculationPolicy;
import org.cnms.core.performance.RecalculationTrigger;
import org.cnms.quantification.testing.InventoryFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class BaselineCalculatorTest {

  static final BaselineDefinition DEF =
      BaselineDefinition.of("bl-1", "first year with metered data", LocalDate.of(2021, 3, 1));
  final BaselineCalculator calc = BaselineCalculator.withDefaultRounding();

  /* 2020: C1 1400 + C2 600 = 2000 t emitted, 40 t removed. */
  static final GhgInventory Y2020 = inventory("inv-2020", 2020,
      emission("kiln", "plant", DIRECT, CO2, "1400"),
      emission("grid", "plant", PURCHASED_ENERGY, CO2, "600"),
      line("forest", "plant", DIRECT, CO2, LineKind.REMOVAL, "40"));

  @Test
  void baselineFromOneBaseYear() {
    Baseline b = calc.fromBaseYear(DEF, Y2020);
    assertEquals("bl-1", b.id());
    assertEquals(List.of(ReportingPeriod.calendarYear(2020)), b.periods());
    assertEquals(Co2e.tonnes("2000"), b.emissions());
    assertEquals(Co2e.tonnes("40"), b.removals());
    assertEquals(Map.of(DIRECT, Co2e.tonnes("1400"), PURCHASED_ENERGY, Co2e.tonnes("600")),
        b.emissionsByCategory());
    assertEquals(List.of("inv-2020"), b.inventoryIds());
    assertEquals("AR5", b.gwpSet());
    assertEquals(RecalculationPolicy.standard(), b.recalculationPolicy());
  }

  /* (1000 + 900 + 1100) / 3 = 1000 t; the inventories are given out of order. */
  @Test
  void averagedBasePeriod() {
    Baseline b = calc.averageOf(DEF, List.of(single("i-2020", 2020, "900"),
        single("i-2019", 2019, "1000"), single("i-2021", 2021, "1100")));
    assertEquals(0, b.emissions().compareTo(Co2e.tonnes("1000")));
    assertEquals(List.of(ReportingPeriod.calendarYear(2019), ReportingPeriod.calendarYear(2020),
        ReportingPeriod.calendarYear(2021)), b.periods());
    assertEquals(List.of("i-2019", "i-2020", "i-2021"), b.inventoryIds());
    assertTrue(b.isAveraged());
  }

  /* (1000 + 1001 + 1001) / 3 = 1000.6666… -> 1000.666666666667 (16 digits, half-even). */
  @Test
  void averageIsDividedOnceByTheStatedPolicy() {
    Baseline b = calc.averageOf(DEF, List.of(single("a", 2019, "1000"),
        single("b", 2020, "1001"), single("c", 2021, "1001")));
    assertEquals(Co2e.tonnes("1000.666666666667"), b.emissions());
    assertEquals(Optional.of(Co2e.tonnes("1000.666666666667")),
        b.emissionsOf(List.of(DIRECT)));
  }

  @Test
  void averagingOneYearGivesThatYear() {
    qt().forAll(InventoryFixtures.inventories(2020, 8)).checkAssert(inv -> {
      Baseline b = calc.averageOf(DEF, List.of(inv));
      assertEquals(inv.totalEmissions(), b.emissions());
      assertEquals(inv.totalRemovals(), b.removals());
      assertEquals(inv.emissionsByCategory(), b.emissionsByCategory());
    });
  }

  @Test
  void noInventoryIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.averageOf(DEF, List.of()));
    assertEquals("Baseline bl-1 needs at least one base-year inventory, but none was given",
        e.getMessage());
  }

  @Test
  void overlappingBaseYearsAreAnError() {
    GhgInventory fiscal = GhgInventory.builder().id("fy-2020").gwpSet("AR5")
        .period(ReportingPeriod.parse("2020-07-01/2021-06-30")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.averageOf(DEF, List.of(fiscal, single("i-2020", 2020, "1"))));
    assertEquals("Baseline bl-1: inventories i-2020 (2020) and fy-2020 (2020-07-01/2021-06-30)"
        + " overlap; a base period takes each year once", e.getMessage());
  }

  @Test
  void mixedGwpSetsAreAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.averageOf(DEF, List.of(single("a", 2019, "1"),
            single("b", 2020, "1").withGwpSet("SAR"))));
    assertEquals("Baseline bl-1: inventory b uses GWP set SAR, but a uses AR5; restate them"
        + " under one set first", e.getMessage());
  }

  static BaselineChange change(RecalculationTrigger trigger, String effect) {
    return BaselineChange.builder().recalculationId("rc-1").restatedBaselineId("bl-2")
        .trigger(trigger).description("plant B acquired")
        .emissionsEffect(Co2e.tonnes(effect))
        .putCategoryEffect(DIRECT, Co2e.tonnes(effect))
        .decidedOn(LocalDate.of(2024, 5, 10)).build();
  }

  /*
   * Baseline 2000 t; the acquired plant emitted 120 t in 2020: 120 × 100 / 2000 = 6 % ≥ 5 % ->
   * recalculation; restated 2120 t (C1 1400 + 120 = 1520, C2 600), supersedes bl-1.
   */
  @Test
  void shiftAboveThresholdRestatesTheBaseline() {
    Baseline old = calc.fromBaseYear(DEF, Y2020);
    RecalculationOutcome o = calc.examine(old, change(RecalculationTrigger.STRUCTURAL_CHANGE,
        "120"));
    BaselineRecalculation r = o.recalculation();
    assertTrue(r.recalculationRequired());
    assertEquals(0, r.shiftPercent().compareTo(new BigDecimal("6")));
    assertEquals(0, r.thresholdPercent().compareTo(new BigDecimal("5")));
    assertEquals(Co2e.tonnes("2120"), r.recalculatedEmissions());
    assertEquals(Optional.of("bl-2"), r.newBaselineId());
    Baseline restated = o.restatedBaseline().orElseThrow();
    assertEquals("bl-2", restated.id());
    assertEquals(Optional.of("bl-1"), restated.supersedes());
    assertEquals(Optional.of("rc-1"), restated.recalculationId());
    assertEquals(Co2e.tonnes("2120"), restated.emissions());
    assertEquals(Co2e.tonnes("1520"), restated.emissionsByCategory().get(DIRECT));
    assertEquals(Co2e.tonnes("600"), restated.emissionsByCategory().get(PURCHASED_ENERGY));
    assertEquals(old.periods(), restated.periods());
    assertEquals(LocalDate.of(2024, 5, 10), restated.establishedOn());
  }

  /* An error worth −80 t: −80 × 100 / 2000 = −4 %, |−4| < 5 -> no recalculation. */
  @Test
  void shiftBelowThresholdKeepsTheBaseline() {
    RecalculationOutcome o = calc.examine(calc.fromBaseYear(DEF, Y2020),
        change(RecalculationTrigger.ERROR_DISCOVERED, "-80"));
    assertFalse(o.recalculation().recalculationRequired());
    assertEquals(0, o.recalculation().shiftPercent().compareTo(new BigDecimal("-4")));
    assertTrue(o.restatedBaseline().isEmpty());
    assertTrue(o.recalculation().newBaselineId().isEmpty());
  }

  /* 100 × 100 / 2000 = 5 %: at the threshold -> required. With a 10 % threshold: not required. */
  @Test
  void atTheThresholdIsRequired() {
    Baseline b = calc.fromBaseYear(DEF, Y2020);
    assertTrue(calc.examine(b, change(RecalculationTrigger.BOUNDARY_CHANGE, "100"))
        .recalculation().recalculationRequired());
    assertFalse(calc.examine(b, change(RecalculationTrigger.BOUNDARY_CHANGE, "100"),
        new BigDecimal("10")).recalculation().recalculationRequired());
  }

  @Test
  void changesThePolicyDoesNotExamineNeverRequireRecalculation() {
    Baseline b = calc.fromBaseYear(DEF.withRecalculationPolicy(RecalculationPolicy.builder()
        .addTrigger(RecalculationTrigger.STRUCTURAL_CHANGE).build()), Y2020);
    assertFalse(calc.examine(b, change(RecalculationTrigger.METHOD_CHANGE, "500"))
        .recalculation().recalculationRequired());
  }

  @Test
  void thresholdOutsideZeroToHundredIsAnError() {
    Baseline b = calc.fromBaseYear(DEF, Y2020);
    BaselineChange c = change(RecalculationTrigger.BOUNDARY_CHANGE, "100");
    assertEquals("The significance threshold must be in (0, 100] percent, but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> calc.examine(b, c, BigDecimal.ZERO)).getMessage());
    assertEquals("The significance threshold must be in (0, 100] percent, but was 100.01",
        assertThrows(IllegalArgumentException.class,
            () -> calc.examine(b, c, new BigDecimal("100.01"))).getMessage());
  }

  @Test
  void aBrokenDownBaselineNeedsCategoryEffects() {
    BaselineChange c = change(RecalculationTrigger.STRUCTURAL_CHANGE, "300")
        .withCategoryEffects(Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.examine(calc.fromBaseYear(DEF, Y2020), c));
    assertEquals("Baseline bl-1 is broken down by category, so change rc-1 must give its effect"
        + " per category", e.getMessage());
  }

  @Test
  void categoryEffectsMustAddUp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> change(RecalculationTrigger.STRUCTURAL_CHANGE, "300")
            .withCategoryEffects(Map.of(DIRECT, Co2e.tonnes("200"))));
    assertEquals("BaselineChange rc-1: the category effects sum to 200 tCO2e, but the emissions"
        + " effect is 300 tCO2e", e.getMessage());
  }

  /*
   * For any baseline E > 0, threshold t in (0, 100] and effect ±E·t·f/100 with f in [0, 1): the
   * shift is below the threshold and no restatement is required.
   */
  @Test
  void belowThresholdNeverRequiresRestatement() {
    qt().forAll(InventoryFixtures.positiveTonnes(),
        Generate.range(1, 10_000).map(n -> BigDecimal.valueOf(n, 2)),
        Generate.range(0, 9_999).map(n -> BigDecimal.valueOf(n, 4)),
        Generate.enumValues(RecalculationTrigger.class)).checkAssert((e, t, f, trigger) -> {
          for (int sign : new int[] {1, -1}) {
            BigDecimal effect = e.multiply(t).multiply(f).movePointLeft(2)
                .multiply(BigDecimal.valueOf(sign));
            Baseline b = calc.fromBaseYear(DEF, single("i", 2020, e.toPlainString()));
            RecalculationOutcome o = calc.examine(b, change(trigger, effect.toPlainString()), t);
            assertFalse(o.recalculation().recalculationRequired());
            assertTrue(o.restatedBaseline().isEmpty());
          }
        });
  }
}
