package org.cnms.core.support;

import org.cnms.core.Labelled;

/**
 * What a communication is about (T/CAS 612 clause 7.4).
 */
public enum CommunicationTopic implements Labelled {
  /** The carbon-neutrality policy. */
  POLICY("碳中和方针", "Policy"),
  /** Targets and progress towards them. */
  TARGETS_AND_PROGRESS("目标及进展", "Targets and progress"),
  /** Greenhouse-gas emissions and removals. */
  EMISSIONS_AND_REMOVALS("温室气体排放和清除", "Emissions and removals"),
  /** Product carbon footprints. */
  PRODUCT_FOOTPRINT("产品碳足迹", "Product carbon footprint"),
  /** Emissions of the value chain. */
  VALUE_CHAIN("价值链排放", "Value chain"),
  /** Carbon sinks. */
  SINKS("碳汇", "Carbon sinks"),
  /** Any other topic. */
  OTHER("其他", "Other");

  private final String labelZh;
  private final String labelEn;

  CommunicationTopic(String labelZh, String labelEn) {
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
