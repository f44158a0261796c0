// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** What a certification cycle requires by a deadline. */
public enum ObligationKind implements Labelled {
  /** A surveillance audit (监督审核). */
  SURVEILLANCE,
  /** The recertification decision, before the certificate expires (再认证). */
  RECERTIFICATION,
  /**
   * Restoration after expiry by recertification activities (恢复认证); after its deadline at
   * least a stage 2 audit is needed.
   */
  RESTORATION;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
