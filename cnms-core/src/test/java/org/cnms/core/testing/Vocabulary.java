// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Locale;
import org.cnms.core.Labelled;

/** Asserts that an enum of the vocabulary is fully labelled in Chinese and English. */
public final class Vocabulary {

  private Vocabulary() {}

  /**
   * Asserts that every constant has non-blank Chinese and English labels, that no two constants
   * share a label in either language, that Chinese labels hold Chinese characters, and that
   * {@link Labelled#label(Locale)} picks the language.
   */
  public static <E extends Enum<E> & Labelled> void assertLabelled(Class<E> type) {
    E[] constants = type.getEnumConstants();
    for (E e : constants) {
      assertFalse(e.labelZh().isBlank(), () -> type.getSimpleName() + "." + e + " labelZh");
      assertFalse(e.labelEn().isBlank(), () -> type.getSimpleName() + "." + e + " labelEn");
      assertFalse(e.labelZh().codePoints().noneMatch(c ->
          Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          () -> type.getSimpleName() + "." + e + " labelZh is not Chinese: " + e.labelZh());
      assertEquals(e.labelZh(), e.label(Locale.SIMPLIFIED_CHINESE));
      assertEquals(e.labelEn(), e.label(Locale.ENGLISH));
    }
    assertEquals(constants.length, Arrays.stream(constants).map(Labelled::labelZh).distinct()
        .count(), () -> type.getSimpleName() + " has two constants with the same Chinese label");
    assertEquals(constants.length, Arrays.stream(constants).map(Labelled::labelEn).distinct()
        .count(), () -> type.getSimpleName() + " has two constants with the same English label");
  }
}
