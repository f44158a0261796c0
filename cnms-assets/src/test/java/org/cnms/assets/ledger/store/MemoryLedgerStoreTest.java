// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger.store;

import org.cnms.assets.ledger.MemoryLedgerStore;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.assets.testing.LedgerStoreContract;

/** The store contract in memory: a second writer shares the same store object. */
class MemoryLedgerStoreTest extends LedgerStoreContract {

  @Override
  protected LedgerStore newStore() {
    return new MemoryLedgerStore();
  }

  @Override
  protected LedgerStore reopen(LedgerStore store) {
    return store;
  }
}
