package org.cnms.core.context;

import org.cnms.core.Labelled;

/**
 * Whether a context issue (内外部问题) arises inside or outside the organisation (T/CAS 612 clause
 * 4.1).
 */
public enum IssueKind implements Labelled {
  /** An issue inside the organisation. */
  INTERNAL("内部", "Internal"),
  /** An issue outside the organisation. */
  EXTERNAL("外部", "External");

  private final String labelZh;
  private final String labelEn;

  IssueKind(String labelZh, String labelEn) {
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
