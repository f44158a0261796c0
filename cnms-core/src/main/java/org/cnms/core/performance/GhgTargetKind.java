package org.cnms.core.performance;

import org.cnms.core.Labelled;

/**
 * Whether a GHG target limits emissions or calls for removals (温室气体排放目标或清除目标, T/CAS 612
 * clause 6.6.2).
 */
public enum GhgTargetKind implements Labelled {
  /** A target on emissions. */
  EMISSION("排放目标", "Emission target"),
  /** A target on removals. */
  REMOVAL("清除目标", "Removal target");

  private final String labelZh;
  private final String labelEn;

  GhgTargetKind(String labelZh, String labelEn) {
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
