package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * What the planning of an action on risks and opportunities takes into account (T/CAS 612 clause
 * 6.1.2).
 */
public enum ActionConsideration implements Labelled {
  /** Technological options. */
  TECHNOLOGY("技术", "Technology"),
  /** Financial requirements. */
  FINANCE("财务", "Finance"),
  /** Operational requirements. */
  OPERATIONS("运行", "Operations"),
  /** Business requirements. */
  BUSINESS("经营", "Business");

  private final String labelZh;
  private final String labelEn;

  ActionConsideration(String labelZh, String labelEn) {
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
