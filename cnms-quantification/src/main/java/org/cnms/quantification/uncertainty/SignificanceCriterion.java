package org.cnms.quantification.uncertainty;

import org.cnms.core.Labelled;

/**
 * A criterion for the significance of indirect GHG emissions (ISO 14064-1:2018 clause 5.2.3,
 * applied by T/CAS 612 clause 6.2.1 to categories 2 to 6).
 */
public enum SignificanceCriterion implements Labelled {
  /** Magnitude: the indirect emissions are estimated to be substantial in quantity. */
  MAGNITUDE("排放量级", "Magnitude"),
  /** Level of influence: the organisation can monitor and reduce the emissions. */
  LEVEL_OF_INFLUENCE("影响程度", "Level of influence"),
  /** Risk or opportunity: the emissions contribute to the organisation's exposure or chances. */
  RISK_OR_OPPORTUNITY("风险或机遇", "Risk or opportunity"),
  /** Sector-specific guidance: the sector deems the emissions significant. */
  SECTOR_SPECIFIC_GUIDANCE("行业指南", "Sector-specific guidance"),
  /** Outsourcing: the emissions come from outsourced activities that are typically core. */
  OUTSOURCING("外包", "Outsourcing"),
  /** Employee engagement: the emissions could motivate employees to reduce energy use. */
  EMPLOYEE_ENGAGEMENT("员工参与", "Employee engagement");

  private final String labelZh;
  private final String labelEn;

  SignificanceCriterion(String labelZh, String labelEn) {
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
