// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/** How a reduction scenario changes emissions year by year (T/CAS 612 clauses 6.3 f, 6.6.3). */
public enum ScenarioKind implements Labelled {
  /** Gross emissions fall by a constant percentage each year; removals stay as they are. */
  CONSTANT_REDUCTION_RATE,
  /**
   * The renewable share of purchased electricity (category 2, purchased energy) rises by a number
   * of percentage points each year, up to 100 %; the other emissions stay as they are.
   */
  RENEWABLE_SHARE_INCREASE;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
