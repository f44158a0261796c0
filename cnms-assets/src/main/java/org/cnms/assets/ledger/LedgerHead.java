// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.Objects;
import org.cnms.core.internal.Checks;

/**
 * The head of a carbon-asset ledger (T/CAS 612 clause 6.7): how many entries it holds and the hash
 * of the last one ({@link LedgerEntry#GENESIS} when empty). A writer appends "at" the head it
 * knows; a store refuses the append if its head has moved on (optimistic concurrency).
 *
 * <p>Immutable, thread-safe; treat as a value type.
 */
public final class LedgerHead {

  /** The head of an empty ledger: 0 entries, {@link LedgerEntry#GENESIS}. */
  public static final LedgerHead EMPTY = new LedgerHead(0, LedgerEntry.GENESIS);

  private final long size;
  private final String hash;

  private LedgerHead(long size, String hash) {
    this.size = size;
    this.hash = hash;
  }

  /**
   * The head of a ledger of {@code size} entries whose last entry has hash {@code hash}.
   *
   * @param size the number of entries, not negative
   * @param hash the hash of entry {@code size − 1}, or {@link LedgerEntry#GENESIS} if size is 0
   * @return the head
   * @throws IllegalArgumentException if size is negative or the hash is not 64 lower-case hex
   *     digits, or an empty ledger names a hash other than the genesis
   */
  public static LedgerHead of(long size, String hash) {
    Objects.requireNonNull(hash, "hash");
    if (size < 0) {
      throw new IllegalArgumentException("LedgerHead.size must not be negative, but was " + size);
    }
    if (!Checks.isLowerHex(hash, 64)) {
      throw new IllegalArgumentException("LedgerHead.hash must be 64 lower-case hex digits, but"
          + " was '" + hash + "'");
    }
    if (size == 0 && !hash.equals(LedgerEntry.GENESIS)) {
      throw new IllegalArgumentException("The head of an empty ledger is the genesis hash, but"
          + " was " + hash);
    }
    return new LedgerHead(size, hash);
  }

  /** The head after {@code entry}: {@code entry.index() + 1} entries ending in its hash. */
  public static LedgerHead after(LedgerEntry entry) {
    return new LedgerHead(entry.index() + 1, entry.hash());
  }

  /** The number of entries; also the index the next entry gets. */
  public long size() {
    return size;
  }

  /** The hash of the last entry, or {@link LedgerEntry#GENESIS}. */
  public String hash() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerHead h && h.size == size && h.hash.equals(hash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + hash.hashCode();
  }

  /** The head as {@code 12@3be99b61…} (size and the first 8 hex digits of the hash). */
  @Override
  public String toString() {
    return size + "@" + hash.substring(0, 8);
  }
}
