// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * How a phased target (阶段性目标) of a carbon-neutrality target is expressed (T/CAS 612 clause
 * 6.6.1 b): a reduction in percent from the baseline, a cap on absolute emissions in tCO₂e, a
 * reduction in percent of an intensity indicator, or carbon neutrality itself.
 */
public enum PhasedTargetKind implements Labelled {
  /** Emissions reduced by a percentage of the baseline. */
  REDUCTION_PERCENT_FROM_BASELINE,
  /** Emissions at or below a mass of CO₂e. */
  ABSOLUTE_EMISSIONS_CAP,
  /** An intensity indicator reduced by a percentage. */
  INTENSITY_REDUCTION_PERCENT,
  /** Carbon neutrality reached for the covered categories. */
  CARBON_NEUTRAL;

  /** Whether the target's value is a percentage, 0 to 100. */
  public boolean isPercent() {
    return this == REDUCTION_PERCENT_FROM_BASELINE || this == INTENSITY_REDUCTION_PERCENT;
  }

  /** Whether the target carries a value: all kinds but {@link #CARBON_NEUTRAL}. */
  public boolean hasValue() {
    return this != CARBON_NEUTRAL;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
