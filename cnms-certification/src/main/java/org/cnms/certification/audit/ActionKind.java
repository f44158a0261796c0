// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.audit;

import java.util.Locale;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/** What an auditor did to a nonconformity of an audit. */
public enum ActionKind implements Labelled {
  /** Added one the judge did not find. */
  ADDED,
  /** Changed its grade. */
  REGRADED,
  /** Withdrew it. */
  WITHDRAWN,
  /** Escalated an overdue minor to major, by the body's policy. */
  ESCALATED,
  /** Closed it on evidence of correction and corrective action. */
  CLOSED;

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
