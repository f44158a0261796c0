// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import java.util.Locale;
import org.cnms.core.Labelled;
import org.cnms.core.i18n.CoreTexts;

/**
 * A means by which an organisation reaches carbon neutrality (实现碳中和的途径, T/CAS 612 clause
 * 6.6.1 d, clause 3.1): its own reductions first, then offsets by carbon credits, carbon allowances
 * or sinks of new forestry projects, and its own removals.
 */
public enum NeutralityMeans implements Labelled {
  /** Reduction of its own emissions. */
  OWN_REDUCTION,
  /** Retirement of carbon credits (e.g. CCER), clause 3.4. */
  CARBON_CREDITS,
  /** Cancellation of carbon allowances, clause 3.3. */
  CARBON_ALLOWANCES,
  /** Sinks of new forestry projects outside its operations, clause 3.7. */
  NEW_FORESTRY_SINKS,
  /** Removals by its own sinks. */
  OWN_REMOVALS;

  @Override
  public String label(Locale locale) {
    return CoreTexts.label(this, locale);
  }
}
