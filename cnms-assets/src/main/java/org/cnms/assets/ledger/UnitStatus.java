// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.Locale;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.core.Labelled;

/**
 * Where a carbon unit stands in the organisation's ledger (T/CAS 612 clause 6.7). Surrendered,
 * retired and cancelled are final: such a unit can never move again.
 */
public enum UnitStatus implements Labelled {
  /** Held in one of the organisation's accounts. */
  HELD(false),
  /** Sold to another party; it may be bought back. */
  SOLD(false),
  /** Surrendered for compliance in an emissions trading scheme (履约清缴). */
  SURRENDERED(true),
  /** Retired for a carbon-neutrality claim (注销用于碳中和声明). */
  RETIRED(true),
  /** Cancelled without a claim (作废). */
  CANCELLED(true);
  private final boolean terminal;

  UnitStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** Whether a unit in this status can never move again. */
  public boolean terminal() {
    return terminal;
  }

  @Override
  public String label(Locale locale) {
    return AssetTexts.label(this, locale);
  }
}
