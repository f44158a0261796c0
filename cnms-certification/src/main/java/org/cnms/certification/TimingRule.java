// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/**
 * The timing rules of a certification cycle that a {@link CertificationProfile} sets, each with
 * its own {@link RuleSource}.
 */
public enum TimingRule implements Labelled {
  /** The date the cycle counts from: the certification decision or the certificate's issue. */
  ANCHOR,
  /** How long a certificate is valid. */
  VALIDITY,
  /** The latest date of the first surveillance audit. */
  FIRST_SURVEILLANCE,
  /** How later surveillance audits are spaced: per calendar year, or months since the last. */
  SURVEILLANCE_SPACING,
  /** How long after expiry a certificate can be restored by recertification activities. */
  RESTORATION,
  /** Whether an overdue surveillance suspends the certificate. */
  SUSPENSION_WHEN_OVERDUE,
  /** How long a suspension may last before the certificate is withdrawn. */
  MAXIMUM_SUSPENSION;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
