// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What the chosen carbon neutrality performance indicators shall be fit for (T/CAS 612 clause
 * 6.4, the first list a)–b), 应), in the clause's order.
 */
public enum IndicatorCriterion implements ClauseItem {
  /** a) Monitoring the organisation's carbon neutrality performance (监视其碳中和绩效). */
  MONITOR_PERFORMANCE,
  /** b) Demonstrating the improvement of carbon neutrality performance (证实其碳中和绩效改进). */
  DEMONSTRATE_IMPROVEMENT;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
