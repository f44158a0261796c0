// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The strings of a table's fields: always the text of the field, one string per repeated value. */
class FieldStringsTest {

  /** A field of a few columns over a small alphabet (so values repeat and hashes collide). */
  private static Gen<String> values() {
    return SourceDSL.strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 5);
  }

  @Test
  void everyFieldIsItsTextWhateverCameBefore() {
    qt().forAll(SourceDSL.lists().of(Generate.pick(List.of(0, 1, 2, 63, 64, 70)).zip(values(),
        (c, v) -> new Object[] {c, v})).ofSizeBetween(1, 400)).checkAssert(fields -> {
          FieldStrings strings = new FieldStrings();
          for (Object[] f : fields) {
            String v = (String) f[1];
            // the text in the middle of a buffer, as the parser hands it over
            char[] buf = ("xx" + v + "yy").toCharArray();
            assertEquals(v, strings.of((Integer) f[0], buf, 2, v.length()));
          }
        });
  }

  @Test
  void aRepeatedValueIsOneStringAndADifferentValueOfTheSameHashIsNot() {
    FieldStrings strings = new FieldStrings();
    char[] a = "S-SZ-NG-BOILER".toCharArray();
    String first = strings.of(1, a, 0, a.length);
    assertSame(first, strings.of(1, "S-SZ-NG-BOILER".toCharArray(), 0, a.length));
    // "Aa" and "BB" share String's hash code, so they share a slot
    String aa = strings.of(2, "Aa".toCharArray(), 0, 2);
    String bb = strings.of(2, "BB".toCharArray(), 0, 2);
    assertEquals("Aa", aa);
    assertEquals("BB", bb);
    // another column has a table of its own
    assertNotSame(first, strings.of(3, a, 0, a.length));
    assertSame("", strings.of(4, a, 3, 0));
  }

  @Test
  void valuesDifferingInOneCharacterOnlyAreNeverTakenForEachOther() {
    // a thousand values of one length in one column: many share a slot with a value that
    // differs from them in the first, the middle or the last character alone
    FieldStrings strings = new FieldStrings();
    for (int round = 0; round < 2; round++) {
      for (char c = 0x4E00; c < 0x4E00 + 1000; c++) {
        for (char[] text : new char[][] {{c, '-', '7'}, {'7', c, '7'}, {'7', '-', c}}) {
          int column = text[0] == c ? 0 : text[1] == c ? 1 : 2;
          assertEquals(new String(text), strings.of(column, text, 0, text.length));
        }
      }
    }
  }

  @Test
  void aColumnOfUniqueValuesIsMadeAfreshAfterItsTrial() {
    FieldStrings strings = new FieldStrings();
    for (int i = 0; i < FieldStrings.TRIAL; i++) {
      char[] id = ("A-" + i).toCharArray();
      assertEquals("A-" + i, strings.of(0, id, 0, id.length));
    }
    char[] again = "A-7".toCharArray();
    String one = strings.of(0, again, 0, again.length);
    assertEquals("A-7", one);
    assertNotSame(one, strings.of(0, again, 0, again.length));
    // a field of the longest length kept is kept; a longer one never is
    char[] longest = "y".repeat(FieldStrings.MAX_LENGTH).toCharArray();
    assertSame(strings.of(5, longest, 0, longest.length), strings.of(5, longest, 0,
        longest.length));
    char[] longText = "x".repeat(FieldStrings.MAX_LENGTH + 1).toCharArray();
    assertNotSame(strings.of(5, longText, 0, longText.length),
        strings.of(5, longText, 0, longText.length));
  }
}
