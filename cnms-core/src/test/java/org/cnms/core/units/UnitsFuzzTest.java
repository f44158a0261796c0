// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets of unit symbols and amounts. Documented exceptions, the only ones caught:
 * {@link UnknownUnitException} from {@link UnitRegistry#parse}; {@link IllegalArgumentException}
 * from {@link Amount#parse} (which includes {@link UnknownUnitException}); and from
 * {@link Amount#of(String, String)} {@link NumberFormatException} and {@link UnknownUnitException}.
 * Anything else, and an amount that does not read back as itself from its own text, fails.
 *
 * <p>In a normal build each target replays its corpus under
 * {@code src/test/resources/org/cnms/core/units/UnitsFuzzTestInputs/}; {@code scripts/fuzz.sh}
 * fuzzes them.
 */
class UnitsFuzzTest {

  private static final UnitRegistry UNITS = UnitRegistry.standard();

  @FuzzTest
  void unitRegistryParse(byte[] input) {
    String symbol = new String(input, UTF_8);
    MeasureUnit unit;
    try {
      unit = UNITS.parse(symbol);
    } catch (UnknownUnitException e) {
      assertTrue(UNITS.find(symbol).isEmpty(), "parse refused what find accepts: " + symbol);
      return;
    }
    assertEquals(unit, UNITS.find(symbol).orElseThrow());
    assertEquals(unit, UNITS.parse(unit.code()), "a unit's own code names it");
  }

  @FuzzTest
  void amountParse(byte[] input) {
    Amount a;
    try {
      a = Amount.parse(new String(input, UTF_8));
    } catch (IllegalArgumentException e) {
      return;
    }
    assertEquals(a, Amount.parse(a.toString()), "an amount reads back from its text");
  }

  @FuzzTest
  void amountOf(byte[] input) {
    String text = new String(input, UTF_8);
    int tab = text.indexOf('\n');
    String value = tab < 0 ? text : text.substring(0, tab);
    String unit = tab < 0 ? "t" : text.substring(tab + 1);
    Amount a;
    try {
      a = Amount.of(value, unit);
    } catch (NumberFormatException | UnknownUnitException e) {
      return;
    }
    assertEquals(a, Amount.parse(a.toString()), "an amount reads back from its text");
  }
}
