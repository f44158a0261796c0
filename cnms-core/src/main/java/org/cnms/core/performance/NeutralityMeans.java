package org.cnms.core.performance;

import org.cnms.core.Labelled;

/**
 * A means by which an organisation reaches carbon neutrality (实现碳中和的途径, T/CAS 612 clause
 * 6.6.1 d, clause 3.1): its own reductions first, then offsets by carbon credits, carbon allowances
 * or sinks of new forestry projects, and its own removals.
 */
public enum NeutralityMeans implements Labelled {
  /** Reduction of its own emissions. */
  OWN_REDUCTION("自身减排", "Own emission reductions"),
  /** Retirement of carbon credits (e.g. CCER), clause 3.4. */
  CARBON_CREDITS("碳信用抵消", "Carbon credits"),
  /** Cancellation of carbon allowances, clause 3.3. */
  CARBON_ALLOWANCES("碳配额抵消", "Carbon allowances"),
  /** Sinks of new forestry projects outside its operations, clause 3.7. */
  NEW_FORESTRY_SINKS("新建林业项目碳汇", "Sinks of new forestry projects"),
  /** Removals by its own sinks. */
  OWN_REMOVALS("自身碳清除", "Own removals");

  private final String labelZh;
  private final String labelEn;

  NeutralityMeans(String labelZh, String labelEn) {
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
