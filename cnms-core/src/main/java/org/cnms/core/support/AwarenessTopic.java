package org.cnms.core.support;

import org.cnms.core.Labelled;

/**
 * What persons working for the organisation are made aware of (T/CAS 612 clause 7.3).
 */
public enum AwarenessTopic implements Labelled {
  /** The carbon-neutrality policy. */
  POLICY("碳中和方针", "Policy"),
  /** The carbon-neutrality targets and GHG objectives. */
  TARGETS("碳中和目标", "Targets"),
  /** Their own contribution to the management system. */
  OWN_CONTRIBUTION("自身对管理体系有效性的贡献", "Own contribution"),
  /** The benefits of improved carbon-neutrality performance. */
  BENEFITS_OF_IMPROVED_PERFORMANCE("改进碳中和绩效的益处", "Benefits of improved performance"),
  /** The consequences of not conforming to the management system. */
  CONSEQUENCES_OF_NONCONFORMITY("不符合管理体系要求的后果", "Consequences of nonconformity");

  private final String labelZh;
  private final String labelEn;

  AwarenessTopic(String labelZh, String labelEn) {
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
