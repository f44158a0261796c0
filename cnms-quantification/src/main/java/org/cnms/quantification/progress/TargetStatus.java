package org.cnms.quantification.progress;

import org.cnms.core.Labelled;

/**
 * The status of a carbon-neutrality target at the latest inventory (T/CAS 612 clauses 6.6.1 and
 * 9.1). The rules are those of {@link ProgressCalculator}.
 */
public enum TargetStatus implements Labelled {
  /** The target level is already reached. */
  ACHIEVED("已实现", "Achieved"),
  /** Not yet reached, but at or below the straight-line path from the baseline to the target. */
  ON_TRACK("进展正常", "On track"),
  /** Not yet reached and above the straight-line path; the target year is still ahead. */
  AT_RISK("存在风险", "At risk"),
  /** The target year has come and the target level was not reached. */
  MISSED("未实现", "Missed");

  private final String labelZh;
  private final String labelEn;

  TargetStatus(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
