package org.cnms.core.performance;

import org.cnms.core.Labelled;

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
  TOTAL_EMISSIONS("温室气体排放总量", "Total emissions"),
  /** Total GHG removals. */
  TOTAL_REMOVALS("温室气体清除总量", "Total removals"),
  /** Emissions less removals. */
  NET_EMISSIONS("温室气体净排放量", "Net emissions"),
  /** Emissions per unit of product. */
  INTENSITY_PER_PRODUCT("单位产品排放强度", "Emission intensity per product"),
  /** Emissions per unit of output value. */
  INTENSITY_PER_OUTPUT_VALUE("单位产值排放强度", "Emission intensity per output value"),
  /** Emissions of one category of clause 6.2.1. */
  CATEGORY_EMISSIONS("分类别排放量", "Emissions of a category"),
  /** Emissions of one facility. */
  FACILITY_EMISSIONS("设施排放量", "Emissions of a facility"),
  /** Carbon footprint of a product per declared unit (ISO 14067). */
  PRODUCT_FOOTPRINT("产品碳足迹", "Product carbon footprint"),
  /** Emissions of the value chain. */
  VALUE_CHAIN_EMISSIONS("价值链排放量", "Value-chain emissions"),
  /** Value-chain emissions per unit of product or output. */
  VALUE_CHAIN_INTENSITY("价值链排放强度", "Value-chain intensity"),
  /** Another indicator chosen by the organisation. */
  OTHER("其他绩效参数", "Other indicator");

  private final String labelZh;
  private final String labelEn;

  IndicatorKind(String labelZh, String labelEn) {
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

  /** Whether an indicator of this kind is a ratio and needs a denominator. */
  public boolean needsDenominator() {
    return this == INTENSITY_PER_PRODUCT || this == INTENSITY_PER_OUTPUT_VALUE
        || this == VALUE_CHAIN_INTENSITY || this == PRODUCT_FOOTPRINT;
  }

  /** Whether an indicator of this kind may have a denominator. */
  public boolean allowsDenominator() {
    return needsDenominator() || this == OTHER;
  }
}
