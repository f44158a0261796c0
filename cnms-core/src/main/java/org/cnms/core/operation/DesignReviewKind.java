package org.cnms.core.operation;

import org.cnms.core.Labelled;

/**
 * What a design review (设计评审) of T/CAS 612 clause 8.2 is about: new or modified equipment,
 * facilities, processes or information systems that can significantly affect the
 * carbon-neutrality target, or the eco-design of a new product.
 */
public enum DesignReviewKind implements Labelled {
  /** New equipment. */
  NEW_EQUIPMENT("新设备", "New equipment"),
  /** Modified or refurbished equipment. */
  MODIFIED_EQUIPMENT("改造设备", "Modified equipment"),
  /** A new facility or site. */
  NEW_FACILITY("新设施", "New facility"),
  /** A change of a process. */
  PROCESS_CHANGE("工艺变更", "Process change"),
  /** A new or changed information system. */
  INFORMATION_SYSTEM("信息系统", "Information system"),
  /** The eco-design of a new product, to reduce its life-cycle emissions. */
  NEW_PRODUCT_ECODESIGN("新产品生态设计", "Eco-design of a new product");

  private final String labelZh;
  private final String labelEn;

  DesignReviewKind(String labelZh, String labelEn) {
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
