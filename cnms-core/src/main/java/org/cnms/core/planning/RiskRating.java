package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * How significant a risk or opportunity is rated (T/CAS 612 clause 6.1.1).
 */
public enum RiskRating implements Labelled {
  /** Low. */
  LOW("低", "Low"),
  /** Medium. */
  MEDIUM("中", "Medium"),
  /** High. */
  HIGH("高", "High");

  private final String labelZh;
  private final String labelEn;

  RiskRating(String labelZh, String labelEn) {
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
