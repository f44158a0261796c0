// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.leadership;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The responsibilities and authorities that top management gives the carbon-neutrality
 * management team (碳中和管理团队), items a) to f) of T/CAS 612 clause 5.3, in its order.
 *
 * <p>{@link #citation()} gives the item as the clause letters it.
 */
public enum RoleDuty implements ClauseItem {
  /** a) See that the management system is established, implemented, maintained and improved. */
  RUN_THE_SYSTEM,
  /** b) See that the management system conforms to the requirements of T/CAS 612. */
  ENSURE_CONFORMITY,
  /** c) Define and carry out the carbon reduction plan toward the final target. */
  CARBON_REDUCTION_PLAN,
  /** d) Report to top management, at set intervals, on performance, emissions and improvement. */
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
