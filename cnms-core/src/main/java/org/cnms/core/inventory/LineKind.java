// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What an inventory line records (T/CAS 612 clause 6.3, after ISO 14064-1 clause 9.3.1): an
 * emission counted in the total, a removal by a sink reported beside it (never as a negative
 * emission), or CO₂ from biomass combustion reported apart and not counted in the total.
 */
public enum LineKind implements Labelled {
  /** A GHG emission, counted in the inventory total. */
  EMISSION,
  /** A GHG removal by a sink, reported apart from emissions. */
  REMOVAL,
  /** Biogenic CO₂ emission, reported apart and not counted in the total. */
  BIOGENIC_CO2;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
