package org.cnms.core.operation;

import org.cnms.core.ClauseItem;

/**
 * The kinds of change that T/CAS 612 clause 8.4 asks the organisation to control, items a to g.
 * Changes of kind (b) and (e) can invalidate the baseline, so the conformity engine asks for a
 * baseline-recalculation check for them ({@link #triggersBaselineRecalculation()}).
 */
public enum ChangeKind implements ClauseItem {
  /** (a) Risks and opportunities. */
  RISKS_AND_OPPORTUNITIES("风险和机遇", "Risks and opportunities"),
  /** (b) Major GHG sources and sinks. */
  MAJOR_SOURCES_AND_SINKS("主要温室气体源和汇", "Major GHG sources and sinks"),
  /** (c) Facilities and processes. */
  FACILITIES_AND_PROCESSES("设施和过程", "Facilities and processes"),
  /** (d) Purchased or supplied products. */
  PURCHASED_OR_SUPPLIED_PRODUCTS("采购或提供的产品", "Purchased or supplied products"),
  /** (e) The baseline and the quantification methods. */
  BASELINE_AND_METHODS("碳中和基准和量化方法", "Baseline and quantification methods"),
  /** (f) Compliance obligations and requirements of interested parties. */
  COMPLIANCE_AND_PARTY_REQUIREMENTS("合规义务和相关方要求",
      "Compliance obligations and interested-party requirements"),
  /** (g) Other changes. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  ChangeKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** Whether a change of this kind calls for a baseline-recalculation check: items (b) and (e). */
  public boolean triggersBaselineRecalculation() {
    return this == MAJOR_SOURCES_AND_SINKS || this == BASELINE_AND_METHODS;
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
