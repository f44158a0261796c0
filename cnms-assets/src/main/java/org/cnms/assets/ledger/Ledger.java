package org.cnms.assets.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * The carbon-asset ledger (碳资产台账) of an organisation (T/CAS 612 clause 6.7): an append-only,
 * tamper-evident record of everything that happens to its allowances and credits, and the
 * holdings that follow from it.
 *
 * <p><b>Rules.</b> {@link #append} accepts an event only if it keeps every {@link LedgerRule}:
 * units are moved only while held (no spending more than is held), a serial is held in one place
 * and issued once, surrendered, retired and cancelled units never move again (so no unit counts
 * in two claims), event ids are unique. A rejected event throws {@link LedgerRuleException} and
 * leaves the ledger exactly as it was: the event is checked in full before anything changes.
 *
 * <p><b>Tamper evidence.</b> Each entry is chained to the one before by SHA-256 over a canonical
 * encoding of its event (see {@link LedgerEntry}). {@link #verify()} and
 * {@link #verify(Iterable)} name the first altered entry; {@link #importJsonLines} verifies while
 * it reads. Keep {@link #headHash()} elsewhere to detect a rewrite of the whole tail.
 *
 * <p><b>Queries without rescanning.</b> The ledger keeps its state indexed as events arrive:
 * unit totals, holdings by type, vintage and registry (a hash map, O(1) per query), and the state
 * of every serial as disjoint ranges in a {@link TreeMap} per registry and serial prefix
 * (O(log n) to find the units of a range). Retirements are indexed by claim, surrenders by
 * compliance year. No query reads the history.
 *
 * <p><b>Threads.</b> A ledger is mutable but thread-safe: appends and queries are serialised by
 * its lock, and every query returns an immutable value. {@link #snapshot()} returns an immutable
 * {@link LedgerSnapshot} that may be read from any thread while the ledger grows.
 */
public final class Ledger {

  private final EntryStore entries = new EntryStore();
  private final Set<String> eventIds = new HashSet<>();
  private final Map<String, TreeMap<Long, Piece>> spaces = new HashMap<>();
  private final Map<HoldingKey, Long> held = new HashMap<>();
  private final Map<String, List<Retirement>> retirements = new HashMap<>();
  private final Map<String, ReportingPeriod> claimPeriods = new HashMap<>();
  private final Map<Integer, List<Surrender>> surrenders = new HashMap<>();
  private long allocated;
  private long acquired;
  private long heldTotal;
  private long sold;
  private long surrendered;
  private long retired;
  private long cancelled;
  private String headHash = LedgerEntry.GENESIS;

  private Ledger() {}

  /** A new, empty ledger. */
  public static Ledger create() {
    return new Ledger();
  }

  // ---------------------------------------------------------------- appending

  /**
   * Appends an event, if it keeps every {@link LedgerRule}.
   *
   * @param event the event, not null
   * @return the new entry, with its index and hashes
   * @throws LedgerRuleException if the event would break a rule; the ledger is then unchanged
   */
  public synchronized LedgerEntry append(LedgerEvent event) {
    check(event);
    long index = entries.size();
    String hash = EventHashing.hash(index, headHash, event);
    return commit(index, hash, event);
  }

  private LedgerEntry commit(long index, String hash, LedgerEvent event) {
    LedgerEntry entry = LedgerEntry.builder().index(index).previousHash(headHash).hash(hash)
        .event(event).build();
    apply(event);
    entries.add(entry);
    eventIds.add(event.id());
    headHash = hash;
    return entry;
  }

  private static String space(String registry, String prefix) {
    return registry + '\u0000' + prefix;
  }

  private static String name(LedgerEvent e) {
    return e.getClass().getSimpleName().replace("Immutable", "");
  }

  /** The pieces overlapping {@code s..e}, in order, unclipped. */
  private static List<Piece> overlapping(@Nullable TreeMap<Long, Piece> map, long s, long e) {
    List<Piece> out = new ArrayList<>(2);
    if (map == null) {
      return out;
    }
    Map.Entry<Long, Piece> floor = map.floorEntry(s);
    long from = floor != null && floor.getValue().end >= s ? floor.getKey() : s;
    for (Piece p : map.subMap(from, true, e, true).values()) {
      out.add(p);
    }
    return out;
  }

  private void check(LedgerEvent event) {
    if (eventIds.contains(event.id())) {
      throw new LedgerRuleException(LedgerRule.UNIQUE_EVENT_ID, event.id(), "Event " + event.id()
          + " (" + name(event) + ") has the id of an event already in the ledger; event ids are"
          + " unique");
    }
    if (event instanceof UnitArrival) {
      checkArrival((UnitArrival) event);
    } else {
      checkMovement((UnitMovement) event);
    }
  }

  private void checkArrival(UnitArrival a) {
    UnitBlock b = a.block();
    SerialRange r = b.serials();
    for (Piece p : overlapping(spaces.get(space(b.registry(), r.prefix())), r.start(), r.end())) {
      Piece c = p.clip(r.start(), r.end());
      String head = "Event " + a.id() + " (" + name(a) + ") brings in " + b.registry() + " " + r
          + ", but " + c.serials();
      if (p.status == UnitStatus.HELD) {
        throw new LedgerRuleException(LedgerRule.SERIAL_HELD_ONCE, a.id(), head
            + " are already held in account " + p.account + " (event " + p.eventId
            + "); a serial is held in one place only");
      }
      if (p.status.terminal()) {
        throw new LedgerRuleException(LedgerRule.FINAL_UNITS_NEVER_MOVE, a.id(), head + " were "
            + p.status.name().toLowerCase(java.util.Locale.ROOT) + " by event " + p.eventId
            + "; surrendered, retired or cancelled units never move again");
      }
      if (a instanceof Issued) {
        throw new LedgerRuleException(LedgerRule.SERIAL_ISSUED_ONCE, a.id(), head
            + " were issued before and sold by event " + p.eventId
            + "; a serial is issued once only (buy it back with Acquired)");
      }
    }
  }

  private void checkMovement(UnitMovement m) {
    SerialRange r = m.serials();
    List<Piece> pieces = overlapping(spaces.get(space(m.registry(), r.prefix())), r.start(),
        r.end());
    long heldCount = 0;
    long next = r.start();
    String problem = null;
    LedgerRule rule = LedgerRule.UNITS_HELD;
    for (Piece p : pieces) {
      Piece c = p.clip(r.start(), r.end());
      if (c.start > next && problem == null) {
        problem = SerialRange.of(r.prefix(), next, c.start - 1) + " are not held";
      }
      if (p.status == UnitStatus.HELD) {
        heldCount += c.size();
      } else if (problem == null || (p.status.terminal() && rule != LedgerRule.FINAL_UNITS_NEVER_MOVE)) {
        if (p.status.terminal()) {
          rule = LedgerRule.FINAL_UNITS_NEVER_MOVE;
          problem = c.serials() + " were " + p.status.name().toLowerCase(java.util.Locale.ROOT)
              + " by event " + p.eventId + " and can never move again";
        } else {
          problem = c.serials() + " were sold by event " + p.eventId;
        }
      }
      next = c.end + 1;
    }
    if (next <= r.end() && problem == null) {
      problem = SerialRange.of(r.prefix(), next, r.end()) + " are not held";
    }
    if (problem != null) {
      throw new LedgerRuleException(rule, m.id(), "Event " + m.id() + " (" + name(m)
          + ") moves " + r.size() + " units " + m.registry() + " " + r + ", but only "
          + heldCount + " of them are held: " + problem);
    }
    if (m instanceof RetiredForClaim) {
      RetiredForClaim rc = (RetiredForClaim) m;
      ReportingPeriod known = claimPeriods.get(rc.claimId());
      if (known != null && !known.equals(rc.claimPeriod())) {
        throw new LedgerRuleException(LedgerRule.ONE_PERIOD_PER_CLAIM, m.id(), "Event " + m.id()
            + " (RetiredForClaim) retires units for claim " + rc.claimId() + " with period "
            + rc.claimPeriod() + ", but earlier retirements for that claim name " + known);
      }
    }
  }

  // ---------------------------------------------------------------- applying (after check)

  private void apply(LedgerEvent event) {
    if (event instanceof UnitArrival) {
      UnitArrival a = (UnitArrival) event;
      UnitBlock b = a.block();
      SerialRange r = b.serials();
      TreeMap<Long, Piece> map = spaces.computeIfAbsent(space(b.registry(), r.prefix()),
          k -> new TreeMap<>());
      for (Piece p : overlapping(map, r.start(), r.end())) {
        // only sold units can be here: bought back
        cut(map, p, r.start(), r.end());
      }
      HoldingKey key = HoldingKey.of(b.type(), b.vintage(), b.registry());
      UnitPrice cost = a instanceof Acquired ? ((Acquired) a).price() : null;
      map.put(r.start(), new Piece(r.start(), r.end(), b, key, UnitStatus.HELD, a.account(), cost,
          a.id(), null, null));
      held.merge(key, r.size(), Long::sum);
      heldTotal += r.size();
      if (a instanceof Issued) {
        allocated += r.size();
      } else {
        acquired += r.size();
      }
      return;
    }
    UnitMovement m = (UnitMovement) event;
    SerialRange r = m.serials();
    TreeMap<Long, Piece> map = spaces.get(space(m.registry(), r.prefix()));
    for (Piece p : overlapping(map, r.start(), r.end())) {
      Piece c = cut(map, p, r.start(), r.end());
      Piece moved;
      long n = c.size();
      if (m instanceof Transferred) {
        moved = c.moved(UnitStatus.HELD, ((Transferred) m).toAccount(), m.id(), null, null);
      } else {
        held.merge(c.key, -n, Long::sum);
        held.remove(c.key, 0L);
        heldTotal -= n;
        if (m instanceof Sold) {
          sold += n;
          moved = c.moved(UnitStatus.SOLD, null, m.id(), null, null);
        } else if (m instanceof SurrenderedForCompliance) {
          SurrenderedForCompliance s = (SurrenderedForCompliance) m;
          surrendered += n;
          moved = c.moved(UnitStatus.SURRENDERED, null, m.id(), null, s.complianceYear());
          surrenders.computeIfAbsent(s.complianceYear(), y -> new ArrayList<>()).add(
              Surrender.builder().eventId(s.id()).date(s.date()).block(c.subBlock())
                  .complianceYear(s.complianceYear()).scheme(s.scheme()).build());
        } else if (m instanceof RetiredForClaim) {
          RetiredForClaim rc = (RetiredForClaim) m;
          retired += n;
          moved = c.moved(UnitStatus.RETIRED, null, m.id(), rc.claimId(), null);
          claimPeriods.putIfAbsent(rc.claimId(), rc.claimPeriod());
          retirements.computeIfAbsent(rc.claimId(), k -> new ArrayList<>()).add(
              Retirement.builder().eventId(rc.id()).date(rc.date()).block(c.subBlock())
                  .claimId(rc.claimId()).claimPeriod(rc.claimPeriod())
                  .beneficiary(rc.beneficiary()).purpose(rc.purpose()).build());
        } else {
          cancelled += n;
          moved = c.moved(UnitStatus.CANCELLED, null, m.id(), null, null);
        }
      }
      map.put(moved.start, moved);
    }
  }

  /** Removes {@code p} from the map, puts back its parts outside {@code s..e}, returns the rest. */
  private static Piece cut(TreeMap<Long, Piece> map, Piece p, long s, long e) {
    map.remove(p.start);
    if (p.start < s) {
      map.put(p.start, p.clip(p.start, s - 1));
    }
    if (p.end > e) {
      map.put(e + 1, p.clip(e + 1, p.end));
    }
    return p.clip(s, e);
  }

  // ---------------------------------------------------------------- queries

  /** The number of entries. */
  public synchronized long size() {
    return entries.size();
  }

  /** The hash of the last entry, or {@link LedgerEntry#GENESIS} for an empty ledger. */
  public synchronized String headHash() {
    return headHash;
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
    return LedgerTotals.builder().allocated(allocated).acquired(acquired).held(heldTotal)
        .sold(sold).surrendered(surrendered).retired(retired).cancelled(cancelled).build();
  }

  /** The units held of one type, vintage and registry. O(1). */
  public synchronized long held(HoldingKey key) {
    return held.getOrDefault(key, 0L);
  }

  /** The units held per type, vintage and registry, in key order; O(number of keys). */
  public synchronized Map<HoldingKey, Long> holdings() {
    return Collections.unmodifiableMap(new TreeMap<>(held));
  }

  /**
   * The state of the units of {@code serials} in {@code registry}, one entry per maximal range in
   * one state, in serial order; serials the ledger has never seen are left out. O(log n + k).
   */
  public synchronized List<UnitState> states(String registry, SerialRange serials) {
    List<UnitState> out = new ArrayList<>();
    for (Piece p : overlapping(spaces.get(space(registry, serials.prefix())), serials.start(),
        serials.end())) {
      out.add(p.clip(serials.start(), serials.end()).toState());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The state of every unit the ledger has seen, as disjoint ranges ordered by registry, prefix
   * and serial. O(number of ranges): for audits and tests, not for balances.
   */
  public synchronized List<UnitState> unitStates() {
    List<String> keys = new ArrayList<>(spaces.keySet());
    Collections.sort(keys);
    List<UnitState> out = new ArrayList<>();
    for (String k : keys) {
      for (Piece p : spaces.get(k).values()) {
        out.add(p.toState());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The units held now, as ranges in registry, prefix and serial order. */
  public synchronized List<UnitState> heldUnits() {
    List<UnitState> out = new ArrayList<>();
    for (UnitState s : unitStates()) {
      if (s.status() == UnitStatus.HELD) {
        out.add(s);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The units retired for claim {@code claimId}, in the order retired. */
  public synchronized List<Retirement> retirementsFor(String claimId) {
    return List.copyOf(retirements.getOrDefault(claimId, List.of()));
  }

  /** The ids of the claims units were retired for, sorted. */
  public synchronized List<String> claimIds() {
    List<String> ids = new ArrayList<>(retirements.keySet());
    Collections.sort(ids);
    return Collections.unmodifiableList(ids);
  }

  /** The units surrendered for compliance year {@code year}, in the order surrendered. */
  public synchronized List<Surrender> surrendersFor(int year) {
    return List.copyOf(surrenders.getOrDefault(year, List.of()));
  }

  /** An immutable snapshot of the ledger as it is now. O(number of holding keys). */
  public synchronized LedgerSnapshot snapshot() {
    return new LedgerSnapshot(entries.view(), headHash, totals(), holdings());
  }

  // ---------------------------------------------------------------- verification

  /** Verifies this ledger's hash chain, recomputing every hash. */
  public synchronized LedgerVerification verify() {
    return verify(entries.view());
  }

  /**
   * Verifies a hash chain of entries: each entry's index, its hash recomputed from its event, and
   * its link to the entry before. Names the first altered entry: the entry whose content no
   * longer matches its hash, or, when an entry was rewritten together with its hash, that entry
   * (the next one still names its original hash).
   *
   * @param chain the entries from index 0, not null
   * @return the verification
   */
  public static LedgerVerification verify(Iterable<LedgerEntry> chain) {
    Verifier v = new Verifier();
    for (LedgerEntry e : chain) {
      LedgerVerification bad = v.check(e);
      if (bad != null) {
        return bad;
      }
    }
    return v.intact();
  }

  /**
   * Verifies a JSON Lines export (one {@link LedgerEntry} per line) without replaying it. A line
   * that cannot be read is named as the first altered entry.
   *
   * @param in the export, not null; read to the first problem or the end, not closed
   * @return the verification
   * @throws UncheckedIOException if reading fails
   */
  public static LedgerVerification verifyJsonLines(Reader in) {
    return readChain(in, e -> { });
  }

  /**
   * Reads a JSON Lines export line by line, checks each entry's link in the hash chain and hands
   * every intact entry to {@code accept}, in order. Stops at the first altered or unreadable entry
   * and returns its verification; otherwise returns the verification of the intact chain.
   */
  private static LedgerVerification readChain(Reader in, Consumer<LedgerEntry> accept) {
    Verifier v = new Verifier();
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        LedgerEntry e;
        try {
          e = readEntry(line);
        } catch (IllegalArgumentException ex) {
          return altered(v.index, v.index, null, "it cannot be read: " + ex.getMessage());
        }
        LedgerVerification bad = v.check(e);
        if (bad != null) {
          return bad;
        }
        accept.accept(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read ledger export: " + e.getMessage(), e);
    }
    return v.intact();
  }

  /** Walks a chain entry by entry. */
  private static final class Verifier {
    private String previous = LedgerEntry.GENESIS;
    private @Nullable String previousId;
    private long index;

    @Nullable LedgerVerification check(LedgerEntry e) {
      String problem = problem(e, index, previous);
      if (problem != null) {
        boolean blamePrevious = problem.startsWith("@");
        return blamePrevious ? altered(index, index - 1, previousId, problem.substring(1))
            : altered(index, index, e.event().id(), problem);
      }
      previous = e.hash();
      previousId = e.event().id();
      index++;
      return null;
    }

    LedgerVerification intact() {
      LedgerVerification.Builder b = LedgerVerification.builder().entriesChecked(index);
      if (index > 0) {
        b.headHash(previous);
      }
      return b.build();
    }
  }

  private static LedgerVerification altered(long checked, long index, @Nullable String id,
      String problem) {
    LedgerVerification.Builder b = LedgerVerification.builder().entriesChecked(checked)
        .firstAlteredIndex(index).problem("Entry " + index
            + (id == null ? "" : " (event " + id + ")") + " was altered: " + problem);
    if (id != null) {
      b.firstAlteredEventId(id);
    }
    return b.build();
  }

  /** Null if entry {@code e} at position {@code i} is intact; "@..." blames the entry before. */
  private static @Nullable String problem(LedgerEntry e, long i, String previous) {
    if (e.index() != i) {
      return "its index is " + e.index() + " but it is entry " + i;
    }
    if (!EventHashing.hash(i, e.previousHash(), e.event()).equals(e.hash())) {
      return "its content does not match its hash " + e.hash();
    }
    if (!e.previousHash().equals(previous)) {
      return i == 0 ? "it names previous hash " + e.previousHash() + " instead of the genesis"
          : "@it was rewritten with a new hash; entry " + i + " still names its original hash "
              + e.previousHash();
    }
    return null;
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * Writes the ledger as JSON Lines: one {@link LedgerEntry} per line, in order, each a compact
   * JSON object {@code {"index":…,"previousHash":…,"hash":…,"event":{"type":…,…}}}.
   *
   * @param out where to write, not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void exportJsonLines(Writer out) {
    List<LedgerEntry> view = entries();
    try {
      for (LedgerEntry e : view) {
        out.write(EventHashing.MAPPER.writeValueAsString(e));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write ledger export: " + e.getMessage(), e);
    }
  }

  /** The ledger as JSON Lines text; see {@link #exportJsonLines}. */
  public String toJsonLines() {
    StringWriter w = new StringWriter();
    exportJsonLines(w);
    return w.toString();
  }

  /**
   * Reads a ledger from JSON Lines, verifying the hash chain of every entry before replaying its
   * event through the rules.
   *
   * @param in the export, not null; read to the end, not closed
   * @return the ledger, equal in content to the one exported
   * @throws LedgerTamperedException naming the first altered or unreadable entry
   * @throws LedgerRuleException if a correctly chained event breaks a rule
   * @throws UncheckedIOException if reading fails
   */
  public static Ledger importJsonLines(Reader in) {
    Ledger ledger = new Ledger();
    readChain(in, e -> {
      synchronized (ledger) {
        ledger.check(e.event());
        ledger.commit(e.index(), e.hash(), e.event());
      }
    }).throwIfAltered();
    return ledger;
  }

  /** Reads a ledger from JSON Lines text; see {@link #importJsonLines(Reader)}. */
  public static Ledger fromJsonLines(String jsonLines) {
    return importJsonLines(new StringReader(jsonLines));
  }

  private static LedgerEntry readEntry(String line) {
    try {
      return EventHashing.MAPPER.readValue(line, LedgerEntry.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          CnmsJson.translate(null, LedgerEntry.class, e).problem(), e);
    }
  }
}
