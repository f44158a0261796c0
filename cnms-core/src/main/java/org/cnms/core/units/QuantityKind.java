// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

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
  MASS,
  /** Energy: J, GJ, kWh, MWh, tce. */
  ENERGY,
  /** Geometric volume: L, m³. */
  VOLUME,
  /** Volume of a gas at reference (normal) conditions: Nm³, 10⁴ Nm³. */
  NORMAL_VOLUME,
  /** Length or distance: m, km. */
  LENGTH,
  /** Area: m², ha. */
  AREA,
  /** Duration: h. */
  TIME,
  /** Freight transport work: t·km. */
  TRANSPORT_WORK,
  /** Passenger transport work: passenger·km. */
  PASSENGER_DISTANCE,
  /** Money, for intensities per output value: CNY, 10⁴ CNY. */
  MONEY,
  /** A count of items: pieces, units of product. */
  COUNT,
  /** A mass of CO₂-equivalent: tCO₂e, kgCO₂e. */
  CO2E_MASS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
