// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.ClauseItem;
import org.cnms.core.i18n.CoreTexts;

/**
 * What addressing a risk or opportunity is for (T/CAS 612 clause 6.1.1 a)–e)), in the clause's
 * order: the organisation determines the risks and opportunities that need to be addressed so as
 * to reach these ends.
 */
public enum RiskPurpose implements ClauseItem {
  /** a) Set the timetable for achieving the carbon neutrality targets (碳中和目标实现的进度安排). */
  TARGET_TIMETABLE,
  /** b) Give assurance that the CNMS can achieve its intended results (预期结果). */
  INTENDED_RESULTS,
  /** c) Prevent or reduce undesired effects (不期望的影响). */
  UNDESIRED_EFFECTS,
  /** d) Achieve continual improvement of the CNMS and of performance (持续改进). */
  CONTINUAL_IMPROVEMENT,
  /** e) Meet compliance obligations (合规性义务). */
  COMPLIANCE_OBLIGATIONS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
