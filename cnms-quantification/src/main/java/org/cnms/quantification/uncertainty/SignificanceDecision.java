// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * The decision on an indirect emission category after its significance assessment (ISO 14064-1
 * clause 5.2.3): quantify it in the inventory, or exclude it with a justification.
 */
public enum SignificanceDecision implements Labelled {
  /** The category is quantified and reported. */
  QUANTIFY,
  /** The category is excluded; the assessment's rationale is the justification. */
  EXCLUDE;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
