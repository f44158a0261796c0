// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.quantification.indicator.IndicatorCalculatorTest.Y2024;
import static org.cnms.quantification.indicator.IndicatorCalculatorTest.Y2025;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.Problem;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/** Intensities, their changes and their denominators at the edges of what they accept. */
class IndicatorEdgesTest {

  private final IndicatorCalculator calc = IndicatorCalculator.withDefaultRounding();
  private final List<Problem> problems = new ArrayList<>();

  private IntensityDenominators read(String csv) {
    return IntensityDenominators.read(new StringReader(csv), "intensity.csv", problems::add);
  }

  private List<String> problemTexts() {
    return problems.stream().map(Problem::toString).toList();
  }

  /* Base year 2024: 1000 t / 400 t = 2.5; 2025: 950 t / 400 t = 2.375; −0.125, −5 %. */
  @Test
  void anIntensityAgainstTheBaseYearIntensity() {
    Intensity base = calc.intensity(Y2024, Amount.of("400", "t"));
    Intensity now = calc.intensity(Y2025, Amount.of("400", "t"));
    IndicatorChange c = calc.againstBaseline("bl-2024", base, now);
    assertEquals(ChangeKind.AGAINST_BASELINE, c.kind());
    assertEquals("intensity total", c.indicator());
    assertEquals("tCO2e/t", c.unitCode());
    assertEquals("bl-2024", c.reference());
    assertEquals("2025", c.current());
    assertEquals(0, c.absoluteChange().compareTo(new BigDecimal("-0.125")));
    assertEquals(0, c.percentChange().compareTo(new BigDecimal("-5")));
    var order = assertThrows(IllegalArgumentException.class,
        () -> calc.againstBaseline("bl-2024", now, base));
    assertEquals("Period 2025 must end before period 2024 starts", order.getMessage());
    Intensity directOnly = calc.intensitiesByCategory(Y2025, Amount.of("400", "t")).get(0);
    assertEquals("C1", directOnly.subject());
    var other = assertThrows(IllegalArgumentException.class,
        () -> calc.againstBaseline("bl-2024", base, directOnly));
    assertEquals("Cannot compare the intensity of TOTAL total with that of CATEGORY C1",
        other.getMessage());
  }

  @Test
  void anIntensityIsNotComparedWithItsOwnYear() {
    Intensity i = calc.intensity(Y2024, Amount.of("400", "t"));
    var e = assertThrows(IllegalArgumentException.class, () -> calc.yearOnYear(i, i));
    assertEquals("Period 2024 must end before period 2024 starts", e.getMessage());
  }

  @Test
  void aZeroDenominatorOfAFacilityOrCategoryIsNamed() {
    var f = assertThrows(IllegalArgumentException.class, () -> calc.intensitiesByFacility(Y2024,
        Map.of("plant-a", Amount.of("0", "t"), "plant-b", Amount.of("1", "t"))));
    assertEquals("Intensity of inventory inv-2024 (FACILITY plant-a): the denominator must be"
        + " positive, but was 0 t", f.getMessage());
    var c = assertThrows(IllegalArgumentException.class,
        () -> calc.intensitiesByCategory(Y2024, Amount.of("0", "t")));
    assertEquals("Intensity of inventory inv-2024 (CATEGORY C1): the denominator must be"
        + " positive, but was 0 t", c.getMessage());
  }

  @Test
  void anIntensityChecksItsOwnParts() {
    Intensity i = calc.intensity(Y2024, Amount.of("400", "t"));
    assertEquals("Intensity.denominator must be positive, but was 0 t",
        assertThrows(IllegalArgumentException.class,
            () -> i.withDenominator(Amount.of("0", "t"))).getMessage());
    assertEquals("Intensity of scope TOTAL takes no category",
        assertThrows(IllegalArgumentException.class, () -> i.withCategory(DIRECT))
            .getMessage());
    assertEquals("Intensity of scope FACILITY needs a facilityId",
        assertThrows(IllegalArgumentException.class, () -> i.withScope(IntensityScope.FACILITY))
            .getMessage());
    assertEquals("Intensity.precision must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> i.withPrecision(0)).getMessage());
    assertEquals(1, i.withPrecision(1).precision());
    IndicatorChange c = calc.yearOnYear(Y2024, Y2025);
    assertEquals("IndicatorChange.precision must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> c.withPrecision(0)).getMessage());
    assertEquals(1, c.withPrecision(1).precision());
  }

  @Test
  void yearsFrom1900To2200AndPositiveValuesOnly() {
    IntensityDenominators d = read("indicator,year,value,unit\n"
        + "PI,1899,1,t\n"
        + "PI,1900,1,t\n"
        + "PI,2200,2,t\n"
        + "PI,2201,1,t\n"
        + "PI,2021,0,t\n"
        + ",2022,1,t\n"
        + "PI,2023\n");
    assertEquals(List.of(
        "intensity.csv:2:2: year: The year must lie between 1900 and 2200",
        "intensity.csv:5:2: year: The year must lie between 1900 and 2200",
        "intensity.csv:6:3: value: The denominator must be positive, but was 0",
        "intensity.csv:7:1: indicator: The indicator is empty",
        "intensity.csv:8:3: value: Not a number (the decimal separator is '.', without"
            + " grouping)"), problemTexts());
    assertEquals("1899", problems.get(0).text().orElseThrow());
    assertEquals(Map.of(1900, Amount.of("1", "t"), 2200, Amount.of("2", "t")),
        d.values().get("PI"));
    assertEquals(Optional.of(Amount.of("2", "t")), d.of("PI", 2200));
  }

  @Test
  void denominatorsAreValues() {
    IntensityDenominators a = IntensityDenominators.of(Map.of("PI",
        Map.of(2021, Amount.of("2", "t"))));
    IntensityDenominators b = IntensityDenominators.of(Map.of("PI",
        Map.of(2021, Amount.of("2", "t"))));
    IntensityDenominators c = IntensityDenominators.of(Map.of("PI",
        Map.of(2021, Amount.of("3", "t"))));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a, "PI");
    assertEquals("IntensityDenominators{PI={2021=2 t}}", a.toString());
  }
}
