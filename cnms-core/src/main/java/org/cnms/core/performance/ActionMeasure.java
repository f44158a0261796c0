package org.cnms.core.performance;

import org.cnms.core.Labelled;

/**
 * The kind of measure an action plan takes (T/CAS 612 clause 6.6.3, the measures the clause
 * lists, and others).
 */
public enum ActionMeasure implements Labelled {
  /** Energy management. */
  ENERGY_MANAGEMENT("能源管理", "Energy management"),
  /** Change or optimisation of a process. */
  PROCESS_CHANGE("工艺改进", "Process change"),
  /** Use of renewable energy. */
  RENEWABLE_ENERGY("可再生能源利用", "Renewable energy"),
  /** Substitution of fuels. */
  FUEL_SUBSTITUTION("燃料替代", "Fuel substitution"),
  /** Substitution of raw materials. */
  MATERIAL_SUBSTITUTION("原料替代", "Material substitution"),
  /** Recovery of waste heat and pressure. */
  WASTE_HEAT_RECOVERY("余热余压利用", "Waste heat recovery"),
  /** Reuse and recycling of resources. */
  RESOURCE_REUSE("资源综合利用", "Resource reuse"),
  /** Carbon capture, utilisation and storage. */
  CCUS("碳捕集、利用与封存", "Carbon capture, utilisation and storage"),
  /** Purchase of green electricity or certificates. */
  GREEN_POWER_PURCHASE("绿色电力购买", "Green power purchase"),
  /** Management of refrigerants and fugitive gases. */
  REFRIGERANT_MANAGEMENT("制冷剂管理", "Refrigerant management"),
  /** Any other measure. */
  OTHER("其他措施", "Other measure");

  private final String labelZh;
  private final String labelEn;

  ActionMeasure(String labelZh, String labelEn) {
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
