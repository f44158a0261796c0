package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The causes T/CAS 612 clause 9.1.1 names for a serious deviation of performance: a boundary error,
 * a missing or misused quantification method, unreliable data, or another cause.
 */
public enum DeviationCause implements Labelled {
  /** The boundary was set wrongly. */
  BOUNDARY_ERROR,
  /** A quantification method was missing. */
  MISSING_METHOD,
  /** A quantification method was misused. */
  MISUSED_METHOD,
  /** The data were unreliable. */
  UNRELIABLE_DATA,
  /** Another cause. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
