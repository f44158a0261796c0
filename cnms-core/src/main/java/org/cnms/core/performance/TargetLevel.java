package org.cnms.core.performance;

import org.cnms.core.Labelled;

/**
 * The level of the organisation at which a GHG target is set (各层级, T/CAS 612 clause 6.6.2): the
 * whole organisation, a facility, a department, or a process.
 */
public enum TargetLevel implements Labelled {
  /** The whole organisation. */
  ORGANISATION("组织", "Organisation"),
  /** A facility inside the boundary. */
  FACILITY("设施", "Facility"),
  /** A department or function. */
  DEPARTMENT("部门", "Department"),
  /** A process or production line. */
  PROCESS("过程", "Process");

  private final String labelZh;
  private final String labelEn;

  TargetLevel(String labelZh, String labelEn) {
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
