package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The causes T/CAS 612 clause 9.1.1 names for a serious deviation of performance: a boundary error,
 * a missing or misused quantification method, unreliable data, or another cause.
 */
public enum DeviationCause implements Labelled {
  /** The boundary was set wrongly. */
  BOUNDARY_ERROR("边界错误", "Boundary error"),
  /** A quantification method was missing. */
  MISSING_METHOD("缺少量化方法", "Missing quantification method"),
  /** A quantification method was misused. */
  MISUSED_METHOD("量化方法使用错误", "Misused quantification method"),
  /** The data were unreliable. */
  UNRELIABLE_DATA("数据不可靠", "Unreliable data"),
  /** Another cause. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  DeviationCause(String labelZh, String labelEn) {
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
