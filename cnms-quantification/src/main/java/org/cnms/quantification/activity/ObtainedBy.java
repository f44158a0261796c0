package org.cnms.quantification.activity;

import org.cnms.core.Labelled;

/**
 * How a figure of activity data was obtained (数据获取方式, T/CAS 612 clauses 6.8 and 9.1.1): read
 * from a meter, taken from an invoice or settlement record, calculated from other measured data, or
 * estimated. The first two are measured data; the data-quality roll-up of an inventory reports the
 * share of emissions that rests on measured data.
 */
public enum ObtainedBy implements Labelled {
  /** Read from a meter of the organisation. */
  METERED("计量", "metered"),
  /** Taken from an invoice or a settlement record of the supplier. */
  INVOICED("结算凭证", "invoiced"),
  /** Calculated from other measured data (e.g. by difference, by allocation). */
  CALCULATED("计算", "calculated"),
  /** Estimated (e.g. from a design capacity, a budget, a comparable period). */
  ESTIMATED("估算", "estimated");

  private final String labelZh;
  private final String labelEn;

  ObtainedBy(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** Whether the figure is measured (metered or invoiced) rather than derived or estimated. */
  public boolean isMeasured() {
    return this == METERED || this == INVOICED;
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
