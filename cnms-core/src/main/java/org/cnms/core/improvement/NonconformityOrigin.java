// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Where a nonconformity (不符合) of T/CAS 612 clause 10.2 was found.
 */
public enum NonconformityOrigin implements Labelled {
  /** An internal audit (clause 9.3). */
  INTERNAL_AUDIT,
  /** An external audit, e.g. by a certification body. */
  EXTERNAL_AUDIT,
  /** Monitoring and measurement (clause 9.1). */
  MONITORING,
  /** A complaint or feedback from an interested party. */
  COMPLAINT,
  /** A management review (clause 9.4). */
  MANAGEMENT_REVIEW,
  /** A conformity assessment of the management system. */
  CONFORMITY_ASSESSMENT,
  /** Another source. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
