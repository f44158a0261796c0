// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.Locale;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.core.Labelled;

/**
 * The invariants the carbon-asset ledger keeps (T/CAS 612 clause 6.7); an event that would break
 * one is rejected and the ledger stays as it was.
 */
public enum LedgerRule implements Labelled {
  /** Every event has an id no other event of the ledger has. */
  UNIQUE_EVENT_ID,
  /** Units can only be moved, sold or spent while held: no spending more than is held. */
  UNITS_HELD,
  /** A serial is held in one place only. */
  SERIAL_HELD_ONCE,
  /** A serial is issued or allocated once only. */
  SERIAL_ISSUED_ONCE,
  /** Surrendered, retired and cancelled units never move again; none counts in two claims. */
  FINAL_UNITS_NEVER_MOVE,
  /** All retirements for one claim name the same claim period. */
  ONE_PERIOD_PER_CLAIM;

  @Override
  public String label(Locale locale) {
    return AssetTexts.label(this, locale);
  }
}
