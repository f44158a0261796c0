// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The approach of a quantification method (量化方法, T/CAS 612 clause 6.2.2): an emission factor
 * applied to activity data, the fuel-combustion method of GB/T 32150, a mass balance, purchased
 * energy, direct measurement, the change of a refrigerant inventory, a removal method, data
 * specific to a supplier, or another approach.
 */
public enum QuantificationApproach implements Labelled {
  /** Activity data times an emission factor. */
  EMISSION_FACTOR,
  /**
   * Fuel combustion: consumption, heating value, carbon content and oxidation rate (GB/T 32150).
   */
  FUEL_COMBUSTION,
  /** Mass balance of carbon in inputs and outputs. */
  MASS_BALANCE,
  /** Purchased electricity, heat or steam times its factor. */
  PURCHASED_ENERGY,
  /** Continuous or periodic measurement of emissions. */
  DIRECT_MEASUREMENT,
  /** Change of a refrigerant or gas inventory: purchases less stock change less disposal. */
  REFRIGERANT_INVENTORY_CHANGE,
  /** Removals by a sink, e.g. growth of forest carbon stock. */
  REMOVAL,
  /** Emission data specific to a supplier. */
  SUPPLIER_SPECIFIC,
  /** Another approach. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
