// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Why purchased emission reductions are planned (T/CAS 612 clause 6.7 b).
 */
public enum PurchasePurpose implements Labelled {
  /** For compliance, e.g. surrender in an emissions trading scheme. */
  COMPLIANCE,
  /** For offsetting emissions in a carbon-neutrality claim. */
  OFFSETTING;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
