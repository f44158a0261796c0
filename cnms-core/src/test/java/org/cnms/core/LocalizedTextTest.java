// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.cnms.core.i18n.CoreTexts;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private static final LocalizedText TEXT = CoreTexts.TEXT;

  @Test
  void namesItsBundle() {
    assertEquals("org.cnms.core.i18n.Texts", TEXT.baseName());
    assertEquals("LocalizedText[org.cnms.core.i18n.Texts]", TEXT.toString());
  }

  @Test
  void containsTheKeysOfTheBundleOnly() {
    assertTrue(TEXT.contains("EmissionCategory.DIRECT", Locale.ENGLISH));
    assertTrue(TEXT.contains("EmissionCategory.DIRECT", Locale.CHINA));
    assertFalse(TEXT.contains("EmissionCategory.NONE", Locale.ENGLISH));
  }

  @Test
  void listsEveryKeySortedAndTheSameInBothLanguages() {
    Set<String> en = TEXT.keys(Locale.ENGLISH);
    Set<String> zh = TEXT.keys(Locale.CHINA);
    assertTrue(en.contains("EmissionCategory.DIRECT"));
    assertTrue(en.contains("GasFamily.HFCS"));
    assertEquals(en, zh);
    assertEquals(en.stream().sorted().toList(), en.stream().toList());
    // a locale without a bundle of its own reads the root bundle
    assertEquals(en, TEXT.keys(Locale.GERMAN));
    assertEquals("Hydrofluorocarbons (HFCs)", TEXT.get("GasFamily.HFCS", Locale.GERMAN));
  }
}
