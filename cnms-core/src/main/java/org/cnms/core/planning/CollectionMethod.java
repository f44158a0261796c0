package org.cnms.core.planning;

import org.cnms.core.Labelled;

/**
 * How a data item of the data-quality control plan is obtained (T/CAS 612 clause 6.8).
 */
public enum CollectionMethod implements Labelled {
  /** Read from a meter. */
  METERED("计量", "Metered"),
  /** Taken from invoices or settlement records. */
  INVOICED("发票或结算凭证", "Invoiced"),
  /** Estimated. */
  ESTIMATED("估算", "Estimated"),
  /** Calculated from other data. */
  CALCULATED("计算", "Calculated"),
  /** Provided by a supplier. */
  SUPPLIER_DATA("供应商提供", "Supplier data");

  private final String labelZh;
  private final String labelEn;

  CollectionMethod(String labelZh, String labelEn) {
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
