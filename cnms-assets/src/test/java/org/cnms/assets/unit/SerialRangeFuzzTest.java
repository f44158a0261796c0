// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets of {@link SerialRange}: its text form, Verra and Gold Standard block serials, and
 * {@link SerialRange#of}. The only documented exception, the only one caught, is
 * {@link IllegalArgumentException}; anything else fails, and so does a range that does not read
 * back equal from its own text or serial, or whose size is not {@code end − start + 1}.
 *
 * <p>Corpus: {@code src/test/resources/org/cnms/assets/unit/SerialRangeFuzzTestInputs/}.
 */
class SerialRangeFuzzTest {

  @FuzzTest
  void parse(byte[] input) {
    SerialRange r;
    try {
      r = SerialRange.parse(new String(input, UTF_8));
    } catch (IllegalArgumentException e) {
      return;
    }
    check(r);
  }

  @FuzzTest
  void parseVerra(byte[] input) {
    SerialRange r;
    try {
      r = SerialRange.parseVerra(new String(input, UTF_8));
    } catch (IllegalArgumentException e) {
      return;
    }
    check(r);
    assertEquals(r, SerialRange.parseVerra(r.toVerraSerial()));
  }

  @FuzzTest
  void parseGoldStandard(byte[] input) {
    SerialRange r;
    try {
      r = SerialRange.parseGoldStandard(new String(input, UTF_8));
    } catch (IllegalArgumentException e) {
      return;
    }
    check(r);
    assertEquals(r, SerialRange.parseGoldStandard(r.toGoldStandardSerial()));
  }

  @FuzzTest
  void of(FuzzedDataProvider data) {
    long start = data.consumeLong();
    long end = data.consumeLong();
    String prefix = data.consumeRemainingAsString();
    SerialRange r;
    try {
      r = SerialRange.of(prefix, start, end);
    } catch (IllegalArgumentException e) {
      return;
    }
    check(r);
  }

  private static void check(SerialRange r) {
    assertEquals(r, SerialRange.parse(r.toString()), r.toString());
    assertEquals(r.end() - r.start() + 1, r.size(), r.toString());
    assertTrue(r.size() > 0, r.toString());
    assertTrue(r.contains(r.start()) && r.contains(r.end()), r.toString());
  }
}
