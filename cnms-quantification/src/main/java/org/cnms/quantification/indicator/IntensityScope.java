package org.cnms.quantification.indicator;

import org.cnms.core.Labelled;

/**
 * What part of the organisation's emissions an intensity covers (T/CAS 612 clause 6.4): all of
 * them, one emission category, or one facility.
 */
public enum IntensityScope implements Labelled {
  /** The total emissions of the inventory. */
  TOTAL("总排放", "Total emissions"),
  /** The emissions of one emission category. */
  CATEGORY("按类别", "Per emission category"),
  /** The emissions of one facility. */
  FACILITY("按设施", "Per facility");

  private final String labelZh;
  private final String labelEn;

  IntensityScope(String labelZh, String labelEn) {
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
