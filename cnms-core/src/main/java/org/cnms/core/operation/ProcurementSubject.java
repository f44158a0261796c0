package org.cnms.core.operation;

import org.cnms.core.Labelled;

/**
 * What a procurement criterion (采购准则) of T/CAS 612 clause 8.3 applies to: materials, energy,
 * equipment or services that significantly affect carbon-neutrality performance.
 */
public enum ProcurementSubject implements Labelled {
  /** Raw and auxiliary materials. */
  MATERIAL("原材料", "Material"),
  /** Energy: electricity, heat, fuels. */
  ENERGY("能源", "Energy"),
  /** Equipment. */
  EQUIPMENT("设备", "Equipment"),
  /** Services. */
  SERVICE("服务", "Service");

  private final String labelZh;
  private final String labelEn;

  ProcurementSubject(String labelZh, String labelEn) {
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
