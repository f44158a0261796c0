package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a monitoring result (监视测量结果) of T/CAS 612 clause 9.1.1 measures: activity data, operating
 * parameters, procurement results, improvement against the baseline or the effect of a change.
 */
public enum MonitoringSubject implements Labelled {
  /** Activity data, e.g. fuel or electricity consumed. */
  ACTIVITY_DATA,
  /** An operating parameter of a facility or process. */
  OPERATING_PARAMETER,
  /** A result of procurement against its criteria (clause 8.3). */
  PROCUREMENT_RESULT,
  /** Improvement of performance against the baseline (clause 6.5). */
  IMPROVEMENT_AGAINST_BASELINE,
  /** The effect of a change (clause 8.4). */
  EFFECT_OF_CHANGE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
