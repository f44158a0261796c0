// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** The kind of audit a time or sample is calculated for. */
public enum AuditType implements Labelled {
  /** Initial certification (stage 1 and stage 2). */
  INITIAL,
  /** Surveillance. */
  SURVEILLANCE,
  /** Recertification. */
  RECERTIFICATION;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
