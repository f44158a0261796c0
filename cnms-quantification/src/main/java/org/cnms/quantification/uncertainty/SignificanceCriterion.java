// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * A criterion for the significance of indirect GHG emissions (ISO 14064-1:2018 clause 5.2.3,
 * applied by T/CAS 612 clause 6.2.1 to categories 2 to 6).
 */
public enum SignificanceCriterion implements Labelled {
  /** Magnitude: the indirect emissions are estimated to be substantial in quantity. */
  MAGNITUDE,
  /** Level of influence: the organisation can monitor and reduce the emissions. */
  LEVEL_OF_INFLUENCE,
  /** Risk or opportunity: the emissions contribute to the organisation's exposure or chances. */
  RISK_OR_OPPORTUNITY,
  /** Sector-specific guidance: the sector deems the emissions significant. */
  SECTOR_SPECIFIC_GUIDANCE,
  /** Outsourcing: the emissions come from outsourced activities that are typically core. */
  OUTSOURCING,
  /** Employee engagement: the emissions could motivate employees to reduce energy use. */
  EMPLOYEE_ENGAGEMENT;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
