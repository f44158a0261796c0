// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A prefix holding Unicode white space is refused: {@link SerialRange#parse} strips it, so such a
 * range did not read back from its own text (found by fuzzing {@link SerialRange#of}).
 */
class SerialRangePrefixTest {

  @Test
  void unicodeWhiteSpaceInAPrefixIsRefused() {
    for (String p : new String[] {"\u001cCCER", "CCER\u001f", "CC\u2003ER", "CCER\u3000",
        "CC\u00a0ER", "CC\u202fER"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SerialRange.of(p, 1, 5), p);
      assertEquals("SerialRange.prefix must be 1 to 256 characters without whitespace, but was '"
          + p + "'", e.getMessage());
    }
  }

  @Test
  void otherControlCharactersReadBack() {
    SerialRange r = SerialRange.of(";/1@\u00002", 1, 5);
    assertEquals(r, SerialRange.parse(r.toString()));
  }
}
