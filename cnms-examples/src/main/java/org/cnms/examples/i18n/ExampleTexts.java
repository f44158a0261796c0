// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.i18n;

import java.util.ResourceBundle;
import org.cnms.core.LocalizedText;

/** The texts of the command line and its reports: the bundle {@code org.cnms.examples.i18n.Texts}. */
public final class ExampleTexts {

  /** The bundle's base name. */
  public static final String BASE_NAME = "org.cnms.examples.i18n.Texts";

  /** The texts of cnms-examples. */
  public static final LocalizedText TEXT =
      LocalizedText.of(BASE_NAME, locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private ExampleTexts() {}
}
