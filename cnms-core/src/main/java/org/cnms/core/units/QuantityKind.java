package org.cnms.core.units;

import org.cnms.core.Labelled;

/**
 * The kinds of quantity that activity data, factors and indicators of a carbon-neutrality
 * management system are measured in (T/CAS 612 clauses 6.3, 6.4, 9.1.1). Two units convert into
 * each other only if they measure the same kind.
 *
 * <p>Volumes at reference conditions (Nm³) are a kind of their own, apart from geometric volume
 * (m³); a mass of CO₂-equivalent is a kind of its own, apart from a mass of a gas.
 */
public enum QuantityKind implements Labelled {
  /** Mass: g, kg, t. */
  MASS("质量", "mass"),
  /** Energy: J, GJ, kWh, MWh, tce. */
  ENERGY("能量", "energy"),
  /** Geometric volume: L, m³. */
  VOLUME("体积", "volume"),
  /** Volume of a gas at reference (normal) conditions: Nm³, 10⁴ Nm³. */
  NORMAL_VOLUME("标准状况体积", "volume at normal conditions"),
  /** Length or distance: m, km. */
  LENGTH("长度", "length"),
  /** Area: m², ha. */
  AREA("面积", "area"),
  /** Duration: h. */
  TIME("时间", "time"),
  /** Freight transport work: t·km. */
  TRANSPORT_WORK("货物周转量", "freight transport work"),
  /** Passenger transport work: passenger·km. */
  PASSENGER_DISTANCE("旅客周转量", "passenger transport work"),
  /** Money, for intensities per output value: CNY, 10⁴ CNY. */
  MONEY("货币", "money"),
  /** A count of items: pieces, units of product. */
  COUNT("数量", "count"),
  /** A mass of CO₂-equivalent: tCO₂e, kgCO₂e. */
  CO2E_MASS("二氧化碳当量质量", "mass of CO₂-equivalent");

  private final String labelZh;
  private final String labelEn;

  QuantityKind(String labelZh, String labelEn) {
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
