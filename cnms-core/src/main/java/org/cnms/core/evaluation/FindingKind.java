// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kinds of internal-audit finding (审核发现) of T/CAS 612 clause 9.3.
 */
public enum FindingKind implements Labelled {
  /** Conformity with the requirement. */
  CONFORMITY,
  /** An observation or opportunity for improvement. */
  OBSERVATION,
  /** A minor nonconformity. */
  MINOR_NONCONFORMITY,
  /** A major nonconformity. */
  MAJOR_NONCONFORMITY;

  /** Whether a finding of this kind is a nonconformity, minor or major. */
  public boolean isNonconformity() {
    return this == MINOR_NONCONFORMITY || this == MAJOR_NONCONFORMITY;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
