package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The result of a calibration or verification (检定/校准) of a measuring instrument (T/CAS 612 clause
 * 9.1.3).
 */
public enum CalibrationResult implements Labelled {
  /** The instrument met its accuracy class. */
  PASS("合格", "Pass"),
  /** The instrument did not meet its accuracy class. */
  FAIL("不合格", "Fail");

  private final String labelZh;
  private final String labelEn;

  CalibrationResult(String labelZh, String labelEn) {
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
