// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The result of a calibration or verification (检定/校准) of a measuring instrument (T/CAS 612 clause
 * 9.1.3).
 */
public enum CalibrationResult implements Labelled {
  /** The instrument met its accuracy class. */
  PASS,
  /** The instrument did not meet its accuracy class. */
  FAIL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
