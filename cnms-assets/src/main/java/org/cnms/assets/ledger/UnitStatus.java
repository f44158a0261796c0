package org.cnms.assets.ledger;

import org.cnms.core.Labelled;

/**
 * Where a carbon unit stands in the organisation's ledger (T/CAS 612 clause 6.7). Surrendered,
 * retired and cancelled are final: such a unit can never move again.
 */
public enum UnitStatus implements Labelled {
  /** Held in one of the organisation's accounts. */
  HELD("持有", "Held", false),
  /** Sold to another party; it may be bought back. */
  SOLD("已出售", "Sold", false),
  /** Surrendered for compliance in an emissions trading scheme (履约清缴). */
  SURRENDERED("已清缴", "Surrendered for compliance", true),
  /** Retired for a carbon-neutrality claim (注销用于碳中和声明). */
  RETIRED("已注销（碳中和）", "Retired for a claim", true),
  /** Cancelled without a claim (作废). */
  CANCELLED("已作废", "Cancelled", true);

  private final String labelZh;
  private final String labelEn;
  private final boolean terminal;

  UnitStatus(String labelZh, String labelEn, boolean terminal) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.terminal = terminal;
  }

  /** Whether a unit in this status can never move again. */
  public boolean terminal() {
    return terminal;
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
