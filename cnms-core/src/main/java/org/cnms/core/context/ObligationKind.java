package org.cnms.core.context;

import org.cnms.core.Labelled;

/**
 * Whether a compliance obligation (合规义务) is a legal requirement or another requirement the
 * organisation has chosen to meet (T/CAS 612 clauses 4.2, 9.2).
 */
public enum ObligationKind implements Labelled {
  /** A legal requirement: law, regulation, mandatory standard, permit. */
  LEGAL("法律法规要求", "Legal requirement"),
  /** Another requirement the organisation subscribes to, e.g. a voluntary commitment. */
  OTHER("其他要求", "Other requirement");

  private final String labelZh;
  private final String labelEn;

  ObligationKind(String labelZh, String labelEn) {
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
