package org.cnms.core.leadership;

import org.cnms.core.ClauseItem;

/**
 * The duties the carbon-neutrality team must be given, items a) to f) of T/CAS 612 clause 5.3.
 *
 * <p>{@link #clauseItem()} gives the item letter of the clause.
 */
public enum RoleDuty implements ClauseItem {
  /** a) Establish, implement, maintain and continually improve the management system. */
  RUN_THE_SYSTEM("建立、实施、保持和持续改进碳中和管理体系", "Runs the management system"),
  /** b) Ensure the management system conforms to the requirements of the standard. */
  ENSURE_CONFORMITY("确保管理体系符合本文件要求", "Ensures conformity"),
  /** c) Plan the activities that reduce emissions. */
  PLAN_REDUCTIONS("策划减排活动", "Plans reductions"),
  /** d) Report on performance to top management at set intervals. */
  REPORT_TO_TOP_MANAGEMENT("按规定的时间间隔向最高管理者报告", "Reports to top management at set intervals"),
  /** e) Set the criteria and methods for effective operation and control. */
  SET_CRITERIA_AND_METHODS("确定有效运行和控制的准则和方法", "Sets criteria and methods"),
  /**
   * f) Define the accounting methods for emissions, removals and reductions, and the duties for
   * data collection.
   */
  DEFINE_ACCOUNTING_METHODS("确定排放、清除和减排的核算方法及数据收集职责",
      "Defines accounting methods and data-collection duties");

  private final String labelZh;
  private final String labelEn;

  RoleDuty(String labelZh, String labelEn) {
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
