package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kind of measure an action plan takes (T/CAS 612 clause 6.6.3, the measures the clause
 * lists, and others).
 */
public enum ActionMeasure implements Labelled {
  /** Energy management. */
  ENERGY_MANAGEMENT,
  /** Change or optimisation of a process. */
  PROCESS_CHANGE,
  /** Use of renewable energy. */
  RENEWABLE_ENERGY,
  /** Substitution of fuels. */
  FUEL_SUBSTITUTION,
  /** Substitution of raw materials. */
  MATERIAL_SUBSTITUTION,
  /** Recovery of waste heat and pressure. */
  WASTE_HEAT_RECOVERY,
  /** Reuse and recycling of resources. */
  RESOURCE_REUSE,
  /** Carbon capture, utilisation and storage. */
  CCUS,
  /** Purchase of green electricity or certificates. */
  GREEN_POWER_PURCHASE,
  /** Management of refrigerants and fugitive gases. */
  REFRIGERANT_MANAGEMENT,
  /** Any other measure. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
