// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.testing.Bundles;
import org.junit.jupiter.api.Test;

class CoreTextsTest {

  @Test
  void everyLabelledEnumOfCoreHasBothLanguages() {
    Bundles.assertLabelsInBothLanguages("core", CoreTexts.TEXT);
  }

  @Test
  void noTextOfCoreUsesATermTheStandardDoesNot() {
    Bundles.assertNoWrongTerms("core");
    for (var r : RequirementCatalogue.tcas612().all()) {
      for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
        r.title(l).ifPresent(t -> assertEquals(List.of(), Bundles.wrongTerms(t), r.id()));
      }
    }
  }

  @Test
  void theWrongTermsAreFoundAndInnocentNeighboursAreNot() {
    assertEquals(List.of("'行动计划' (the standard says 措施计划)"),
        Bundles.wrongTerms("批准行动计划"));
    assertEquals(List.of("'供方' (the standard says 供应商)"), Bundles.wrongTerms("告知供方"));
    assertEquals(List.of(), Bundles.wrongTerms("提供方法"));
    assertEquals(List.of("'context issues' (the standard says factors)"),
        Bundles.wrongTerms("the context issues of 4.1"));
    assertEquals(List.of(), Bundles.wrongTerms("the policy was issued on 2025-01-01"));
  }

  @Test
  void aLanguageWithoutABundleReadsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertEquals("Conforms", Verdict.CONFORMS.label(Locale.FRENCH));
      assertEquals("符合", Verdict.CONFORMS.label(Locale.SIMPLIFIED_CHINESE));
      assertEquals("符合", Verdict.CONFORMS.label(Locale.TRADITIONAL_CHINESE));
      assertEquals("methane", GreenhouseGas.CH4.label(Locale.ROOT));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void messagesFillTheirPlaceholdersAndAMissingKeyNamesTheBundle() {
    assertEquals("Rule r.1 failed: boom",
        CoreTexts.TEXT.format("assessment.ruleFailed", Locale.ENGLISH, "r.1", "boom"));
    assertEquals("规则 r.1 执行失败：boom",
        CoreTexts.TEXT.format("assessment.ruleFailed", Locale.CHINESE, "r.1", "boom"));
    var e = assertThrows(MissingResourceException.class,
        () -> CoreTexts.TEXT.get("no.such.key", Locale.ENGLISH));
    assertTrue(e.getMessage().contains("org.cnms.core.i18n.Texts has no text 'no.such.key'"),
        e.getMessage());
  }
}
