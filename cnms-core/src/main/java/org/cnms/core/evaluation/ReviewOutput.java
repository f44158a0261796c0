package org.cnms.core.evaluation;

import org.cnms.core.ClauseItem;

/**
 * The outputs of a management review (管理评审输出), items a to e of T/CAS 612 clause 9.4. A review that
 * lacks one of them is reported by the conformity engine; see {@link
 * ManagementReview#missingOutputs()}.
 */
public enum ReviewOutput implements ClauseItem {
  /**
   * (a) Conclusions on the continuing suitability, adequacy and effectiveness of the management
   * system.
   */
  CONCLUSIONS("对碳中和管理体系持续的适宜性、充分性和有效性的结论",
      "Conclusions on suitability, adequacy and effectiveness"),
  /** (b) Decisions on opportunities for continual improvement. */
  IMPROVEMENT_DECISIONS("与持续改进机会相关的决策",
      "Continual-improvement decisions"),
  /**
   * (c) Any need for changes to the management system, including resources, policy, baseline and
   * targets.
   */
  CHANGES_NEEDED("对碳中和管理体系变更的需求，包括资源、方针、碳中和基准和目标",
      "Changes needed, incl. resources, policy, baseline and targets"),
  /** (d) Actions when targets are not achieved. */
  ACTIONS_FOR_MISSED_TARGETS("未实现目标时采取的措施",
      "Actions when targets are not achieved"),
  /** (e) Conclusions for the organisation's strategic direction. */
  STRATEGIC_CONCLUSIONS("与组织战略方向相关的结论",
      "Strategic conclusions");

  private final String labelZh;
  private final String labelEn;

  ReviewOutput(String labelZh, String labelEn) {
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
