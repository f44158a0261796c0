// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.EmissionCategory.PURCHASED_ENERGY;
import static org.cnms.core.ghg.GreenhouseGas.CH4;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.cnms.quantification.testing.InventoryFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {

  /* 2024: kiln 600 + boiler CH4 100 (plant-a, C1), grid 300 (plant-b, C2) = 1000 t; removal 40. */
  static final GhgInventory Y2024 = inventory("inv-2024", 2024,
      emission("kiln", "plant-a", DIRECT, CO2, "600"),
      emission("boiler", "plant-a", DIRECT, CH4, "100"),
      emission("grid", "plant-b", PURCHASED_ENERGY, CO2, "300"),
      line("forest", "plant-a", DIRECT, CO2, LineKind.REMOVAL, "40"));
  /* 2025: kiln 570 + boiler 95 + grid 285 = 950 t. */
  static final GhgInventory Y2025 = inventory("inv-2025", 2025,
      emission("kiln", "plant-a", DIRECT, CO2, "570"),
      emission("boiler", "plant-a", DIRECT, CH4, "95"),
      emission("grid", "plant-b", PURCHASED_ENERGY, CO2, "285"));

  final IndicatorCalculator calc = IndicatorCalculator.withDefaultRounding();

  /* 1000 t / 400 t of product = 2.5 tCO2e/t; the removal is not in the emissions. */
  @Test
  void totalIntensityPerTonneOfProduct() {
    Intensity i = calc.intensity(Y2024, Amount.of("400", "t"));
    assertEquals(Co2e.tonnes("1000"), i.emissions());
    assertEquals(0, i.value().compareTo(new BigDecimal("2.5")));
    assertEquals("tCO2e/t", i.unitCode());
    assertEquals(IntensityScope.TOTAL, i.scope());
    assertEquals(16, i.precision());
  }

  /* 1000 t / 3 × 10^4 CNY = 333.333… -> 333.3333333333333 (16 digits, half-even). */
  @Test
  void intensityPerOutputValueIsRoundedByThePolicy() {
    Intensity i = calc.intensity(Y2024, Amount.of("3", "万元"));
    assertEquals(new BigDecimal("333.3333333333333"), i.value());
    assertEquals("tCO2e/1e4CNY", i.unitCode());
    Intensity coarse = IndicatorCalculator.of(new MathContext(3, RoundingMode.UP))
        .intensity(Y2024, Amount.of("3", "1e4CNY"));
    assertEquals(new BigDecimal("334"), coarse.value());
    assertEquals(RoundingMode.UP, coarse.roundingMode());
  }

  /* C1: 700 / 400 = 1.75; C2: 300 / 400 = 0.75. */
  @Test
  void intensityPerCategory() {
    List<Intensity> list = calc.intensitiesByCategory(Y2024, Amount.of("400", "t"));
    assertEquals(2, list.size());
    assertEquals(Optional.of(DIRECT), list.get(0).category());
    assertEquals(0, list.get(0).value().compareTo(new BigDecimal("1.75")));
    assertEquals(Optional.of(PURCHASED_ENERGY), list.get(1).category());
    assertEquals(0, list.get(1).value().compareTo(new BigDecimal("0.75")));
  }

  /* plant-a: 700 / 250 t = 2.8; plant-b: 300 / 150 t = 2. */
  @Test
  void intensityPerFacility() {
    List<Intensity> list = calc.intensitiesByFacility(Y2024,
        Map.of("plant-a", Amount.of("250", "t"), "plant-b", Amount.of("150", "t")));
    assertEquals("plant-a", list.get(0).subject());
    assertEquals(0, list.get(0).value().compareTo(new BigDecimal("2.8")));
    assertEquals("plant-b", list.get(1).subject());
    assertEquals(0, list.get(1).value().compareTo(new BigDecimal("2")));
  }

  @Test
  void everyFacilityWithoutDenominatorIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.intensitiesByFacility(Y2024, Map.of()));
    assertEquals("Intensity per facility of inventory inv-2024: no denominator for facilities"
        + " plant-a, plant-b", e.getMessage());
  }

  @Test
  void denominatorMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.intensity(Y2024, Amount.of("0", "t")));
    assertEquals("Intensity of inventory inv-2024 (TOTAL): the denominator must be positive, but"
        + " was 0 t", e.getMessage());
  }

  /* 1000 -> 950 t: −50 t; −50 × 100 / 1000 = −5 %. */
  @Test
  void emissionsYearOnYear() {
    IndicatorChange c = calc.yearOnYear(Y2024, Y2025);
    assertEquals(ChangeKind.YEAR_ON_YEAR, c.kind());
    assertEquals(0, c.absoluteChange().compareTo(new BigDecimal("-50")));
    assertEquals(0, c.percentChange().compareTo(new BigDecimal("-5")));
    assertEquals("2024", c.reference());
    assertEquals("2025", c.current());
  }

  /* 1000/400 = 2.5 -> 950/400 = 2.375: −0.125; −0.125 × 100 / 2.5 = −5 %. */
  @Test
  void intensityYearOnYear() {
    IndicatorChange c = calc.yearOnYear(calc.intensity(Y2024, Amount.of("400", "t")),
        calc.intensity(Y2025, Amount.of("400", "t")));
    assertEquals(0, c.absoluteChange().compareTo(new BigDecimal("-0.125")));
    assertEquals(0, c.percentChange().compareTo(new BigDecimal("-5")));
    assertEquals("tCO2e/t", c.unitCode());
  }

  /* Baseline 1200 t -> 950 t: −250 t; −25000 / 1200 = −20.8333… -> −20.83333333333333. */
  @Test
  void emissionsAgainstTheBaseline() {
    Baseline b = Baseline.builder().id("bl-2020").addPeriod(ReportingPeriod.calendarYear(2020))
        .emissions(Co2e.tonnes("1200")).removals(Co2e.ZERO).selectionCriteria("first full year")
        .establishedOn(LocalDate.of(2021, 3, 1)).gwpSet("AR5").build();
    IndicatorChange c = calc.againstBaseline(b, Y2025);
    assertEquals(ChangeKind.AGAINST_BASELINE, c.kind());
    assertEquals("bl-2020", c.reference());
    assertEquals(new BigDecimal("-20.83333333333333"), c.percentChange());
    assertEquals(0, c.absoluteChange().compareTo(new BigDecimal("-250")));
  }

  @Test
  void periodsMustBeInOrder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.yearOnYear(Y2025, Y2024));
    assertEquals("Period 2025 must end before period 2024 starts", e.getMessage());
  }

  @Test
  void intensitiesInDifferentUnitsAreNotCompared() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.yearOnYear(calc.intensity(Y2024, Amount.of("400", "t")),
            calc.intensity(Y2025, Amount.of("4", "1e4CNY"))));
    assertEquals("Cannot compare an intensity in tCO2e/t with one in tCO2e/1e4CNY (total)",
        e.getMessage());
  }

  @Test
  void zeroReferenceHasNoPercentage() {
    ArithmeticException e = assertThrows(ArithmeticException.class,
        () -> calc.yearOnYear(inventory("zero", 2023), Y2024));
    assertEquals("The change of total emissions against 2023 has no percentage: the reference"
        + " value is zero", e.getMessage());
  }
}
