// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** The date a certification cycle's deadlines count from. */
public enum CycleAnchor implements Labelled {
  /** The date of the certification decision (ISO/IEC 17021-1). */
  DECISION_DATE,
  /** The certificate's issue date (the Chinese regulator's rules). */
  ISSUE_DATE;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
