package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The opinion a verifier states on a GHG report (T/CAS 612 clause 9.1.2, ISO 14064-3).
 */
public enum VerificationOpinion implements Labelled {
  /** An unmodified opinion: the report is fairly stated. */
  UNMODIFIED("无保留意见", "Unmodified opinion"),
  /** A modified (qualified) opinion. */
  MODIFIED_QUALIFIED("保留意见", "Modified (qualified) opinion"),
  /** An adverse opinion. */
  ADVERSE("否定意见", "Adverse opinion"),
  /** A disclaimer of opinion. */
  DISCLAIMER("无法表示意见", "Disclaimer of opinion");

  private final String labelZh;
  private final String labelEn;

  VerificationOpinion(String labelZh, String labelEn) {
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
