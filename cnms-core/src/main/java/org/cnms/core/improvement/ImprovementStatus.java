package org.cnms.core.improvement;

import org.cnms.core.Labelled;

/**
 * The status of an improvement action (改进措施) of T/CAS 612 clauses 10.1 and 10.3.
 */
public enum ImprovementStatus implements Labelled {
  /** Proposed, not yet approved. */
  PROPOSED("已提出", "Proposed"),
  /** Approved, not yet started. */
  APPROVED("已批准", "Approved"),
  /** Being carried out. */
  IN_PROGRESS("实施中", "In progress"),
  /** Completed. */
  COMPLETED("已完成", "Completed"),
  /** Cancelled. */
  CANCELLED("已取消", "Cancelled");

  private final String labelZh;
  private final String labelEn;

  ImprovementStatus(String labelZh, String labelEn) {
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
