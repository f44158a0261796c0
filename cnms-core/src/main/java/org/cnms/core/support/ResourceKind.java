package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * The kinds of resource the management system needs (T/CAS 612 clause 7.1).
 */
public enum ResourceKind implements Labelled {
  /** Competent people. */
  PEOPLE,
  /** Infrastructure. */
  INFRASTRUCTURE,
  /** Information systems, e.g. an energy or carbon management platform. */
  INFORMATION_SYSTEM,
  /** Monitoring and measuring equipment. */
  MONITORING_EQUIPMENT,
  /** Knowledge: accounting methods, technology. */
  KNOWLEDGE,
  /** Financial resources. */
  FINANCE,
  /** Communication channels. */
  COMMUNICATION_CHANNEL;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
