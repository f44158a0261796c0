// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.i18n;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cnms.core.LocalizedText;

/** The texts of cnms-quantification: its bundle {@code org.cnms.quantification.i18n.Texts}, loaded from this module. */
public final class QuantificationTexts {

  /** The bundle's base name. */
  public static final String BASE_NAME = "org.cnms.quantification.i18n.Texts";

  /** The texts of cnms-quantification. */
  public static final LocalizedText TEXT =
      LocalizedText.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private QuantificationTexts() {}

  /** The label of one of this module's enum constants. */
  public static String label(Enum<?> constant, Locale locale) {
    return TEXT.label(constant, locale);
  }
}
