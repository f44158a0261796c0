package org.cnms.quantification.progress;

import org.cnms.core.Labelled;

/** How a reduction scenario changes emissions year by year (T/CAS 612 clauses 6.3 f, 6.6.3). */
public enum ScenarioKind implements Labelled {
  /** Gross emissions fall by a constant percentage each year; removals stay as they are. */
  CONSTANT_REDUCTION_RATE("年均减排率", "Constant yearly reduction rate"),
  /**
   * The renewable share of purchased electricity (category 2, imported energy) rises by a number
   * of percentage points each year, up to 100 %; the other emissions stay as they are.
   */
  RENEWABLE_SHARE_INCREASE("可再生电力占比提升", "Rising renewable share of electricity");

  private final String labelZh;
  private final String labelEn;

  ScenarioKind(String labelZh, String labelEn) {
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
