package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * Whether a planning item is a risk (风险) or an opportunity (机遇) (T/CAS 612 clause 6.1.1).
 */
public enum RiskKind implements Labelled {
  /** A risk. */
  RISK("风险", "Risk"),
  /** An opportunity. */
  OPPORTUNITY("机遇", "Opportunity");

  private final String labelZh;
  private final String labelEn;

  RiskKind(String labelZh, String labelEn) {
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
