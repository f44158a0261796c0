// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The level of assurance of a third-party verification (核查) of a GHG report (T/CAS 612 clause
 * 9.1.2, ISO 14064-3).
 */
public enum LevelOfAssurance implements Labelled {
  /** Reasonable assurance. */
  REASONABLE,
  /** Limited assurance. */
  LIMITED;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
