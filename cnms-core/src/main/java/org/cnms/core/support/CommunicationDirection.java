package org.cnms.core.support;

import org.cnms.core.Labelled;

/**
 * Whether a communication (信息交流) is internal or external (T/CAS 612 clause 7.4).
 */
public enum CommunicationDirection implements Labelled {
  /** Within the organisation. */
  INTERNAL("内部", "Internal"),
  /** With parties outside the organisation. */
  EXTERNAL("外部", "External");

  private final String labelZh;
  private final String labelEn;

  CommunicationDirection(String labelZh, String labelEn) {
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
