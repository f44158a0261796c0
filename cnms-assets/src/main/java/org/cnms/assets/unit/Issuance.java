package org.cnms.assets.unit;

import org.cnms.core.Labelled;

/**
 * When a unit was issued relative to the reduction it stands for (T/CAS 612 clause 6.7; ISO
 * 14068-1 accepts only ex-post units for a neutrality claim).
 */
public enum Issuance implements Labelled {
  /** Issued after the reduction or removal was verified (事后签发). */
  EX_POST("事后签发", "Ex-post (after verification)"),
  /** Issued in advance of a reduction or removal still to occur (事前签发). */
  EX_ANTE("事前签发", "Ex-ante (forward-issued)");

  private final String labelZh;
  private final String labelEn;

  Issuance(String labelZh, String labelEn) {
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
