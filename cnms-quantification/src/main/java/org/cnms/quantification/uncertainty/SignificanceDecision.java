package org.cnms.quantification.uncertainty;

import org.cnms.core.Labelled;

/**
 * The decision on an indirect emission category after its significance assessment (ISO 14064-1
 * clause 5.2.3): quantify it in the inventory, or exclude it with a justification.
 */
public enum SignificanceDecision implements Labelled {
  /** The category is quantified and reported. */
  QUANTIFY("量化", "Quantify"),
  /** The category is excluded; the assessment's rationale is the justification. */
  EXCLUDE("排除（附理由）", "Exclude with justification");

  private final String labelZh;
  private final String labelEn;

  SignificanceDecision(String labelZh, String labelEn) {
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
