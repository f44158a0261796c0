package org.cnms.core.leadership;

import org.cnms.core.Labelled;

/**
 * The level of the organisation a carbon-neutrality team (碳中和管理团队) works at (T/CAS 612 clause 5.1
 * i).
 */
public enum TeamLevel implements Labelled {
  /** The whole enterprise. */
  ENTERPRISE("企业层", "Enterprise"),
  /** One facility, e.g. a plant. */
  FACILITY("厂区层", "Facility"),
  /** A department. */
  DEPARTMENT("部门层", "Department"),
  /** A workshop or production line. */
  WORKSHOP("车间层", "Workshop");

  private final String labelZh;
  private final String labelEn;

  TeamLevel(String labelZh, String labelEn) {
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
