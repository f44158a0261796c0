package org.cnms.core.improvement;

import org.cnms.core.Labelled;

/**
 * Where a nonconformity (不符合) of T/CAS 612 clause 10.2 was found.
 */
public enum NonconformityOrigin implements Labelled {
  /** An internal audit (clause 9.3). */
  INTERNAL_AUDIT("内部审核", "Internal audit"),
  /** An external audit, e.g. by a certification body. */
  EXTERNAL_AUDIT("外部审核", "External audit"),
  /** Monitoring and measurement (clause 9.1). */
  MONITORING("监视和测量", "Monitoring and measurement"),
  /** A complaint or feedback from an interested party. */
  COMPLAINT("投诉", "Complaint"),
  /** A management review (clause 9.4). */
  MANAGEMENT_REVIEW("管理评审", "Management review"),
  /** A conformity assessment of the management system. */
  CONFORMITY_ASSESSMENT("符合性评价", "Conformity assessment"),
  /** Another source. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  NonconformityOrigin(String labelZh, String labelEn) {
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
