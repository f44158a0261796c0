package org.cnms.core.inventory;

import org.cnms.core.Labelled;

/**
 * What kind of GHG source (温室气体源) a source is (T/CAS 612 clause 6.2.1): the usual kinds of
 * ISO 14064-1 and GB/T 32150 — combustion, process and fugitive emissions, purchased energy,
 * and the indirect sources of the value chain.
 */
public enum GhgSourceKind implements Labelled {
  /** Combustion of fuel in stationary equipment: boilers, kilns, furnaces. */
  STATIONARY_COMBUSTION("固定燃烧源", "Stationary combustion"),
  /** Combustion of fuel in vehicles and mobile machinery. */
  MOBILE_COMBUSTION("移动燃烧源", "Mobile combustion"),
  /** Emissions of industrial processes: calcination, chemical reactions. */
  PROCESS("工业过程排放", "Process emissions"),
  /** Fugitive emissions: refrigerant leaks, SF₆ from switchgear, methane leaks. */
  FUGITIVE("逸散排放", "Fugitive emissions"),
  /** Purchased electricity. */
  PURCHASED_ELECTRICITY("外购电力", "Purchased electricity"),
  /** Purchased heat. */
  PURCHASED_HEAT("外购热力", "Purchased heat"),
  /** Purchased steam. */
  PURCHASED_STEAM("外购蒸汽", "Purchased steam"),
  /** Transport of goods by others, upstream or downstream. */
  TRANSPORTATION("运输", "Transportation"),
  /** Business travel and commuting of employees. */
  BUSINESS_TRAVEL("差旅与通勤", "Business travel"),
  /** Purchased goods and services. */
  PURCHASED_GOODS("外购商品和服务", "Purchased goods and services"),
  /** Capital goods. */
  CAPITAL_GOODS("资本货物", "Capital goods"),
  /** Treatment of waste generated in operations. */
  WASTE("废弃物处理", "Waste"),
  /** Use of the products the organisation sold. */
  USE_OF_SOLD_PRODUCTS("售出产品的使用", "Use of sold products"),
  /** End-of-life treatment of sold products. */
  END_OF_LIFE("售出产品的报废处理", "End-of-life treatment"),
  /** Investments and franchises. */
  INVESTMENTS("投资", "Investments"),
  /** Any other source. */
  OTHER("其他排放源", "Other source");

  private final String labelZh;
  private final String labelEn;

  GhgSourceKind(String labelZh, String labelEn) {
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
