// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdSpellingTest {

  @ParameterizedTest
  @ValueSource(strings = {"S-SZ-BOILER", "s-sz-boiler", "Ｓ－ＳＺ－ＢＯＩＬＥＲ", "S‐SZ‐BOILER",
      "S‑SZ‑BOILER", "S‒SZ‒BOILER", "S–SZ–BOILER", "S—SZ—BOILER", "S−SZ−BOILER",
      "S―SZ―BOILER",
      "S﹣SZ﹣BOILER", " S-SZ-BOILER\u3000", "S-SZ-\u200BBOILER"})
  void everySpellingOfOneIdHasOneLooseForm(String spelling) {
    assertEquals("s-sz-boiler", IdSpelling.loose(spelling));
  }

  @Test
  void lookAlikesDifferButNotExactly() {
    assertTrue(IdSpelling.isLookAlike("F-SZ", "f-sz"));
    assertFalse(IdSpelling.isLookAlike("F-SZ", "F-SZ"));
    assertFalse(IdSpelling.isLookAlike("F-SZ", "F-SH"));
    assertFalse(IdSpelling.isLookAlike("F-SZ", "F_SZ"));
    assertEquals("苏州工厂", IdSpelling.loose("苏州工厂"));
  }

  @Test
  void anIdOfVisibleAsciiCharactersIsItsOwnUnspacedForm() {
    // the shortcut of unspaced: NFKC changes no visible ASCII character
    qt().forAll(strings().betweenCodePoints('!', '~').ofLengthBetween(0, 40)).check(s ->
        s.equals(IdSpelling.unspaced(s)) && s.equals(Normalizer.normalize(s, Normalizer.Form.NFKC))
            && s.toLowerCase(Locale.ROOT).equals(IdSpelling.loose(s)));
    // a space or a control character takes the whole way
    assertEquals("m-1", IdSpelling.loose("M-1 "));
    assertEquals("m-1", IdSpelling.loose("M\u2011\t1"));
  }
}
