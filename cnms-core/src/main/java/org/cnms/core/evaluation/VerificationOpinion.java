// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The opinion a verifier states on a GHG report (T/CAS 612 clause 9.1.2, ISO 14064-3).
 */
public enum VerificationOpinion implements Labelled {
  /** An unmodified opinion: the report is fairly stated. */
  UNMODIFIED,
  /** A modified (qualified) opinion. */
  MODIFIED_QUALIFIED,
  /** An adverse opinion. */
  ADVERSE,
  /** A disclaimer of opinion. */
  DISCLAIMER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
