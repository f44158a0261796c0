// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;
import org.cnms.quantification.reference.ReferenceData;

/**
 * The kinds of energy purchased whose generation emissions are category-2 emissions (T/CAS 612
 * clause 6.2.1 b), with the default factor keys of the embedded library for the location-based and
 * the market-based figure.
 */
public enum EnergyCarrier implements Labelled {
  /** Electricity: location-based at the MEE/NBS grid average, market-based at the factor excluding
   * market-traded non-fossil power. */
  ELECTRICITY(ReferenceData.GRID_AVERAGE,
      ReferenceData.GRID_EXCLUDING_MARKET_NON_FOSSIL),
  /** Heat (steam, hot water): the default 0.11 tCO₂/GJ on both bases unless the supplier's. */
  HEAT(ReferenceData.HEAT_KEY, ReferenceData.HEAT_KEY);
  private final String locationKey;
  private final String marketKey;

  EnergyCarrier(String locationKey, String marketKey) {
    this.locationKey = locationKey;
    this.marketKey = marketKey;
  }

  /** The default factor key of the location-based figure. */
  public String locationKey() {
    return locationKey;
  }

  /** The default factor key of the market-based figure. */
  public String marketKey() {
    return marketKey;
  }

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
