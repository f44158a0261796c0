package org.cnms.quantification.indicator;

import org.cnms.core.Labelled;

/** What an indicator's change is measured against (T/CAS 612 clauses 6.4 and 6.5). */
public enum ChangeKind implements Labelled {
  /** Against the previous reporting period. */
  YEAR_ON_YEAR("同比", "Year on year"),
  /** Against the baseline. */
  AGAINST_BASELINE("较基准", "Against the baseline");

  private final String labelZh;
  private final String labelEn;

  ChangeKind(String labelZh, String labelEn) {
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
