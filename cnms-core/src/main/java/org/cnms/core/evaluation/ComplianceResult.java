package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The result of an evaluation of compliance (合规性评价) with a legal or other requirement (T/CAS 612
 * clause 9.2).
 */
public enum ComplianceResult implements Labelled {
  /** Compliant. */
  COMPLIANT("合规", "Compliant"),
  /** Partially compliant. */
  PARTIALLY_COMPLIANT("部分合规", "Partially compliant"),
  /** Not compliant. */
  NONCOMPLIANT("不合规", "Noncompliant");

  private final String labelZh;
  private final String labelEn;

  ComplianceResult(String labelZh, String labelEn) {
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
