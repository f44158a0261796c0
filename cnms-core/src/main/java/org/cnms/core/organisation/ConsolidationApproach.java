package org.cnms.core.organisation;

import org.cnms.core.Labelled;

/**
 * How the organisational boundary consolidates facilities (T/CAS 612 clause 4.3, after ISO 14064-1
 * 5.1): by control — operational or financial — or by equity share, in which case each facility
 * counts with the organisation's percentage of it.
 */
public enum ConsolidationApproach implements Labelled {
  /** Operational control: all emissions of facilities the organisation operates. */
  OPERATIONAL_CONTROL("运营控制权法", "Operational control"),
  /** Financial control: all emissions of facilities the organisation controls financially. */
  FINANCIAL_CONTROL("财务控制权法", "Financial control"),
  /** Equity share: each facility's emissions times the organisation's share of it. */
  EQUITY_SHARE("股权比例法", "Equity share");

  private final String labelZh;
  private final String labelEn;

  ConsolidationApproach(String labelZh, String labelEn) {
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
