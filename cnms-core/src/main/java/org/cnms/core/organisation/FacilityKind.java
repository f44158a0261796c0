package org.cnms.core.organisation;

import org.cnms.core.Labelled;

/** What kind of site a {@link Facility} is (T/CAS 612 clause 4.3, physical boundaries). */
public enum FacilityKind implements Labelled {
  /** A production plant. */
  PLANT("生产厂区", "Plant"),
  /** An office or head office. */
  OFFICE("办公场所", "Office"),
  /** A warehouse or logistics site. */
  WAREHOUSE("仓储物流场所", "Warehouse"),
  /** A laboratory or R&amp;D site. */
  LABORATORY("研发试验场所", "Laboratory"),
  /** Land managed by the organisation: forest, plantation. */
  LAND("土地（林地等）", "Land"),
  /** A fleet of vehicles or other mobile equipment. */
  FLEET("移动设施（车队）", "Fleet"),
  /** Any other site. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  FacilityKind(String labelZh, String labelEn) {
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
