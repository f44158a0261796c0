// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The fifteen scope-3 categories of the GHG Protocol Corporate Value Chain (Scope 3) Standard.
 * Categories 3 to 6 of T/CAS 612 clause 6.2.1 each cover some of them (see {@link
 * EmissionCategory#scope3Categories()}).
 */
public enum Scope3Category implements Labelled {
  /** 1. Purchased goods and services. */
  PURCHASED_GOODS_AND_SERVICES(1),
  /** 2. Capital goods. */
  CAPITAL_GOODS(2),
  /** 3. Fuel- and energy-related activities not included in scope 1 or 2. */
  FUEL_AND_ENERGY_RELATED(3),
  /** 4. Upstream transportation and distribution. */
  UPSTREAM_TRANSPORTATION(4),
  /** 5. Waste generated in operations. */
  WASTE_GENERATED_IN_OPERATIONS(5),
  /** 6. Business travel. */
  BUSINESS_TRAVEL(6),
  /** 7. Employee commuting. */
  EMPLOYEE_COMMUTING(7),
  /** 8. Upstream leased assets. */
  UPSTREAM_LEASED_ASSETS(8),
  /** 9. Downstream transportation and distribution. */
  DOWNSTREAM_TRANSPORTATION(9),
  /** 10. Processing of sold products. */
  PROCESSING_OF_SOLD_PRODUCTS(10),
  /** 11. Use of sold products. */
  USE_OF_SOLD_PRODUCTS(11),
  /** 12. End-of-life treatment of sold products. */
  END_OF_LIFE_OF_SOLD_PRODUCTS(12),
  /** 13. Downstream leased assets. */
  DOWNSTREAM_LEASED_ASSETS(13),
  /** 14. Franchises. */
  FRANCHISES(14),
  /** 15. Investments. */
  INVESTMENTS(15);

  private final int number;

  Scope3Category(int number) {
    this.number = number;
  }

  /** The number of the category in the Scope 3 Standard, 1 to 15. */
  public int number() {
    return number;
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

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
