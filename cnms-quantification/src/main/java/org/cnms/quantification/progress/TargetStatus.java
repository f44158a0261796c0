// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * The status of a carbon-neutrality target at the latest inventory (T/CAS 612 clauses 6.6.1 and
 * 9.1). The rules are those of {@link ProgressCalculator}.
 */
public enum TargetStatus implements Labelled {
  /** The target level is already reached. */
  ACHIEVED,
  /** Not yet reached, but at or below the straight-line path from the baseline to the target. */
  ON_TRACK,
  /** Not yet reached and above the straight-line path; the target year is still ahead. */
  AT_RISK,
  /** The target year has come and the target level was not reached. */
  MISSED;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
