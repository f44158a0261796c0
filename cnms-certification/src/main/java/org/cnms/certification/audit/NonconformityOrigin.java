// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** Where an audit nonconformity came from. */
public enum NonconformityOrigin implements Labelled {
  /** A finding of the conformity judge of cnms-core. */
  JUDGE,
  /** Raised by an auditor. */
  AUDITOR;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
