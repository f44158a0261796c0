// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * How significant a risk or opportunity is rated (T/CAS 612 clause 6.1.1).
 */
public enum RiskRating implements Labelled {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High. */
  HIGH;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
