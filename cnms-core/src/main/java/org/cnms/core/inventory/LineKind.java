package org.cnms.core.inventory;

import org.cnms.core.Labelled;

/**
 * What an inventory line records (T/CAS 612 clause 6.3, after ISO 14064-1 clause 9.3.1): an
 * emission counted in the total, a removal by a sink reported beside it (never as a negative
 * emission), or CO₂ from biomass combustion reported apart and not counted in the total.
 */
public enum LineKind implements Labelled {
  /** A GHG emission, counted in the inventory total. */
  EMISSION("排放", "Emission"),
  /** A GHG removal by a sink, reported apart from emissions. */
  REMOVAL("清除", "Removal"),
  /** Biogenic CO₂ emission, reported apart and not counted in the total. */
  BIOGENIC_CO2("生物源二氧化碳排放", "Biogenic CO₂ emission");

  private final String labelZh;
  private final String labelEn;

  LineKind(String labelZh, String labelEn) {
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
