// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * What part of the organisation's emissions an intensity covers (T/CAS 612 clause 6.4): all of
 * them, one emission category, or one facility.
 */
public enum IntensityScope implements Labelled {
  /** The total emissions of the inventory. */
  TOTAL,
  /** The emissions of one emission category. */
  CATEGORY,
  /** The emissions of one facility. */
  FACILITY;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
