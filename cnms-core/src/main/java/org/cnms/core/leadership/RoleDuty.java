package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The duties the carbon-neutrality team must be given, items a) to f) of T/CAS 612 clause 5.3.
 *
 * <p>{@link #citation()} gives the item as the clause letters it.
 */
public enum RoleDuty implements ClauseItem {
  /** a) Establish, implement, maintain and continually improve the management system. */
  RUN_THE_SYSTEM,
  /** b) Ensure the management system conforms to the requirements of the standard. */
  ENSURE_CONFORMITY,
  /** c) Plan the activities that reduce emissions. */
  PLAN_REDUCTIONS,
  /** d) Report on performance to top management at set intervals. */
  REPORT_TO_TOP_MANAGEMENT,
  /** e) Set the criteria and methods for effective operation and control. */
  SET_CRITERIA_AND_METHODS,
  /**
   * f) Define the accounting methods for emissions, removals and reductions, and the duties for
   * data collection.
   */
  DEFINE_ACCOUNTING_METHODS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
