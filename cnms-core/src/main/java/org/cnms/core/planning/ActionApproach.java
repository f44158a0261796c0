package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * How an action addresses a risk or opportunity (T/CAS 612 clause 6.1.2).
 */
public enum ActionApproach implements Labelled {
  /** Reduce emissions. */
  REDUCTION("减排", "Reduction"),
  /** Remove greenhouse gases, e.g. by sinks. */
  REMOVAL("清除", "Removal"),
  /** Adapt to the effects of climate change. */
  ADAPTATION("适应", "Adaptation"),
  /** Transfer the risk, e.g. by insurance or contract. */
  TRANSFER("转移", "Transfer"),
  /** Accept the risk knowingly. */
  ACCEPTANCE("接受", "Acceptance"),
  /** Pursue the opportunity. */
  EXPLOIT("利用机遇", "Exploit"),
  /** Any other approach. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  ActionApproach(String labelZh, String labelEn) {
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
