package org.cnms.core.performance;

import org.cnms.core.Labelled;

/**
 * Where an action plan stands (T/CAS 612 clause 6.6.3).
 */
public enum ActionStatus implements Labelled {
  /** Planned, not started. */
  PLANNED("已计划", "Planned"),
  /** Being carried out. */
  IN_PROGRESS("实施中", "In progress"),
  /** Carried out. */
  COMPLETED("已完成", "Completed"),
  /** Given up. */
  CANCELLED("已取消", "Cancelled");

  private final String labelZh;
  private final String labelEn;

  ActionStatus(String labelZh, String labelEn) {
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
