package org.cnms.core.evaluation;

import org.cnms.core.ClauseItem;

/**
 * The inputs of a management review (管理评审输入), items a to f of T/CAS 612 clause 9.4. A review that
 * lacks one of them is reported by the conformity engine; see {@link
 * ManagementReview#missingInputs()}.
 */
public enum ReviewInput implements ClauseItem {
  /** (a) The status of actions from previous management reviews. */
  STATUS_OF_PREVIOUS_ACTIONS("以往管理评审所采取措施的状况",
      "Status of actions from previous management reviews"),
  /**
   * (b) Changes in external and internal issues, in the needs and expectations of interested
   * parties, in GHG sources and sinks, in risks and opportunities, and in carbon assets.
   */
  CHANGES("与碳中和管理体系相关的内外部问题、相关方需求和期望、温室气体源和汇、风险和机遇以及碳资产的变化",
      "Changes in issues, interested-party needs, GHG sources and sinks, risks and"
          + " opportunities, and carbon assets"),
  /**
   * (c) Information on the effectiveness of the management system: performance against the
   * indicators, attainment of the targets, nonconformities and corrective actions, compliance,
   * audit results.
   */
  EFFECTIVENESS("碳中和管理体系有效性的信息，包括绩效参数、目标实现程度、不符合和纠正措施、合规性评价结果、审核结果",
      "Effectiveness: performance against indicators, target attainment, nonconformities and"
          + " corrective actions, compliance, audit results"),
  /** (d) The adequacy of resources. */
  ADEQUACY_OF_RESOURCES("资源的充分性",
      "Adequacy of resources"),
  /** (e) Relevant communication from interested parties. */
  INTERESTED_PARTY_FEEDBACK("相关方的有关信息交流",
      "Feedback from interested parties"),
  /** (f) Opportunities for continual improvement. */
  OPPORTUNITIES_FOR_IMPROVEMENT("持续改进的机会",
      "Opportunities for continual improvement");

  private final String labelZh;
  private final String labelEn;

  ReviewInput(String labelZh, String labelEn) {
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
