// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What is monitored and measured, T/CAS 612 clause 9.1.1 a) 1)–5), in the standard's order: activity
 * data, operating parameters, purchasing outcomes, the improvement of carbon neutrality performance
 * against the baseline, and changes with their results.
 */
public enum MonitoringSubject implements ClauseItem {
  /** a) 1) Activity data for quantifying emissions and removals. */
  ACTIVITY_DATA,
  /** a) 2) Operating parameters of facilities, equipment, systems and processes. */
  OPERATING_PARAMETER,
  /** a) 3) Purchasing outcomes, including what purchases mean for emissions (clause 8.3). */
  PROCUREMENT_RESULT,
  /** a) 4) How far carbon neutrality performance has improved against the baseline (6.5). */
  IMPROVEMENT_AGAINST_BASELINE,
  /** a) 5) A change that affects performance, and its results (clause 8.4). */
  EFFECT_OF_CHANGE;

  /** {@code a) 1)} … {@code a) 5)}. */
  @Override
  public String citation() {
    return "a) " + (ordinal() + 1) + ")";
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
