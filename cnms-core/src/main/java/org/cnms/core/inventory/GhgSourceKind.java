// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What kind of GHG source (温室气体源) a source is (T/CAS 612 clause 6.2.1): the usual kinds of
 * ISO 14064-1 and GB/T 32150 — combustion, process and fugitive emissions, purchased energy,
 * and the indirect sources of the value chain.
 */
public enum GhgSourceKind implements Labelled {
  /** Combustion of fuel in stationary equipment: boilers, kilns, furnaces. */
  STATIONARY_COMBUSTION,
  /** Combustion of fuel in vehicles and mobile machinery. */
  MOBILE_COMBUSTION,
  /** Emissions of industrial processes: calcination, chemical reactions. */
  PROCESS,
  /** Fugitive emissions: refrigerant leaks, SF₆ from switchgear, methane leaks. */
  FUGITIVE,
  /** Purchased electricity. */
  PURCHASED_ELECTRICITY,
  /** Purchased heat. */
  PURCHASED_HEAT,
  /** Purchased steam. */
  PURCHASED_STEAM,
  /** Transport of goods by others, upstream or downstream. */
  TRANSPORTATION,
  /** Business travel and commuting of employees. */
  BUSINESS_TRAVEL,
  /** Purchased goods and services. */
  PURCHASED_GOODS,
  /** Capital goods. */
  CAPITAL_GOODS,
  /** Treatment of waste generated in operations. */
  WASTE,
  /** Use of the products the organisation sold. */
  USE_OF_SOLD_PRODUCTS,
  /** End-of-life treatment of sold products. */
  END_OF_LIFE,
  /** Investments and franchises. */
  INVESTMENTS,
  /** Any other source. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
