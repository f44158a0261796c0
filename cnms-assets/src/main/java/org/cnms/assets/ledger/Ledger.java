// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.assets.unit.SerialRange;

/**
 * The carbon-asset ledger (碳资产台账) of an organisation (T/CAS 612 clause 6.7): an append-only,
 * tamper-evident record of everything that happens to its allowances and credits, and the
 * holdings that follow from it.
 *
 * <p><b>Rules.</b> {@link #append} accepts an event only if it keeps every {@link LedgerRule}
 * (checked by {@code LedgerRules}): units are moved only while held, a serial is held in one place
 * and issued once, surrendered, retired and cancelled units never move again, event ids are
 * unique. Registries and serial prefixes are compared in their
 * {@linkplain org.cnms.assets.unit.UnitIdentity canonical form}, so no spelling holds or retires a
 * unit twice. A rejected event throws {@link LedgerRuleException} and leaves the ledger and its
 * store exactly as they were; {@link #appendAll} appends a batch all or nothing.
 *
 * <p><b>Storage.</b> The ledger writes through a {@link LedgerStore}: {@link #create()} keeps it in
 * memory, {@link #open(LedgerStore)} reopens a persistent one (a JSON Lines file, a database),
 * verifying the hash chain and replaying every event through the rules. Several writers (threads
 * or processes), each with its own {@code Ledger} over one store, may append: an append at a head
 * another writer has moved on is refused with {@link LedgerConflictException}, nothing changed;
 * {@link #refresh()} then reads the other writer's entries and the append can be retried.
 *
 * <p><b>Tamper evidence.</b> Each entry is chained to the one before by SHA-256 over the RFC 8785
 * canonical JSON of the entry (see {@link LedgerEntry}); {@link ChainVerifier} walks a chain and
 * names the first altered entry. Keep {@link #headHash()} elsewhere to detect a rewrite of the
 * whole tail.
 *
 * <p><b>Queries without rescanning.</b> The ledger's state is indexed as events arrive (unit
 * totals, holdings by type, vintage and registry, the state of every serial as disjoint ranges per
 * numbering space, retirements by claim, surrenders by compliance year); no query reads the
 * history.
 *
 * <p><b>Threads.</b> A ledger is mutable but thread-safe: appends and queries are serialised by
 * its lock, and every query returns an immutable value. {@link #snapshot()} returns an immutable
 * {@link LedgerSnapshot} that may be read from any thread while the ledger grows.
 */
public final class Ledger {

  /** How many entries are read from a store at a time. */
  private static final int PAGE = 4096;

  private final LedgerStore store;
  private final SerialIndex index = new SerialIndex();
  private final EntryStore entries = new EntryStore();
  private LedgerHead head = LedgerHead.EMPTY;
  private int headChain = LedgerEntry.CHAIN_V1;

  private Ledger(LedgerStore store) {
    this.store = store;
  }

  /** A new, empty ledger in memory. */
  public static Ledger create() {
    return new Ledger(new MemoryLedgerStore());
  }

  /**
   * The ledger kept in {@code store}: every stored entry is read, its hash chain verified and its
   * event replayed through the rules. An empty store gives an empty ledger.
   *
   * @param store the store, not null; appends go to it
   * @return the ledger
   * @throws LedgerTamperedException naming the first altered or unreadable entry
   * @throws LedgerRuleException if a correctly chained event breaks a rule
   */
  public static Ledger open(LedgerStore store) {
    Ledger l = new Ledger(store);
    l.refresh();
    return l;
  }

  /**
   * Copies a ledger from JSON Lines into an empty store, verifying the hash chain and replaying
   * every event through the rules as it reads; the entries keep their hashes and chain versions.
   * Written in batches; on a problem the entries before the first bad one stay in the store.
   *
   * @param in the JSON Lines, not null; read to the end, not closed
   * @param target an empty store, not null
   * @return the ledger over {@code target}
   * @throws IllegalArgumentException if {@code target} is not empty
   * @throws LedgerTamperedException naming the first altered or unreadable entry
   * @throws LedgerRuleException if a correctly chained event breaks a rule
   */
  public static Ledger importJsonLines(Reader in, LedgerStore target) {
    if (target.head().size() != 0) {
      throw new IllegalArgumentException("Cannot import a ledger into " + target.location()
          + ", which already holds " + target.head().size() + " entries");
    }
    Ledger l = new Ledger(target);
    List<LedgerEntry> batch = new ArrayList<>(PAGE);
    LedgerVerification v;
    synchronized (l) {
      v = LedgerJsonLines.read(in, e -> {
        batch.add(e);
        if (batch.size() == PAGE) {
          l.replay(batch, true);
          batch.clear();
        }
      });
      if (!batch.isEmpty()) {
        l.replay(batch, true);
      }
    }
    v.throwIfAltered();
    return l;
  }

