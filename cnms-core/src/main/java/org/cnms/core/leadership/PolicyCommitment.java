package org.cnms.core.leadership;

import org.cnms.core.ClauseItem;

/**
 * The commitments a carbon-neutrality policy (碳中和方针) makes, items a) to f) of T/CAS 612 clause
 * 5.2.
 *
 * <p>{@link #clauseItem()} gives the item letter of the clause.
 */
public enum PolicyCommitment implements ClauseItem {
  /** a) It fits the purpose and context of the organisation. */
  FITS_PURPOSE_AND_CONTEXT("适合组织的宗旨和所处环境", "Fits the purpose and context of the organisation"),
  /** b) It gives a framework for setting and reviewing objectives and targets. */
  FRAMEWORK_FOR_OBJECTIVES("为制定和评审目标提供框架",
      "Provides a framework for setting and reviewing objectives"),
  /** c) A commitment to fulfil legal and other requirements. */
  FULFIL_COMPLIANCE_OBLIGATIONS("承诺满足法律法规及其他要求",
      "Commitment to fulfil legal and other requirements"),
  /** d) A commitment to continual improvement of the management system and its performance. */
  CONTINUAL_IMPROVEMENT("承诺持续改进", "Commitment to continual improvement"),
  /** e) A commitment to the final goal of carbon neutrality. */
  CARBON_NEUTRALITY_GOAL("承诺实现碳中和最终目标", "Commitment to the final goal of carbon neutrality"),
  /** f) Support for procurement and design that improve carbon-neutrality performance. */
  SUPPORT_PROCUREMENT_AND_DESIGN("支持改进碳中和绩效的采购和设计活动",
      "Supports procurement and design for improved performance");

  private final String labelZh;
  private final String labelEn;

  PolicyCommitment(String labelZh, String labelEn) {
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
