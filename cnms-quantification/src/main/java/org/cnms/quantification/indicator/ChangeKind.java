// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/** What an indicator's change is measured against (T/CAS 612 clauses 6.4 and 6.5). */
public enum ChangeKind implements Labelled {
  /** Against the previous reporting period. */
  YEAR_ON_YEAR,
  /** Against the baseline. */
  AGAINST_BASELINE;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
