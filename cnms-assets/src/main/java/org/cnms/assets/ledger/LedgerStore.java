// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.List;

/**
 * Where a carbon-asset ledger (T/CAS 612 clauses 6.7 and 7.5.3) keeps its entries: the service
 * a {@link org.cnms.assets.ledger.Ledger} appends through and reopens from. Implementations: in
 * memory ({@link MemoryLedgerStore}), a JSON Lines file
 * ({@link org.cnms.assets.ledger.store.JsonLinesLedgerStore}) and, in the module
 * {@code cnms-ledger-jdbc}, a relational database.
 *
 * <p>The whole contract:
 * <ul>
 *   <li><b>Append-only.</b> Entries are never changed or removed; {@link #append} adds entries at
 *       the end, durably before it returns. After a failure or a crash of the writer every entry
 *       is whole or absent, and no entry is stored without the ones before it. A database store
 *       stores a batch all or none (one transaction); a file store may keep a prefix of a batch
 *       whose writer crashed, which is still a correctly chained ledger.</li>
 *   <li><b>Optimistic concurrency.</b> {@link #append} names the head the writer knows. If the
 *       store's head is another (a second writer appended first), nothing is stored and
 *       {@link LedgerConflictException} says so; the writer reloads (see
 *       {@link org.cnms.assets.ledger.Ledger#refresh()}) and retries. Of two writers appending at
 *       the same head exactly one succeeds.</li>
 *   <li><b>Well-formed batches only.</b> The first entry of a batch has index
 *       {@code expected.size()} and names {@code expected.hash()} as its previous hash; each next
 *       entry follows its predecessor the same way. A batch that does not is refused with an
 *       {@link IllegalArgumentException} and nothing is stored. A store checks links, not hashes
 *       or ledger rules: the ledger computes and verifies those.</li>
 *   <li><b>Reading.</b> {@link #read} returns stored entries by index; an entry the store holds but
 *       cannot read back (a malformed row or line) is reported as a
 *       {@link org.cnms.assets.ledger.LedgerTamperedException} naming its index.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe; a store may be shared by several ledgers (writers) of one
 * process, and persistent stores by several processes.
 */
public interface LedgerStore extends AutoCloseable {

  /**
   * The head of the store as it is now.
   *
   * @return the number of entries and the hash of the last
   */
  LedgerHead head();

  /**
   * Up to {@code max} stored entries from index {@code from}, in order; fewer (or none) at the
   * end of the store.
   *
   * @param from the index of the first entry, not negative
   * @param max the most entries to return, positive
   * @return the entries
   * @throws org.cnms.assets.ledger.LedgerTamperedException if a stored entry cannot be read
   */
  List<LedgerEntry> read(long from, int max);

  /**
   * Appends entries at the head {@code expected}, all or none, durably.
   *
   * @param expected the head the writer knows, not null
   * @param entries the entries, at least one, linked as the class documentation says
   * @return the new head
   * @throws LedgerConflictException if the store's head is not {@code expected}; nothing stored
   * @throws IllegalArgumentException if the batch is empty or its entries are not linked to the
   *     expected head and each other; nothing stored
   * @throws java.io.UncheckedIOException or another runtime exception if the store fails; nothing
   *     of the batch is then stored
   */
  LedgerHead append(LedgerHead expected, List<LedgerEntry> entries);

  /** Where the store keeps its entries, for messages: a file path or a JDBC URL (no password). */
  String location();

  /** Releases the store's resources. Idempotent. */
  @Override
  void close();

  /**
   * Checks that {@code entries} may be appended at {@code expected}: not empty, the first at index
   * {@code expected.size()} naming {@code expected.hash()}, each next following its predecessor.
   * For implementations.
   *
   * @param expected the head, not null
   * @param entries the batch, not null
   * @throws IllegalArgumentException if not
   */
  static void checkBatch(LedgerHead expected, List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("A ledger append needs at least one entry");
    }
    long index = expected.size();
    String previous = expected.hash();
    for (LedgerEntry e : entries) {
      if (e.index() != index) {
        throw new IllegalArgumentException("Entry " + e.index() + " (event " + e.event().id()
            + ") cannot be appended as entry " + index + ": its index is not the next one");
      }
      if (!e.previousHash().equals(previous)) {
        throw new IllegalArgumentException("Entry " + e.index() + " (event " + e.event().id()
            + ") names previous hash " + e.previousHash() + ", but the entry before it has hash "
            + previous);
      }
      index++;
      previous = e.hash();
    }
  }
}
