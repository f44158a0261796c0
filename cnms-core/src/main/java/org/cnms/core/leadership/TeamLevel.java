package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The level of the organisation a carbon-neutrality team (碳中和管理团队) works at (T/CAS 612 clause 5.1
 * i).
 */
public enum TeamLevel implements Labelled {
  /** The whole enterprise. */
  ENTERPRISE,
  /** One facility, e.g. a plant. */
  FACILITY,
  /** A department. */
  DEPARTMENT,
  /** A workshop or production line. */
  WORKSHOP;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
