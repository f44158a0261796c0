// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** The outcome of a certification decision. */
public enum DecisionOutcome implements Labelled {
  /** Grant (or renew) certification. */
  CERTIFY,
  /** Refuse certification. */
  REFUSE,
  /** Repeat the stage 2 audit. */
  REPEAT_STAGE_2;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
