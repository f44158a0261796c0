package org.cnms.core.support;

import org.cnms.core.Labelled;

/**
 * What kind of evidence a competence record rests on (T/CAS 612 clause 7.2).
 */
public enum EvidenceKind implements Labelled {
  /** Training. */
  TRAINING("培训", "Training"),
  /** Education. */
  EDUCATION("教育", "Education"),
  /** Experience. */
  EXPERIENCE("经历", "Experience"),
  /** A certificate or qualification. */
  CERTIFICATE("资格证书", "Certificate");

  private final String labelZh;
  private final String labelEn;

  EvidenceKind(String labelZh, String labelEn) {
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
