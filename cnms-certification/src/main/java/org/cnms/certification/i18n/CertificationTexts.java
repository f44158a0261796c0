// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.i18n;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cnms.core.LocalizedText;

/**
 * The texts of cnms-certification: its bundle {@code org.cnms.certification.i18n.Texts}, loaded
 * from this module.
 */
public final class CertificationTexts {

  /** The bundle's base name. */
  public static final String BASE_NAME = "org.cnms.certification.i18n.Texts";

  /** The texts of cnms-certification. */
  public static final LocalizedText TEXT =
      LocalizedText.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private CertificationTexts() {}

  /** The label of one of this module's enum constants. */
  public static String label(Enum<?> constant, Locale locale) {
    return TEXT.label(constant, locale);
  }
}
