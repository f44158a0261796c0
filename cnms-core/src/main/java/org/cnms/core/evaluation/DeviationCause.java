// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The possible causes (可能) of a serious deviation of performance results that T/CAS 612 clause
 * 9.1.1 b) 1)–4) names, in the standard's order. They are possibilities the analysis can record,
 * never a requirement: no cause is ever a nonconformity.
 */
public enum DeviationCause implements ClauseItem {
  /** b) 1) The accounting boundary is wrong. */
  BOUNDARY_ERROR,
  /** b) 2) An accounting method is missing or misused. */
  METHOD_MISSING_OR_MISUSED,
  /** b) 3) Measured or statistical data are unreliable. */
  UNRELIABLE_DATA,
  /** b) 4) Another cause. */
  OTHER;

  /** {@code b) 1)} … {@code b) 4)}. */
  @Override
  public String citation() {
    return "b) " + (ordinal() + 1) + ")";
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
