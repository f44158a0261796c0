// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;


/**
 * Thrown when a writer appends to a {@link LedgerStore} at a head that is no longer the store's
 * head: another writer appended first (optimistic concurrency, T/CAS 612 clause 6.7). Nothing of
 * the batch was stored; reload the ledger ({@link org.cnms.assets.ledger.Ledger#refresh()}),
 * check the events again and retry.
 */
public final class LedgerConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient LedgerHead expected;
  private final transient LedgerHead actual;

  /**
   * @param location the store, for the message
   * @param expected the head the writer named
   * @param actual the store's head
   */
  public LedgerConflictException(String location, LedgerHead expected, LedgerHead actual) {
    super("Ledger " + location + " has moved on: a writer appended at head " + expected
        + " (" + expected.size() + " entries), but the store's head is " + actual + " ("
        + actual.size() + " entries); reload the ledger and retry");
    this.expected = expected;
    this.actual = actual;
  }

  /** The head the writer named. */
  public LedgerHead expected() {
    return expected;
  }

  /** The store's head when the append was refused. */
  public LedgerHead actual() {
    return actual;
  }
}
