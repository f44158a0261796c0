// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cnms.core.Labelled;

/** Asserts that a vocabulary is labelled in Chinese and in English, each label distinct. */
public final class Labels {

  private Labels() {}

  /**
   * Asserts that every constant of {@code type} has a Chinese label holding at least one Chinese
   * character, a non-blank English label without one, and that no two constants share a label.
   */
  public static <E extends Enum<E> & Labelled> void assertBilingual(Class<E> type) {
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (E c : type.getEnumConstants()) {
      String z = c.labelZh();
      String e = c.labelEn();
      assertTrue(z.codePoints().anyMatch(p -> Character.UnicodeScript.of(p)
          == Character.UnicodeScript.HAN), () -> type.getSimpleName() + "." + c + " zh: " + z);
      assertTrue(!e.isBlank() && e.codePoints().noneMatch(p -> Character.UnicodeScript.of(p)
          == Character.UnicodeScript.HAN), () -> type.getSimpleName() + "." + c + " en: " + e);
      assertTrue(zh.add(z), () -> type.getSimpleName() + " repeats the label " + z);
      assertTrue(en.add(e), () -> type.getSimpleName() + " repeats the label " + e);
      assertEquals(z, c.label(Locale.CHINA));
      assertEquals(e, c.label(Locale.UK));
    }
  }
}
