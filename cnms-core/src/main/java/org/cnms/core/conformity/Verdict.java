package org.cnms.core.conformity;

import org.cnms.core.Labelled;

/**
 * The verdict of a finding on one requirement of T/CAS 612, from the conformity assessment a
 * certification body or internal auditor makes (clause 9.3). Ordered from best to worst.
 */
public enum Verdict implements Labelled {
  /** The data show the requirement is met. */
  CONFORMS("符合", "Conforms"),
  /** A remark worth the organisation's attention; not a nonconformity. */
  OBSERVATION("观察项", "Observation"),
  /** The requirement cannot be judged from data: an auditor needs evidence. */
  NEEDS_AUDITOR_EVIDENCE("需审核员取证", "Needs auditor evidence"),
  /** A minor nonconformity: a lapse that does not put the system's results in doubt. */
  MINOR_NONCONFORMITY("一般不符合", "Minor nonconformity"),
  /** A major nonconformity: the requirement is not met in a way that puts results in doubt. */
  MAJOR_NONCONFORMITY("严重不符合", "Major nonconformity"),
  /** The rule that judges the requirement failed; the requirement is not judged. */
  RULE_ERROR("规则执行错误", "Rule error");

  private final String labelZh;
  private final String labelEn;

  Verdict(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** Whether this verdict is a nonconformity, minor or major. */
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
