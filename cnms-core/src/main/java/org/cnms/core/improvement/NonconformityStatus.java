package org.cnms.core.improvement;

import org.cnms.core.Labelled;

/**
 * The stages of the life of a nonconformity (不符合) under T/CAS 612 clause 10.2, in order: reported,
 * contained and corrected (a), cause analysed (b), corrective action taken (c), effectiveness
 * reviewed (d), closed. A {@link Nonconformity} moves through them one at a time.
 */
public enum NonconformityStatus implements Labelled {
  /** Reported, not yet acted on. */
  REPORTED("已报告", "Reported"),
  /** Controlled and corrected, its consequences dealt with (clause 10.2 a). */
  CONTAINED("已控制和纠正", "Contained and corrected"),
  /** Its cause determined and the need for action evaluated (clause 10.2 b). */
  CAUSE_ANALYSED("已分析原因", "Cause analysed"),
  /** Corrective action taken (clause 10.2 c). */
  ACTION_TAKEN("已采取纠正措施", "Corrective action taken"),
  /** The effectiveness of the actions reviewed (clause 10.2 d). */
  EFFECTIVENESS_REVIEWED("已评审有效性", "Effectiveness reviewed"),
  /** Closed. */
  CLOSED("已关闭", "Closed");

  private final String labelZh;
  private final String labelEn;

  NonconformityStatus(String labelZh, String labelEn) {
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
