package org.cnms.core.improvement;

import org.cnms.core.Labelled;

/**
 * The severity of a nonconformity (不符合) of T/CAS 612 clause 10.2.
 */
public enum Severity implements Labelled {
  /**
   * A major nonconformity: a requirement is not met at all, or the system fails to achieve its
   * intended results.
   */
  MAJOR("严重不符合", "Major"),
  /** A minor nonconformity: an isolated lapse. */
  MINOR("一般不符合", "Minor");

  private final String labelZh;
  private final String labelEn;

  Severity(String labelZh, String labelEn) {
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
