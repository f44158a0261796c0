package org.cnms.quantification.uncertainty;

import org.cnms.core.Labelled;

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
  NORMAL("正态分布", "Normal"),
  /**
   * Lognormal: multiplier {@code exp(μ + σ·z)} with {@code σ² = ln(1 + s²)} and {@code μ = −σ²/2};
   * always positive, skewed, suited to uncertainties above about 30 %.
   */
  LOGNORMAL("对数正态分布", "Lognormal");

  private final String labelZh;
  private final String labelEn;

  Distribution(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
