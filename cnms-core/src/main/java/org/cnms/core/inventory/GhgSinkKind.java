package org.cnms.core.inventory;

import org.cnms.core.Labelled;

/**
 * What kind of GHG sink (温室气体汇) a sink is (T/CAS 612 clauses 3.7 and 6.2.1): forestry and
 * vegetation that remove CO₂, or capture and storage.
 */
public enum GhgSinkKind implements Labelled {
  /** Afforestation of land not forested before. */
  AFFORESTATION("造林", "Afforestation"),
  /** Reforestation of land that was forested. */
  REFORESTATION("再造林", "Reforestation"),
  /** Improved management of existing forest. */
  FOREST_MANAGEMENT("森林经营", "Forest management"),
  /** Restoration of grassland, wetland or other vegetation. */
  VEGETATION_RESTORATION("植被恢复", "Vegetation restoration"),
  /** Capture of CO₂ and its geological storage. */
  CARBON_CAPTURE_AND_STORAGE("碳捕集与封存", "Carbon capture and storage"),
  /** Any other sink. */
  OTHER("其他温室气体汇", "Other sink");

  private final String labelZh;
  private final String labelEn;

  GhgSinkKind(String labelZh, String labelEn) {
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
