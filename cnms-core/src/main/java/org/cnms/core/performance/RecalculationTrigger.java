package org.cnms.core.performance;

import org.cnms.core.Labelled;

/**
 * What may make an organisation recalculate its baseline (基准重新计算的触发条件, T/CAS 612
 * clauses 6.5 and 8.4 e, after ISO 14064-1 clause 6.4.1): a change of structure, of the boundary or
 * of the quantification method, a discovered error, or a change in outsourcing.
 */
public enum RecalculationTrigger implements Labelled {
  /** A change of structure: merger, acquisition, divestment. */
  STRUCTURAL_CHANGE("组织结构变化", "Structural change"),
  /** A change of the organisational or reporting boundary. */
  BOUNDARY_CHANGE("边界变化", "Boundary change"),
  /** A change of quantification method or of emission factors. */
  METHOD_CHANGE("量化方法变化", "Change of quantification method"),
  /** A significant error discovered in the baseline data. */
  ERROR_DISCOVERED("发现错误", "Error discovered"),
  /** Activities outsourced or brought back in-house. */
  OUTSOURCING_CHANGE("外包或内包变化", "Change in outsourcing");

  private final String labelZh;
  private final String labelEn;

  RecalculationTrigger(String labelZh, String labelEn) {
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
