package org.cnms.core.evaluation;

import org.cnms.core.Labelled;

/**
 * The kinds of internal-audit finding (审核发现) of T/CAS 612 clause 9.3.
 */
public enum FindingKind implements Labelled {
  /** Conformity with the requirement. */
  CONFORMITY("符合", "Conformity"),
  /** An observation or opportunity for improvement. */
  OBSERVATION("观察项", "Observation"),
  /** A minor nonconformity. */
  MINOR_NONCONFORMITY("一般不符合", "Minor nonconformity"),
  /** A major nonconformity. */
  MAJOR_NONCONFORMITY("严重不符合", "Major nonconformity");

  private final String labelZh;
  private final String labelEn;

  FindingKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** Whether a finding of this kind is a nonconformity, minor or major. */
  public boolean isNonconformity() {
    return this == MINOR_NONCONFORMITY || this == MAJOR_NONCONFORMITY;
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
