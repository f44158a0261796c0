// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnms.core.Problem;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/** The denominators of intensity indicators read from CSV, every bad row reported at its line. */
class IntensityDenominatorsTest {

  private final List<Problem> problems = new ArrayList<>();

  private IntensityDenominators read(String csv) {
    return IntensityDenominators.read(new StringReader(csv), "intensity.csv", problems::add);
  }

  @Test
  void columnsInAnyOrderQuotedFieldsAndPhysicalLines() {
    IntensityDenominators d = read("unit,indicator,value,year\n"
        + "t,PI-INT-PROD,11800,2021\n"
        + "\"t\",\"PI-INT-\nPROD\",1,2022\n"
        + "万元,PI-INT-VALUE,\"58500.5\",2021\n");
    assertEquals(List.of(), problems);
    assertEquals(Amount.of("11800", "t"), d.of("PI-INT-PROD", 2021).orElseThrow());
    assertEquals(Amount.of("58500.5", "万元"), d.of("PI-INT-VALUE", 2021).orElseThrow());
    assertEquals(Amount.of("1", "t"), d.of("PI-INT-\nPROD", 2022).orElseThrow());
    assertEquals(java.util.Optional.empty(), d.of("PI-INT-PROD", 2022));
  }

  @Test
  void everyProblemOfEveryRowWithLineColumnAndText() {
    IntensityDenominators d = read("indicator,year,value,unit\n"
        + "\"PI-A\",2021,\"1,\n5\",t\n" // a quoted field over two lines: the next row is line 4
        + "PI-A,20x1,24.9,t\n"
        + "PI-A,2022,-3,t\n"
        + "PI-A,2023,24,9\n"
        + "PI-A,2024,5,t\n"
        + "PI-A,2024,6,t\n");
    assertEquals(List.of(
        "intensity.csv:2:3 value 1,\n5 Not a number (the decimal separator is '.', without"
            + " grouping)",
        "intensity.csv:4:2 year 20x1 Not a year",
        "intensity.csv:5:3 value -3 The denominator must be positive, but was -3",
        "intensity.csv:8:2 year 2024 PI-A has two values for 2024"),
        problems.stream().filter(p -> p.line() != 6).map(p -> p.place() + " "
            + p.field().orElseThrow() + " " + p.text().orElseThrow() + " " + p.message())
            .toList());
    // 24,9 is a value of 24 and a unit of 9: the unit is refused, in its column
    Problem unit = problems.stream().filter(p -> p.line() == 6).findFirst().orElseThrow();
    assertEquals("intensity.csv:6:4 unit 9", unit.place() + " " + unit.field().orElseThrow()
        + " " + unit.text().orElseThrow());
    assertEquals(5, problems.size());
    assertEquals(Map.of(2024, Amount.of("5", "t")), d.values().get("PI-A"));
  }

  @Test
  void aHeaderLackingColumnsOrAnEmptyFileIsOneProblem() {
    read("indicator,year,value\nPI,2021,1\n");
    read("");
    assertEquals(List.of("intensity.csv:1: The header lacks the column(s) unit; it has"
        + " indicator, year, value", "intensity.csv: The file is empty; expected a header row"
        + " naming the columns indicator, year, value, unit"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void denominatorsAreComparedByValueAndMustBePositive() {
    assertEquals(IntensityDenominators.of(Map.of("PI", Map.of(2021, Amount.of("2", "t")))),
        read("indicator,year,value,unit\nPI,2021,2,t\n"));
    assertThrows(IllegalArgumentException.class, () -> IntensityDenominators.of(
        Map.of("PI", Map.of(2021, Amount.of("0", "t")))));
  }
}
