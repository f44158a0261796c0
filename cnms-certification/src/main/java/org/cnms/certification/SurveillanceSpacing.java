// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** How the surveillance audits after the first are spaced. */
public enum SurveillanceSpacing implements Labelled {
  /**
   * At least once per calendar year: surveillance {@code n} by 31 December of the anchor's year
   * plus {@code n} (and not after expiry).
   */
  CALENDAR_YEAR,
  /**
   * At most a set number of months after the previous surveillance (its date if performed, its
   * deadline otherwise).
   */
  MONTHS_SINCE_PREVIOUS;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
