// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ChecksTest {

  /** An identifier as a regular expression: what {@code isToken(s, 128)} must match. */
  private static final Pattern ID = Pattern.compile("\\S{1,128}");

  /**
   * Strings of 0–140 code points: half of them of letters, CJK, non-breaking and ideographic
   * spaces, emoji and lone surrogate halves; the other half also with the six whitespace
   * characters, each character one of them with probability length / 400.
   */
  private static Gen<String> candidates() {
    Gen<String> clean = Generate.pick(List.of("a", "Z", "-", "厂", "\u3000", "\u00A0", "😀",
        "\uD83D", "\uDE00", ".", "1"));
    Gen<String> white = Generate.pick(List.of(" ", "\t", "\n", "\u000B", "\f", "\r"));
    Gen<Integer> size = Generate.pick(List.of(0, 1, 2, 5, 63, 64, 65, 127, 128, 129, 140));
    Gen<Boolean> dirty = Generate.booleans();
    return in -> {
      int n = size.generate(in);
      boolean d = dirty.generate(in);
      StringBuilder b = new StringBuilder();
      while (b.codePointCount(0, b.length()) < n) {
        boolean w = d && Generate.range(0, 399).generate(in) < n;
        b.append((w ? white : clean).generate(in));
      }
      return b.toString();
    };
  }

  private static final Pattern SHORT_TOKEN = Pattern.compile("\\S{1,5}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  @Test
  void anIdIsWhatTheRegularExpressionMatches() {
    qt().forAll(candidates()).checkAssert(s -> {
      assertEquals(ID.matcher(s).matches(), Checks.isToken(s, 128), () -> "'" + s + "'");
      assertEquals(SHORT_TOKEN.matcher(s).matches(), Checks.isToken(s, 5), () -> "'" + s + "'");
    });
  }

  @Test
  void aHashIsSixtyFourLowerCaseHexDigits() {
    Gen<String> digit = Generate.pick(List.of("0", "9", "a", "f", "5", "c"));
    Gen<String> odd = Generate.pick(List.of("A", "F", "g", "/", ":", "`", "G", " "));
    Gen<String> hashes = in -> {
      int n = Generate.pick(List.of(0, 63, 64, 65)).generate(in);
      boolean spoilt = Generate.booleans().generate(in);
      int at = Generate.range(0, 64).generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append((spoilt && i == at ? odd : digit).generate(in));
      }
      return b.toString();
    };
    qt().forAll(hashes).checkAssert(s -> assertEquals(HASH.matcher(s).matches(),
        Checks.isLowerHex(s, 64), () -> "'" + s + "'"));
    assertTrue(Checks.isLowerHex("0123456789abcdef".repeat(4), 64));
    assertFalse(Checks.isLowerHex("0123456789ABCDEF".repeat(4), 64));
  }

  @Test
  void idsByHand() {
    assertTrue(Checks.isToken("plant-1.diesel", 128));
    assertTrue(Checks.isToken("a".repeat(128), 128));
    // 128 emoji are 256 chars but 128 code points
    assertTrue(Checks.isToken("😀".repeat(128), 128));
    assertFalse(Checks.isToken("😀".repeat(129), 128));
    assertFalse(Checks.isToken("a".repeat(129), 128));
    assertFalse(Checks.isToken("", 128));
    assertFalse(Checks.isToken("a b", 128));
    assertFalse(Checks.isToken("a\u000Bb", 128));
    var e = assertThrows(IllegalArgumentException.class,
        () -> Checks.requireId("Facility", "id", "plant 1"));
    assertEquals("Facility.id must be 1 to 128 characters without whitespace, but was 'plant 1'",
        e.getMessage());
  }
}
