package org.cnms.core.support;

import org.cnms.core.Labelled;

/**
 * Whether a document is of internal or external origin (T/CAS 612 clause 7.5.3).
 */
public enum DocumentOrigin implements Labelled {
  /** Written by the organisation. */
  INTERNAL("内部文件", "Internal"),
  /** Of external origin, e.g. a standard or regulation. */
  EXTERNAL("外来文件", "External");

  private final String labelZh;
  private final String labelEn;

  DocumentOrigin(String labelZh, String labelEn) {
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
