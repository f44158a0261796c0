// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kind of a carbon neutrality performance indicator (碳中和绩效参数, T/CAS 612 clauses 3.5 and
 * 6.4): totals, intensities per product or output value, per category, per facility, product carbon
 * footprint, value-chain emissions or intensity — a finer grain of the items a)–f) of 6.4's
 * second list, to which {@link #option()} maps each kind.
 *
 * <p>Intensities ({@link #INTENSITY_PER_PRODUCT}, {@link #INTENSITY_PER_OUTPUT_VALUE}, {@link
 * #VALUE_CHAIN_INTENSITY}, and {@link #PRODUCT_FOOTPRINT}, stated per declared unit of product)
 * need a denominator; the other kinds have none, except {@link #OTHER}, which may have one.
 */
public enum IndicatorKind implements Labelled {
  /** Total GHG emissions. */
  TOTAL_EMISSIONS,
  /** Total GHG removals. */
  TOTAL_REMOVALS,
  /** Emissions less removals. */
  NET_EMISSIONS,
  /** Emissions per unit of product. */
  INTENSITY_PER_PRODUCT,
  /** Emissions per unit of output value. */
  INTENSITY_PER_OUTPUT_VALUE,
  /** Emissions of one category of clause 6.2.1. */
  CATEGORY_EMISSIONS,
  /** Emissions of one facility. */
  FACILITY_EMISSIONS,
  /** Carbon footprint of a product per declared unit (ISO 14067). */
  PRODUCT_FOOTPRINT,
  /** Emissions of the value chain. */
  VALUE_CHAIN_EMISSIONS,
  /** Value-chain emissions per unit of product or output. */
  VALUE_CHAIN_INTENSITY,
  /** Another indicator chosen by the organisation. */
  OTHER;

  /** Whether an indicator of this kind is a ratio and needs a denominator. */
  public boolean needsDenominator() {
    return this == INTENSITY_PER_PRODUCT || this == INTENSITY_PER_OUTPUT_VALUE
        || this == VALUE_CHAIN_INTENSITY || this == PRODUCT_FOOTPRINT;
  }

  /**
   * The item of 6.4's second list a)–f) this kind falls under; empty for {@link #OTHER}, which
   * the standard permits as well.
   */
  public java.util.Optional<IndicatorOption> option() {
    switch (this) {
      case TOTAL_EMISSIONS:
      case TOTAL_REMOVALS:
      case NET_EMISSIONS:
        return java.util.Optional.of(IndicatorOption.EMISSIONS_AND_REMOVALS);
      case INTENSITY_PER_PRODUCT:
      case INTENSITY_PER_OUTPUT_VALUE:
        return java.util.Optional.of(IndicatorOption.EMISSION_INTENSITY);
      case CATEGORY_EMISSIONS:
        return java.util.Optional.of(IndicatorOption.PER_CATEGORY);
      case FACILITY_EMISSIONS:
        return java.util.Optional.of(IndicatorOption.PER_FACILITY);
      case PRODUCT_FOOTPRINT:
        return java.util.Optional.of(IndicatorOption.PRODUCT_CARBON_FOOTPRINT);
      case VALUE_CHAIN_EMISSIONS:
      case VALUE_CHAIN_INTENSITY:
        return java.util.Optional.of(IndicatorOption.VALUE_CHAIN);
      default:
        return java.util.Optional.empty();
    }
  }

  /** Whether an indicator of this kind may have a denominator. */
  public boolean allowsDenominator() {
    return needsDenominator() || this == OTHER;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
