package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What persons working for the organisation are made aware of (T/CAS 612 clause 7.3).
 */
public enum AwarenessTopic implements Labelled {
  /** The carbon-neutrality policy. */
  POLICY,
  /** The carbon-neutrality targets and GHG objectives. */
  TARGETS,
  /** Their own contribution to the management system. */
  OWN_CONTRIBUTION,
  /** The benefits of improved carbon-neutrality performance. */
  BENEFITS_OF_IMPROVED_PERFORMANCE,
  /** The consequences of not conforming to the management system. */
  CONSEQUENCES_OF_NONCONFORMITY;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
