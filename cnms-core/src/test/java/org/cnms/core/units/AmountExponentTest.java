// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;

/** Decimals read from text with an extreme exponent are refused, not expanded (found by fuzzing). */
class AmountExponentTest {

  @Test
  void hugeExponentIsANumberFormatNotAnOverflow() {
    NumberFormatException e = assertThrows(NumberFormatException.class,
        () -> Amount.of("9e2147483647", "t"));
    assertTrue(e.getMessage().contains("'9e2147483647' is out of range"), e.getMessage());
  }

  @Test
  void tinyExponentIsRefusedBeforeItsPlainFormIsWritten() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Amount.parse("1e-999999999 t"));
    assertTrue(e.getMessage().contains("'1e-999999999 t'"), e.getMessage());
  }

  @Test
  void thousandDigitsEitherSideAreStillRead() {
    assertEquals(1000, Amount.of("1e-1000", "t").scale());
    assertEquals(new BigDecimal("1e999").setScale(0), Amount.parse("1e999 t").value());
    assertThrows(NumberFormatException.class, () -> Amount.of("1e-1001", "t"));
    assertThrows(NumberFormatException.class, () -> Amount.of("1e1000", "t"));
  }

  @Test
  void jsonAmountsAndDecimalsAreBoundedToo() {
    InterchangeException e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson("{\"value\": \"1e-999999999\", \"unit\": \"t\"}", Amount.class));
    assertTrue(e.getMessage().contains("1e-999999999"), e.getMessage());
  }
}
