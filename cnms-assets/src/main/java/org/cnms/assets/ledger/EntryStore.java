// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The append-only store of a ledger's entries: fixed-size chunks that are never rewritten, so a
 * view of the first {@code n} entries stays valid and immutable while the ledger grows. Appends
 * are made under the ledger's lock; views may be read from any thread.
 */
final class EntryStore {

  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private LedgerEntry[][] chunks = new LedgerEntry[16][];
  private long size;

  void add(LedgerEntry entry) {
    int chunk = (int) (size >>> SHIFT);
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new LedgerEntry[CHUNK];
    }
    chunks[chunk][(int) (size & MASK)] = entry;
    size++;
  }

  long size() {
    return size;
  }

  LedgerEntry get(long index) {
    return chunks[(int) (index >>> SHIFT)][(int) (index & MASK)];
  }

  /** An immutable view of the first {@link #size()} entries. */
  List<LedgerEntry> view() {
    return new View(chunks, size);
  }

  private static final class View extends AbstractList<LedgerEntry> implements RandomAccess {
    private final LedgerEntry[][] chunks;
    private final int size;

    View(LedgerEntry[][] chunks, long size) {
      if (size > Integer.MAX_VALUE) {
        throw new IllegalStateException("A ledger of " + size + " entries is too large for a list"
            + " view; read it by index");
      }
      this.chunks = chunks;
      this.size = (int) size;
    }

    @Override
    public LedgerEntry get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("Entry " + index + " of a ledger of " + size);
      }
      return chunks[index >>> SHIFT][index & MASK];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
