package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The level of assurance of a third-party verification (核查) of a GHG report (T/CAS 612 clause
 * 9.1.2, ISO 14064-3).
 */
public enum LevelOfAssurance implements Labelled {
  /** Reasonable assurance. */
  REASONABLE("合理保证", "Reasonable assurance"),
  /** Limited assurance. */
  LIMITED("有限保证", "Limited assurance");

  private final String labelZh;
  private final String labelEn;

  LevelOfAssurance(String labelZh, String labelEn) {
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
