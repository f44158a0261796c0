// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.i18n;

import org.cnms.core.testing.Bundles;
import org.junit.jupiter.api.Test;

class QuantificationTextsTest {

  @Test
  void everyLabelledEnumHasBothLanguages() {
    Bundles.assertLabelsInBothLanguages("quantification", QuantificationTexts.TEXT);
  }

  @Test
  void noTextUsesATermTheStandardDoesNot() {
    Bundles.assertNoWrongTerms("quantification");
  }
}
