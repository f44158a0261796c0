package org.cnms.core.leadership;

import org.cnms.core.ClauseItem;

/**
 * The ways top management shows leadership and commitment to the carbon-neutrality management
 * system, items a) to k) of T/CAS 612 clause 5.1.
 *
 * <p>{@link #clauseItem()} gives the item letter of the clause.
 */
public enum LeadershipItem implements ClauseItem {
  /** a) Defines the scope and boundaries of the management system. */
  SCOPE_AND_BOUNDARIES("确定碳中和管理体系的范围和边界", "Defines the scope and boundaries"),
  /** b) Sets the policy and objectives in line with the organisation's strategic direction. */
  POLICY_AND_OBJECTIVES("制定与战略方向一致的方针和目标", "Sets policy and objectives aligned with strategy"),
  /** c) Integrates the management system into the business processes. */
  INTEGRATION_INTO_BUSINESS_PROCESSES("将碳中和管理体系要求融入业务过程",
      "Integrates the system into business processes"),
  /** d) Approves action plans and sees them implemented. */
  ACTION_PLANS_APPROVED("批准并实施行动计划", "Approves and implements action plans"),
  /** e) Makes the needed resources available. */
  RESOURCES_AVAILABLE("确保所需资源可获得", "Makes resources available"),
  /** f) Communicates the importance of effective carbon-neutrality management. */
  COMMUNICATION_OF_IMPORTANCE("沟通有效碳中和管理的重要性",
      "Communicates the importance of effective management"),
  /** g) Ensures the management system achieves its intended results. */
  INTENDED_RESULTS("确保实现预期结果", "Ensures the intended results are achieved"),
  /** h) Promotes continual improvement. */
  CONTINUAL_IMPROVEMENT("促进持续改进", "Promotes continual improvement"),
  /** i) Sets up a carbon-neutrality team at each level. */
  CARBON_NEUTRALITY_TEAM("在各层级建立碳中和管理团队", "Sets up a carbon-neutrality team at each level"),
  /** j) Directs and supports persons, and other management roles, to contribute. */
  SUPPORT_OF_PERSONS_AND_ROLES("指导和支持相关人员及其他管理者作出贡献",
      "Directs and supports persons and other roles"),
  /** k) Ensures a process to handle changes that affect the management system. */
  PROCESS_FOR_CHANGES("确保有应对变更的过程", "Ensures a process to handle changes");

  private final String labelZh;
  private final String labelEn;

  LeadershipItem(String labelZh, String labelEn) {
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
