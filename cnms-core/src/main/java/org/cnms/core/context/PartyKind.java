package org.cnms.core.context;

import org.cnms.core.Labelled;

/**
 * What kind of interested party (相关方) a party is (T/CAS 612 clause 4.2).
 */
public enum PartyKind implements Labelled {
  /** A government body. */
  GOVERNMENT("政府", "Government"),
  /** A regulator, e.g. the ecology and environment authority. */
  REGULATOR("监管机构", "Regulator"),
  /** A supplier. */
  SUPPLIER("供应商", "Supplier"),
  /** A customer. */
  CUSTOMER("客户", "Customer"),
  /** An investor or lender. */
  INVESTOR("投资者", "Investor"),
  /** Employees. */
  EMPLOYEE("员工", "Employee"),
  /** The local community. */
  COMMUNITY("社区", "Community"),
  /** A non-governmental organisation. */
  NGO("非政府组织", "Non-governmental organisation"),
  /** An industry association. */
  INDUSTRY_ASSOCIATION("行业协会", "Industry association"),
  /** Any other party. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  PartyKind(String labelZh, String labelEn) {
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
