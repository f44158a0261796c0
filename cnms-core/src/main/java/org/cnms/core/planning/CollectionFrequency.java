package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * How often a data item of the data-quality control plan is collected (T/CAS 612 clause 6.8).
 */
public enum CollectionFrequency implements Labelled {
  /** Continuously. */
  CONTINUOUS("实时连续", "Continuous"),
  /** Every day. */
  DAILY("每日", "Daily"),
  /** Every month. */
  MONTHLY("每月", "Monthly"),
  /** Every quarter. */
  QUARTERLY("每季度", "Quarterly"),
  /** Every year. */
  ANNUALLY("每年", "Annually"),
  /** With every delivery or batch. */
  PER_DELIVERY("每批次", "Per delivery");

  private final String labelZh;
  private final String labelEn;

  CollectionFrequency(String labelZh, String labelEn) {
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
