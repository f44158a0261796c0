// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.uncertainty;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * The probability distribution assumed for an uncertain input in a Monte Carlo simulation (IPCC
 * Approach 2, IPCC 2006 Guidelines volume 1, 3.2.3).
 *
 * <p>Both are parameterised so that the mean of a sampled multiplier is exactly 1 and its relative
 * standard deviation is {@code U / 196}, where {@code U} is the uncertainty in percent at the 95 %
 * level (half the width of the 95 % interval relative to the mean).
 */
public enum Distribution implements Labelled {
  /** Normal: multiplier {@code 1 + s·z}, symmetric, may go below zero when s is large. */
  NORMAL,
  /**
   * Lognormal: multiplier {@code exp(μ + σ·z)} with {@code σ² = ln(1 + s²)} and {@code μ = −σ²/2};
   * always positive, skewed, suited to uncertainties above about 30 %.
   */
  LOGNORMAL;

  @Override
  public String label(Locale locale) {
    return QuantificationTexts.label(this, locale);
  }
}
