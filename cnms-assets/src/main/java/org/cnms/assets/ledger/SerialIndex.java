// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.assets.unit.UnitIdentity;
import org.cnms.core.organisation.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * The state the ledger derives from its events (T/CAS 612 clause 6.7), indexed so that no query
 * rescans the history: every serial as disjoint ranges in a {@link TreeMap} per numbering space
 * (registry and serial prefix in their {@linkplain UnitIdentity#canonical canonical form}), the
 * units held per type, vintage and registry, the unit flows, retirements by claim, surrenders by
 * compliance year, and the event ids seen.
 *
 * <p>{@link #apply} assumes the event was checked by {@link LedgerRules}. Between
 * {@link #begin()} and {@link #commit()} every change is journalled, so that {@link #rollback()}
 * undoes a batch of events in time proportional to the batch, not to the ledger.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class SerialIndex {

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

  private @Nullable List<Runnable> journal;
  private long @Nullable [] countersAtBegin;

  // ---------------------------------------------------------------- batches

  /** Starts journalling changes, so that {@link #rollback()} can undo them. */
  void begin() {
    journal = new ArrayList<>();
    countersAtBegin = new long[] {allocated, acquired, heldTotal, sold, surrendered, retired,
        cancelled};
  }

  /** Keeps the changes since {@link #begin()}. */
  void commit() {
    journal = null;
    countersAtBegin = null;
  }

  /** Undoes every change since {@link #begin()}. */
  void rollback() {
    List<Runnable> j = journal;
    long[] c = countersAtBegin;
    journal = null;
    countersAtBegin = null;
    if (j == null || c == null) {
      return;
    }
    for (int i = j.size() - 1; i >= 0; i--) {
      j.get(i).run();
    }
    allocated = c[0];
    acquired = c[1];
    heldTotal = c[2];
    sold = c[3];
    surrendered = c[4];
    retired = c[5];
    cancelled = c[6];
  }

  private void undo(Runnable r) {
    if (journal != null) {
      journal.add(r);
    }
  }

  private void put(TreeMap<Long, Piece> map, Piece p) {
    Piece old = map.put(p.start, p);
    undo(old == null ? () -> map.remove(p.start) : () -> map.put(p.start, old));
  }

  private void remove(TreeMap<Long, Piece> map, long start) {
    Piece old = map.remove(start);
    if (old != null) {
      undo(() -> map.put(start, old));
    }
  }

  private void addHeld(HoldingKey key, long n) {
    Long old = held.get(key);
    long now = (old == null ? 0 : old) + n;
    if (now == 0) {
      held.remove(key);
    } else {
      held.put(key, now);
    }
    undo(old == null ? () -> held.remove(key) : () -> held.put(key, old));
  }

  private static <K, V> void addTo(Map<K, List<V>> map, K key, V value, SerialIndex index) {
    List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(value);
    index.undo(() -> {
      list.remove(list.size() - 1);
      if (list.isEmpty()) {
        map.remove(key);
      }
    });
  }

  // ---------------------------------------------------------------- reading for the rules

  boolean hasEventId(String id) {
    return eventIds.contains(id);
  }

  @Nullable ReportingPeriod claimPeriod(String claimId) {
    return claimPeriods.get(claimId);
  }

  /** The pieces of numbering space {@code registry}/{@code prefix} overlapping {@code s..e}. */
  List<Piece> overlapping(String registry, String prefix, long s, long e) {
    return overlapping(spaces.get(UnitIdentity.space(registry, prefix)), s, e);
  }

  private static List<Piece> overlapping(@Nullable TreeMap<Long, Piece> map, long s, long e) {
    List<Piece> out = new ArrayList<>(2);
    if (map == null) {
      return out;
    }
    Map.Entry<Long, Piece> floor = map.floorEntry(s);
    long from = floor != null && floor.getValue().end >= s ? floor.getKey() : s;
    out.addAll(map.subMap(from, true, e, true).values());
    return out;
  }

  // ---------------------------------------------------------------- applying (after check)

  void apply(LedgerEvent event) {
    String id = event.id();
    eventIds.add(id);
    undo(() -> eventIds.remove(id));
    if (event instanceof UnitArrival a) {
      arrive(a);
    } else {
      move((UnitMovement) event);
    }
  }

  private void arrive(UnitArrival a) {
    UnitBlock b = a.block();
    SerialRange r = b.serials();
    TreeMap<Long, Piece> map = spaces.computeIfAbsent(
        UnitIdentity.space(b.registry(), r.prefix()), k -> new TreeMap<>());
    for (Piece p : overlapping(map, r.start(), r.end())) {
      // only sold units can be here: bought back
      cut(map, p, r.start(), r.end());
    }
    HoldingKey key = HoldingKey.of(b.type(), b.vintage(), b.registry());
    UnitPrice cost = a instanceof Acquired acq ? acq.price() : null;
    put(map, new Piece(r.start(), r.end(), b, key, UnitStatus.HELD, a.account(), cost, a.id(),
        null, null));
    addHeld(key, r.size());
    heldTotal += r.size();
    if (a instanceof Issued) {
      allocated += r.size();
    } else {
      acquired += r.size();
    }
  }

  private void move(UnitMovement m) {
    SerialRange r = m.serials();
    TreeMap<Long, Piece> map = spaces.get(UnitIdentity.space(m.registry(), r.prefix()));
    for (Piece p : overlapping(map, r.start(), r.end())) {
      Piece c = cut(map, p, r.start(), r.end());
      long n = c.size();
      Piece moved;
      if (m instanceof Transferred t) {
        moved = c.moved(UnitStatus.HELD, t.toAccount(), m.id(), null, null);
      } else {
        addHeld(c.key, -n);
        heldTotal -= n;
        if (m instanceof Sold) {
          sold += n;
          moved = c.moved(UnitStatus.SOLD, null, m.id(), null, null);
        } else if (m instanceof SurrenderedForCompliance s) {
          surrendered += n;
          moved = c.moved(UnitStatus.SURRENDERED, null, m.id(), null, s.complianceYear());
          addTo(surrenders, s.complianceYear(), Surrender.builder().eventId(s.id())
              .date(s.date()).block(c.subBlock()).complianceYear(s.complianceYear())
              .scheme(s.scheme()).build(), this);
        } else if (m instanceof RetiredForClaim rc) {
          retired += n;
          moved = c.moved(UnitStatus.RETIRED, null, m.id(), rc.claimId(), null);
          if (claimPeriods.putIfAbsent(rc.claimId(), rc.claimPeriod()) == null) {
            undo(() -> claimPeriods.remove(rc.claimId()));
          }
          addTo(retirements, rc.claimId(), Retirement.builder().eventId(rc.id()).date(rc.date())
              .block(c.subBlock()).claimId(rc.claimId()).claimPeriod(rc.claimPeriod())
              .beneficiary(rc.beneficiary()).purpose(rc.purpose()).build(), this);
        } else {
          cancelled += n;
          moved = c.moved(UnitStatus.CANCELLED, null, m.id(), null, null);
        }
      }
      put(map, moved);
    }
  }

  /** Removes {@code p} from the map, puts back its parts outside {@code s..e}, returns the rest. */
  private Piece cut(TreeMap<Long, Piece> map, Piece p, long s, long e) {
    remove(map, p.start);
    if (p.start < s) {
      put(map, p.clip(p.start, s - 1));
    }
    if (p.end > e) {
      put(map, p.clip(e + 1, p.end));
    }
    return p.clip(s, e);
  }

  // ---------------------------------------------------------------- queries

  LedgerTotals totals() {
    return LedgerTotals.builder().allocated(allocated).acquired(acquired).held(heldTotal)
        .sold(sold).surrendered(surrendered).retired(retired).cancelled(cancelled).build();
  }

  long held(HoldingKey key) {
    return held.getOrDefault(key, 0L);
  }

  Map<HoldingKey, Long> holdings() {
    return Collections.unmodifiableMap(new TreeMap<>(held));
  }

  List<UnitState> states(String registry, SerialRange serials) {
    List<UnitState> out = new ArrayList<>();
    for (Piece p : overlapping(registry, serials.prefix(), serials.start(), serials.end())) {
      out.add(p.clip(serials.start(), serials.end()).toState());
    }
    return Collections.unmodifiableList(out);
  }

  List<UnitState> unitStates() {
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

  List<Retirement> retirementsFor(String claimId) {
    return List.copyOf(retirements.getOrDefault(claimId, List.of()));
  }

  List<String> claimIds() {
    List<String> ids = new ArrayList<>(retirements.keySet());
    Collections.sort(ids);
    return Collections.unmodifiableList(ids);
  }

  List<Surrender> surrendersFor(int year) {
    return List.copyOf(surrenders.getOrDefault(year, List.of()));
  }
}
