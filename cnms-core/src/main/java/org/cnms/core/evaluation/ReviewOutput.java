// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * The outputs of a management review (管理评审输出), items a to e of T/CAS 612 clause 9.4. A review that
 * lacks one of them is reported by the conformity engine; see {@link
 * ManagementReview#missingOutputs()}.
 */
public enum ReviewOutput implements ClauseItem {
  /**
   * (a) Conclusions on the continuing suitability, adequacy and effectiveness of the management
   * system.
   */
  CONCLUSIONS,
  /** (b) Decisions on opportunities for continual improvement. */
  IMPROVEMENT_DECISIONS,
  /**
   * (c) Any need for changes to the management system, including resources, policy, baseline and
   * targets.
   */
  CHANGES_NEEDED,
  /** (d) Actions when targets are not achieved. */
  ACTIONS_FOR_MISSED_TARGETS,
  /** (e) Conclusions for the organisation's strategic direction. */
  STRATEGIC_CONCLUSIONS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
