package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * Why purchased emission reductions are planned (T/CAS 612 clause 6.7 b).
 */
public enum PurchasePurpose implements Labelled {
  /** For compliance, e.g. surrender in an emissions trading scheme. */
  COMPLIANCE("履约", "Compliance"),
  /** For offsetting emissions in a carbon-neutrality claim. */
  OFFSETTING("抵销", "Offsetting");

  private final String labelZh;
  private final String labelEn;

  PurchasePurpose(String labelZh, String labelEn) {
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
