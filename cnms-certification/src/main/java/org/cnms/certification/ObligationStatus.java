// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** The status of an obligation on a given date. */
public enum ObligationStatus implements Labelled {
  /** Performed on or before the date. */
  DONE,
  /** Not yet performed; the deadline is the date or later. */
  DUE,
  /** Not performed, and the deadline has passed. */
  OVERDUE;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
