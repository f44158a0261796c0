package org.cnms.core.inventory;

import org.cnms.core.Labelled;

/**
 * The approach of a quantification method (量化方法, T/CAS 612 clause 6.2.2): an emission factor
 * applied to activity data, the fuel-combustion method of GB/T 32150, a mass balance, purchased
 * energy, direct measurement, the change of a refrigerant inventory, a removal method, data
 * specific to a supplier, or another approach.
 */
public enum QuantificationApproach implements Labelled {
  /** Activity data times an emission factor. */
  EMISSION_FACTOR("排放因子法", "Emission factor"),
  /**
   * Fuel combustion: consumption, heating value, carbon content and oxidation rate (GB/T 32150).
   */
  FUEL_COMBUSTION("燃料燃烧计算法", "Fuel combustion"),
  /** Mass balance of carbon in inputs and outputs. */
  MASS_BALANCE("质量平衡法", "Mass balance"),
  /** Purchased electricity, heat or steam times its factor. */
  PURCHASED_ENERGY("外购能源计算法", "Purchased energy"),
  /** Continuous or periodic measurement of emissions. */
  DIRECT_MEASUREMENT("实测法", "Direct measurement"),
  /** Change of a refrigerant or gas inventory: purchases less stock change less disposal. */
  REFRIGERANT_INVENTORY_CHANGE("制冷剂库存变化法", "Refrigerant inventory change"),
  /** Removals by a sink, e.g. growth of forest carbon stock. */
  REMOVAL("碳清除计算法", "Removal"),
  /** Emission data specific to a supplier. */
  SUPPLIER_SPECIFIC("供应商特定数据法", "Supplier-specific data"),
  /** Another approach. */
  OTHER("其他方法", "Other approach");

  private final String labelZh;
  private final String labelEn;

  QuantificationApproach(String labelZh, String labelEn) {
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
