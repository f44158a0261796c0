package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What a communication is about (T/CAS 612 clause 7.4).
 */
public enum CommunicationTopic implements Labelled {
  /** The carbon-neutrality policy. */
  POLICY,
  /** Targets and progress towards them. */
  TARGETS_AND_PROGRESS,
  /** Greenhouse-gas emissions and removals. */
  EMISSIONS_AND_REMOVALS,
  /** Product carbon footprints. */
  PRODUCT_FOOTPRINT,
  /** Emissions of the value chain. */
  VALUE_CHAIN,
  /** Carbon sinks. */
  SINKS,
  /** Any other topic. */
  OTHER;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
