// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.claim;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/**
 * What a carbon credit counted in a claim must be shown to be, for the credit criteria of ISO
 * 14068-1:2023 as this project reads them (unconfirmed: the standard's text was not read).
 */
public enum CreditFlag implements Labelled {
  /** The reduction or removal is additional. */
  ADDITIONAL,
  /** Its permanence is addressed (reversal risk managed). */
  PERMANENT,
  /** Not counted twice (no double issuance, use or claiming). */
  NOT_DOUBLE_COUNTED,
  /** Verified by an independent third party. */
  THIRD_PARTY_VERIFIED,
  /** Retired on a public registry. */
  PUBLICLY_RETIRED;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