  // ---------------------------------------------------------------- appending

  /**
   * Appends an event, if it keeps every {@link LedgerRule}.
   *
   * @param event the event, not null
   * @return the new entry, with its index and hashes
   * @throws LedgerRuleException if the event would break a rule; the ledger is then unchanged
   * @throws LedgerConflictException if another writer appended to the store first; the ledger is
   *     then unchanged: {@link #refresh()} and retry
   * @throws IllegalArgumentException if the event cannot be hashed (an integer beyond 2^53 − 1)
   */
  public LedgerEntry append(LedgerEvent event) {
    return appendAll(List.of(event)).get(0);
  }

  /**
   * Appends events in order, all or none: each must keep every {@link LedgerRule} given the ones
   * before it; the store receives them in one append (one transaction of a database store).
   *
   * @param events the events, not null, at least one
   * @return the new entries
   * @throws LedgerRuleException naming the first event that would break a rule; the ledger and its
   *     store are then unchanged
   * @throws LedgerConflictException if another writer appended to the store first; nothing
   *     changed: {@link #refresh()} and retry
   * @throws IllegalArgumentException if the list is empty or an event cannot be hashed
   */
  public synchronized List<LedgerEntry> appendAll(List<? extends LedgerEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("appendAll needs at least one event");
    }
    List<LedgerEntry> out = new ArrayList<>(events.size());
    LedgerHead h = head;
    index.begin();
    try {
      for (LedgerEvent event : events) {
        LedgerRules.check(index, event);
        String hash = ChainHashing.hash(LedgerEntry.CHAIN_V2, h.size(), h.hash(), event);
        LedgerEntry entry = LedgerEntry.builder().chain(LedgerEntry.CHAIN_V2).index(h.size())
            .previousHash(h.hash()).hash(hash).event(event).build();
        index.apply(event);
        out.add(entry);
        h = LedgerHead.after(entry);
      }
      store.append(head, out);
    } catch (RuntimeException e) {
      index.rollback();
      throw e;
    }
    index.commit();
    for (LedgerEntry e : out) {
      entries.add(e);
    }
    head = h;
    headChain = LedgerEntry.CHAIN_V2;
    return List.copyOf(out);
  }

  /**
   * Reads the entries other writers appended to the store since this ledger last saw it,
   * verifying their chain and replaying them through the rules.
   *
   * @return how many entries were read
   * @throws LedgerTamperedException naming the first altered or unreadable entry; the ledger keeps
   *     the entries before it
   * @throws LedgerRuleException if a correctly chained event breaks a rule; likewise
   */
  public synchronized long refresh() {
    long before = head.size();
    for (List<LedgerEntry> page = store.read(head.size(), PAGE); !page.isEmpty();
        page = store.read(head.size(), PAGE)) {
      replay(page, false);
    }
    return head.size() - before;
  }

  /** Verifies, checks and applies stored entries as they are (hash and chain version kept). */
  private void replay(List<LedgerEntry> page, boolean write) {
    ChainVerifier v = ChainVerifier.continuing(head, headChain);
    List<LedgerEntry> accepted = new ArrayList<>(page.size());
    LedgerHead start = head;
    try {
      for (LedgerEntry e : page) {
        Optional<LedgerVerification> bad = v.accept(e);
        if (bad.isPresent()) {
          bad.get().throwIfAltered();
        }
        LedgerRules.check(index, e.event());
        index.apply(e.event());
        entries.add(e);
        accepted.add(e);
        head = LedgerHead.after(e);
        headChain = e.chain();
      }
    } finally {
      if (write && !accepted.isEmpty()) {
        store.append(start, accepted);
      }
    }
  }

  // ---------------------------------------------------------------- queries

  /** The store the ledger writes through. */
  public LedgerStore store() {
    return store;
  }

  /** The number of entries. */
  public synchronized long size() {
    return head.size();
  }

  /** The head: the number of entries and the hash of the last. */
  public synchronized LedgerHead head() {
    return head;
  }

  /** The hash of the last entry, or {@link LedgerEntry#GENESIS} for an empty ledger. */
  public synchronized String headHash() {
    return head.hash();
  }

  /**
   * The entry at {@code index}.
   *
   * @throws IndexOutOfBoundsException if there is no such entry
   */
  public synchronized LedgerEntry entry(long index) {
    if (index < 0 || index >= entries.size()) {
      throw new IndexOutOfBoundsException("Entry " + index + " of a ledger of " + entries.size());
    }
    return entries.get(index);
  }

  /** The entries so far, as an immutable list that does not grow with the ledger. O(1). */
  public synchronized List<LedgerEntry> entries() {
    return entries.view();
  }

  /** The unit flows: allocated, acquired, held, sold, surrendered, retired, cancelled. O(1). */
  public synchronized LedgerTotals totals() {
    return index.totals();
  }

  /** The units held of one type, vintage and registry. O(1). */
  public synchronized long held(HoldingKey key) {
    return index.held(key);
  }

  /**
   * The units held per type, vintage and registry (the registry in its canonical form), in key
   * order; O(number of keys).
   */
  public synchronized Map<HoldingKey, Long> holdings() {
    return index.holdings();
  }

  /**
   * The state of the units of {@code serials} in {@code registry}, one entry per maximal range in
   * one state, in serial order; serials the ledger has never seen are left out. Registry and
   * prefix may be spelled in any way with the same canonical form. O(log n + k).
   */
  public synchronized List<UnitState> states(String registry, SerialRange serials) {
    return index.states(registry, serials);
  }

  /**
   * The state of every unit the ledger has seen, as disjoint ranges ordered by registry, prefix
   * and serial. O(number of ranges): for audits and tests, not for balances.
   */
  public synchronized List<UnitState> unitStates() {
    return index.unitStates();
  }

  /** The units held now, as ranges in registry, prefix and serial order. */
  public synchronized List<UnitState> heldUnits() {
    List<UnitState> out = new ArrayList<>();
    for (UnitState s : index.unitStates()) {
      if (s.status() == UnitStatus.HELD) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The units retired for claim {@code claimId}, in the order retired. */
  public synchronized List<Retirement> retirementsFor(String claimId) {
    return index.retirementsFor(claimId);
  }

  /** The ids of the claims units were retired for, sorted. */
  public synchronized List<String> claimIds() {
    return index.claimIds();
  }

  /** The units surrendered for compliance year {@code year}, in the order surrendered. */
  public synchronized List<Surrender> surrendersFor(int year) {
    return index.surrendersFor(year);
  }

  /** An immutable snapshot of the ledger as it is now. O(number of holding keys). */
  public synchronized LedgerSnapshot snapshot() {
    return new LedgerSnapshot(entries.view(), head.hash(), totals(), holdings());
  }

  // ---------------------------------------------------------------- verification

  /** Verifies this ledger's hash chain, recomputing every hash. */
  public synchronized LedgerVerification verify() {
    return verify(entries.view());
  }

  /**
   * Verifies a hash chain of entries with a {@link ChainVerifier}, naming the first altered one.
   *
   * @param chain the entries from index 0, not null
   * @return the verification
   */
  public static LedgerVerification verify(Iterable<LedgerEntry> chain) {
    ChainVerifier v = new ChainVerifier();
    for (LedgerEntry e : chain) {
      Optional<LedgerVerification> bad = v.accept(e);
      if (bad.isPresent()) {
        return bad.get();
      }
    }
    return v.intact();
  }

  /**
   * Verifies a JSON Lines export without replaying it; see {@link LedgerJsonLines#verify}.
   *
   * @param in the export, not null; not closed
   * @return the verification
   * @throws UncheckedIOException if reading fails
   */
  public static LedgerVerification verifyJsonLines(Reader in) {
    return LedgerJsonLines.verify(in);
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * Writes the ledger as JSON Lines, one {@link LedgerEntry} per line; see
   * {@link LedgerJsonLines}.
   *
   * @param out where to write, not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void exportJsonLines(Writer out) {
    LedgerJsonLines.write(entries(), out);
  }

  /** The ledger as JSON Lines text; see {@link #exportJsonLines}. */
  public String toJsonLines() {
    StringWriter w = new StringWriter();
    exportJsonLines(w);
    return w.toString();
  }

  /**
   * Reads a ledger from JSON Lines into memory, verifying the hash chain of every entry before
   * replaying its event through the rules.
   *
   * @param in the export, not null; read to the end, not closed
   * @return the ledger, equal in content to the one exported
   * @throws LedgerTamperedException naming the first altered or unreadable entry
   * @throws LedgerRuleException if a correctly chained event breaks a rule
   * @throws UncheckedIOException if reading fails
   */
  public static Ledger importJsonLines(Reader in) {
    return importJsonLines(in, new MemoryLedgerStore());
  }

  /** Reads a ledger from JSON Lines text; see {@link #importJsonLines(Reader)}. */
  public static Ledger fromJsonLines(String jsonLines) {
    return importJsonLines(new StringReader(jsonLines));
  }
}
