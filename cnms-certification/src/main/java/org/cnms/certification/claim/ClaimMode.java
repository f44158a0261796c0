// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.claim;

import java.time.LocalDate;
import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** The standard a carbon-neutrality claim is checked under. */
public enum ClaimMode implements Labelled {
  /** ISO 14068-1:2023: a first period may not rest on offsets alone. */
  ISO_14068_1,
  /**
   * PAS 2060, for claims made before its withdrawal ({@link #PAS_2060_WITHDRAWN}): a first
   * period may rest on offsets alone.
   */
  PAS_2060_LEGACY;

  /** The last day a PAS 2060 claim could be made: PAS 2060 was withdrawn at the end of November 2025. */
  public static final LocalDate PAS_2060_WITHDRAWN = LocalDate.of(2025, 11, 30);

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
