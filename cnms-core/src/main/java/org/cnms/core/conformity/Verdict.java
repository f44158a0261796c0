// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The verdict of a finding on one requirement of T/CAS 612, from the conformity assessment a
 * certification body or internal auditor makes (clause 9.3). Ordered from best to worst.
 */
public enum Verdict implements Labelled {
  /** The data show the requirement is met. */
  CONFORMS,
  /** A remark worth the organisation's attention; not a nonconformity. */
  OBSERVATION,
  /** The requirement cannot be judged from data: an auditor needs evidence. */
  NEEDS_AUDITOR_EVIDENCE,
  /** A minor nonconformity: a lapse that does not put the system's results in doubt. */
  MINOR_NONCONFORMITY,
  /** A major nonconformity: the requirement is not met in a way that puts results in doubt. */
  MAJOR_NONCONFORMITY,
  /** The rule that judges the requirement failed; the requirement is not judged. */
  RULE_ERROR;

  /** Whether this verdict is a nonconformity, minor or major. */
  public boolean isNonconformity() {
    return this == MINOR_NONCONFORMITY || this == MAJOR_NONCONFORMITY;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
