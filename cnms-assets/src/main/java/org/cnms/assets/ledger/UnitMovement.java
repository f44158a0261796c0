// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import org.cnms.assets.unit.SerialRange;

/**
 * A ledger event that moves units the organisation holds (T/CAS 612 clause 6.7): to another of
 * its accounts, to a buyer, or out of circulation (surrender, retirement, cancellation). Every
 * unit moved must be held when the event is appended.
 */
public sealed interface UnitMovement extends LedgerEvent
    permits Transferred, Sold, SurrenderedForCompliance, RetiredForClaim, Cancelled {

  /** The registry holding the units. */
  String registry();

  /** The units moved. */
  SerialRange serials();
}
