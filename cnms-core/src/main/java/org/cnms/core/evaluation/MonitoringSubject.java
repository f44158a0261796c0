package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * What a monitoring result (监视测量结果) of T/CAS 612 clause 9.1.1 measures: activity data, operating
 * parameters, procurement results, improvement against the baseline or the effect of a change.
 */
public enum MonitoringSubject implements Labelled {
  /** Activity data, e.g. fuel or electricity consumed. */
  ACTIVITY_DATA("活动数据", "Activity data"),
  /** An operating parameter of a facility or process. */
  OPERATING_PARAMETER("运行参数", "Operating parameter"),
  /** A result of procurement against its criteria (clause 8.3). */
  PROCUREMENT_RESULT("采购结果", "Procurement result"),
  /** Improvement of performance against the baseline (clause 6.5). */
  IMPROVEMENT_AGAINST_BASELINE("相对于碳中和基准的改进", "Improvement against the baseline"),
  /** The effect of a change (clause 8.4). */
  EFFECT_OF_CHANGE("变更的效果", "Effect of a change");

  private final String labelZh;
  private final String labelEn;

  MonitoringSubject(String labelZh, String labelEn) {
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
