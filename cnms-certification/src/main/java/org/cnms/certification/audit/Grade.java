// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/**
 * The grade of an audit nonconformity as ISO/IEC 17021-1 defines it: major (严重不符合) affects
 * the capability of the management system to achieve its intended results; minor (轻微不符合)
 * does not.
 */
public enum Grade implements Labelled {
  /** A major nonconformity. */
  MAJOR,
  /** A minor nonconformity. */
  MINOR;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
