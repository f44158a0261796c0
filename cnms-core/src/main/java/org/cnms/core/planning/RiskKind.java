// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * Whether a planning item is a risk (风险) or an opportunity (机遇) (T/CAS 612 clause 6.1.1).
 */
public enum RiskKind implements Labelled {
  /** A risk. */
  RISK,
  /** An opportunity. */
  OPPORTUNITY;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
