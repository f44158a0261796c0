package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kind of a carbon-neutrality performance indicator (碳中和绩效参数, T/CAS 612 clauses 3.5 and
 * 6.4): totals, intensities per product or output value, per category, per facility, product carbon
 * footprint, value-chain emissions or intensity.
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

  /** Whether an indicator of this kind may have a denominator. */
  public boolean allowsDenominator() {
    return needsDenominator() || this == OTHER;
  }

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
