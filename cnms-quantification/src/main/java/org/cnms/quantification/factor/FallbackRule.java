package org.cnms.quantification.factor;

import org.cnms.core.Labelled;

/**
 * An explicit rule by which a {@link FactorLibrary} may use a factor other than one for exactly
 * the activity's region and time (T/CAS 612 clause 6.8, data quality). A library applies only
 * the rules it lists; with none, a lookup matches exactly or fails. Whenever a rule is applied,
 * the lookup says so, and the result's trace carries that note. There is never a silent nearest
 * match.
 */
public enum FallbackRule implements Labelled {
  /**
   * When the library has no factor of the key for the activity's region, the factor for region
   * {@code national} is used.
   */
  NATIONAL_FOR_REGION("区域缺省时采用全国因子",
      "national factor where the region has none"),
  /**
   * When no factor of the key applies to the activity period, the one of the latest earlier data
   * year (or validity ending before the period) is used — e.g. the 2023 grid factor for 2024
   * activity before the 2024 factor is published. A later year is never used.
   */
  LATEST_EARLIER_YEAR("当年因子缺省时采用最近的以前年份因子",
      "latest earlier year where the activity year has none");

  private final String labelZh;
  private final String labelEn;

  FallbackRule(String labelZh, String labelEn) {
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
