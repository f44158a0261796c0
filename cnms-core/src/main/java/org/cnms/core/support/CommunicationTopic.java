// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.support;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * What an external communication can cover, as T/CAS 612 clause 7.4 lists it (可, in its order):
 * the policy, the targets and progress towards them, emissions and removals, product carbon
 * footprints, the management of value-chain emissions, carbon sinks. The list is a possibility,
 * not a requirement, and gives no letters: a communication on anything else has no topic.
 */
public enum CommunicationTopic implements Labelled {
  /** The carbon-neutrality policy. */
  POLICY,
  /** Targets and progress towards them. */
  TARGETS_AND_PROGRESS,
  /** Emissions and removals. */
  EMISSIONS_AND_REMOVALS,
  /** Product carbon footprints. */
  PRODUCT_FOOTPRINT,
  /** The management of value-chain emissions. */
  VALUE_CHAIN,
  /** Carbon sinks. */
  SINKS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
