// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.operation;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What is purchased, as T/CAS 612 clause 8.3 (采购) names it, in its order: raw materials,
 * materials, energy, equipment, facilities, products and services. The clause lists them in one
 * sentence without letters, so the constants have no citation of their own.
 */
public enum ProcurementSubject implements Labelled {
  /** Raw materials. */
  RAW_MATERIAL,
  /** Materials. */
  MATERIAL,
  /** Energy: electricity, heat, fuels. */
  ENERGY,
  /** Equipment. */
  EQUIPMENT,
  /** Facilities. */
  FACILITY,
  /** Products. */
  PRODUCT,
  /** Services. */
  SERVICE;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
