package org.cnms.core.ghg;

import org.cnms.core.Labelled;

/**
 * The fifteen scope-3 categories of the GHG Protocol Corporate Value Chain (Scope 3) Standard.
 * Categories 3 to 6 of T/CAS 612 clause 6.2.1 each cover some of them (see {@link
 * EmissionCategory#scope3Categories()}).
 */
public enum Scope3Category implements Labelled {
  /** 1. Purchased goods and services. */
  PURCHASED_GOODS_AND_SERVICES(1, "外购商品和服务", "Purchased goods and services"),
  /** 2. Capital goods. */
  CAPITAL_GOODS(2, "资本货物", "Capital goods"),
  /** 3. Fuel- and energy-related activities not included in scope 1 or 2. */
  FUEL_AND_ENERGY_RELATED(3, "燃料和能源相关活动", "Fuel- and energy-related activities"),
  /** 4. Upstream transportation and distribution. */
  UPSTREAM_TRANSPORTATION(4, "上游运输和配送", "Upstream transportation and distribution"),
  /** 5. Waste generated in operations. */
  WASTE_GENERATED_IN_OPERATIONS(5, "运营中产生的废弃物", "Waste generated in operations"),
  /** 6. Business travel. */
  BUSINESS_TRAVEL(6, "商务差旅", "Business travel"),
  /** 7. Employee commuting. */
  EMPLOYEE_COMMUTING(7, "员工通勤", "Employee commuting"),
  /** 8. Upstream leased assets. */
  UPSTREAM_LEASED_ASSETS(8, "上游租赁资产", "Upstream leased assets"),
  /** 9. Downstream transportation and distribution. */
  DOWNSTREAM_TRANSPORTATION(9, "下游运输和配送", "Downstream transportation and distribution"),
  /** 10. Processing of sold products. */
  PROCESSING_OF_SOLD_PRODUCTS(10, "售出产品的加工", "Processing of sold products"),
  /** 11. Use of sold products. */
  USE_OF_SOLD_PRODUCTS(11, "售出产品的使用", "Use of sold products"),
  /** 12. End-of-life treatment of sold products. */
  END_OF_LIFE_OF_SOLD_PRODUCTS(12, "售出产品的报废处理", "End-of-life treatment of sold products"),
  /** 13. Downstream leased assets. */
  DOWNSTREAM_LEASED_ASSETS(13, "下游租赁资产", "Downstream leased assets"),
  /** 14. Franchises. */
  FRANCHISES(14, "特许经营", "Franchises"),
  /** 15. Investments. */
  INVESTMENTS(15, "投资", "Investments");

  private final int number;
  private final String labelZh;
  private final String labelEn;

  Scope3Category(int number, String labelZh, String labelEn) {
    this.number = number;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** The number of the category in the Scope 3 Standard, 1 to 15. */
  public int number() {
    return number;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /**
   * The category with the given number.
   *
   * @param number 1 to 15
   * @return the category
   * @throws IllegalArgumentException if {@code number} is not between 1 and 15
   */
  public static Scope3Category ofNumber(int number) {
    if (number < 1 || number > 15) {
      throw new IllegalArgumentException(
          "A scope-3 category number is between 1 and 15, but was " + number);
    }
    return values()[number - 1];
  }
}
