// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import org.cnms.assets.unit.UnitBlock;

/**
 * A ledger event that brings units into the organisation's holding (T/CAS 612 clause 6.7):
 * {@link Issued} (allocation or issuance) or {@link Acquired}.
 */
public sealed interface UnitArrival extends LedgerEvent permits Issued, Acquired {

  /** The units that arrive. */
  UnitBlock block();

  /** The organisation's account that receives them. */
  String account();
}
