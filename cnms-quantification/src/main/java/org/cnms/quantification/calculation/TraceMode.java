package org.cnms.quantification.calculation;

import org.cnms.core.Labelled;

/**
 * How much of its working a calculation result keeps (T/CAS 612 clause 6.3): every term, so that
 * a verifier can recompute the figure, or a summary shared by all results of the same method,
 * factors and units, for bulk runs.
 */
public enum TraceMode implements Labelled {
  /** Every term of the formula with its value and unit; the trace recomputes its result. */
  FULL("完整", "full"),
  /**
   * The method, formula, factors with provenance, GWP set and library version, shared by all
   * results of the same preparation: no per-record work, no terms.
   */
  SUMMARY("摘要", "summary");

  private final String labelZh;
  private final String labelEn;

  TraceMode(String labelZh, String labelEn) {
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
