// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link LedgerStore} in memory: the entries live as long as the store object. For tests,
 * scripts and ledgers read from a file and not written back. Thread-safe.
 */
public final class MemoryLedgerStore implements LedgerStore {

  private final List<LedgerEntry> entries = new ArrayList<>();
  private LedgerHead head = LedgerHead.EMPTY;

  /** A new, empty store. */
  public MemoryLedgerStore() {}

  @Override
  public synchronized LedgerHead head() {
    return head;
  }

  @Override
  public synchronized List<LedgerEntry> read(long from, int max) {
    if (from < 0 || max < 1) {
      throw new IllegalArgumentException("Cannot read " + max + " entries from index " + from);
    }
    if (from >= entries.size()) {
      return List.of();
    }
    int to = (int) Math.min(entries.size(), from + (long) max);
    return Collections.unmodifiableList(new ArrayList<>(entries.subList((int) from, to)));
  }

  @Override
  public synchronized LedgerHead append(LedgerHead expected, List<LedgerEntry> batch) {
    if (!head.equals(expected)) {
      throw new LedgerConflictException(location(), expected, head);
    }
    LedgerStore.checkBatch(expected, batch);
    entries.addAll(batch);
    head = LedgerHead.after(batch.get(batch.size() - 1));
    return head;
  }

  @Override
  public String location() {
    return "memory";
  }

  @Override
  public void close() {}
}
