// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.i18n;

import org.cnms.core.testing.Bundles;
import org.junit.jupiter.api.Test;

class AssetTextsTest {

  @Test
  void everyLabelledEnumHasBothLanguages() {
    Bundles.assertLabelsInBothLanguages("assets", AssetTexts.TEXT);
  }

  @Test
  void noTextUsesATermTheStandardDoesNot() {
    Bundles.assertNoWrongTerms("assets");
  }
}
