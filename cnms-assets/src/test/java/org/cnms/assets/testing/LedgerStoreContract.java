// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cnms.assets.ledger.Acquired;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.assets.ledger.LedgerEvent;
import org.cnms.assets.ledger.LedgerHead;
import org.cnms.assets.ledger.LedgerRule;
import org.cnms.assets.ledger.LedgerRuleException;
import org.cnms.assets.ledger.LedgerTotals;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.assets.ledger.Sold;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.ledger.LedgerConflictException;
import org.cnms.assets.ledger.LedgerStore;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LedgerStore}, run against every store: each implementation's test
 * extends this class and says how to open a store on a fresh location and a second handle on the
 * same location (a second writer).
 */
public abstract class LedgerStoreContract {

  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  /** A store on a fresh, empty location; the test closes it. */
  protected abstract LedgerStore newStore() throws Exception;

  /** Another handle on the location of {@code store}: what a second writer or a restart opens. */
  protected abstract LedgerStore reopen(LedgerStore store) throws Exception;

  // ------------------------------------------------------------------ worked example

  static Issued issue(String id, long from, long to) {
    return Issued.builder().id(id).date(DAY).account("main")
        .block(UnitBlock.builder().type(StandardUnitType.CEA).registry("CN-ETS").vintage(2024)
            .serials(SerialRange.of("CEA-2024", from, to)).build()).issuer("MEE").build();
  }

  static Acquired buy(String id, long from, long to) {
    return Acquired.builder().id(id).date(DAY.plusDays(1)).account("trading")
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
            .projectId("P-7").vintage(2024).serials(SerialRange.of("CCER-P7", from, to)).build())
        .price(UnitPrice.of("60.50", "CNY")).counterparty("北京绿色交易所").build();
  }

  static RetiredForClaim retire(String id, String registry, String prefix, long from, long to) {
    return RetiredForClaim.builder().id(id).date(DAY.plusDays(2)).registry(registry)
        .serials(SerialRange.of(prefix, from, to)).beneficiary("Acme 有限公司")
        .claimPeriod(ReportingPeriod.calendarYear(2024)).purpose("carbon neutrality 2024")
        .claimId("claim-2024").build();
  }

  /** 1000 CEA issued, 100 CCER bought, 30 CCER retired, 20 CCER sold. */
  static List<LedgerEvent> workedExample() {
    return List.of(issue("e1", 1, 1000), buy("e2", 1, 100),
        retire("e3", "CCER-NCSC", "CCER-P7", 1, 30),
        Sold.builder().id("e4").date(DAY.plusDays(3)).registry("CCER-NCSC")
            .serials(SerialRange.of("CCER-P7", 81, 100)).price(UnitPrice.of("72.0", "CNY"))
            .counterparty("Other Co.").build());
  }

  // ------------------------------------------------------------------ the contract

  @Test
  void anEmptyStoreHasTheGenesisHead() throws Exception {
    try (LedgerStore s = newStore()) {
      assertEquals(LedgerHead.EMPTY, s.head());
      assertEquals(List.of(), s.read(0, 10));
      assertEquals(0, Ledger.open(s).size());
    }
  }

  @Test
  void whatIsAppendedReadsBackAfterReopening() throws Exception {
    try (LedgerStore s = newStore()) {
      Ledger l = Ledger.open(s);
      l.append(workedExample().get(0));
      l.appendAll(workedExample().subList(1, 4));
      // 1000 + 100 in; 30 retired, 20 sold: 1050 held
      assertEquals(LedgerTotals.builder().allocated(1000).acquired(100).held(1050).sold(20)
          .surrendered(0).retired(30).cancelled(0).build(), l.totals());
      assertEquals(LedgerHead.of(4, l.headHash()), s.head());
      try (LedgerStore again = reopen(s)) {
        Ledger back = Ledger.open(again);
        assertEquals(l.snapshot(), back.snapshot());
        assertEquals(l.unitStates(), back.unitStates());
        assertEquals(l.entries(), again.read(0, 100));
        assertEquals(l.entries().subList(1, 3), again.read(1, 2));
        assertEquals(l.entries().subList(3, 4), again.read(3, 100));
        assertEquals(List.of(), again.read(4, 100));
        assertTrue(back.verify().intact());
      }
    }
  }

  @Test
  void appendReturnsTheNewHead() throws Exception {
    List<LedgerEntry> chain = Ledger.create().appendAll(workedExample());
    try (LedgerStore s = newStore()) {
      LedgerHead two = s.append(LedgerHead.EMPTY, chain.subList(0, 2));
      assertEquals(LedgerHead.of(2, chain.get(1).hash()), two);
      try (LedgerStore other = reopen(s)) {
        LedgerHead four = other.append(two, chain.subList(2, 4));
        assertEquals(LedgerHead.of(4, chain.get(3).hash()), four);
        assertEquals(four, other.head());
        assertEquals(four, s.head());
      }
      assertEquals(chain, s.read(0, 10));
      assertEquals(List.of(), s.read(4, 1));
      var e = assertThrows(IllegalArgumentException.class, () -> s.read(-1, 10));
      assertEquals("Cannot read 10 entries from index -1", e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> s.read(0, 0));
      assertEquals("Cannot read 0 entries from index 0", e.getMessage());
    }
  }

  @Test
  void ofTwoWritersAtOneHeadExactlyOneWins() throws Exception {
    try (LedgerStore s1 = newStore(); LedgerStore s2 = reopen(s1)) {
      Ledger a = Ledger.open(s1);
      a.append(issue("e1", 1, 100));
      Ledger b = Ledger.open(s2);
      a.append(retire("a-retire", "CN-ETS", "CEA-2024", 1, 60));
      LedgerHead before = s1.head();
      LedgerConflictException c = assertThrows(LedgerConflictException.class,
          () -> b.append(retire("b-retire", "CN-ETS", "CEA-2024", 41, 100)));
      assertEquals(LedgerHead.of(1, b.headHash()), c.expected());
      assertEquals(before, c.actual());
      assertEquals(before, s2.head());
      assertEquals(1, b.size());
      // b reloads: 41-60 are retired now, so its retirement breaks a rule and is not stored
      assertEquals(1, b.refresh());
      LedgerRuleException r = assertThrows(LedgerRuleException.class,
          () -> b.append(retire("b-retire", "CN-ETS", "CEA-2024", 41, 100)));
      assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, r.rule());
      b.append(retire("b-retire", "CN-ETS", "CEA-2024", 61, 100));
      assertEquals(3, s1.head().size());
      assertEquals(100, Ledger.open(s1).totals().retired());
    }
  }

  @Test
  void concurrentAppendsAtOneHeadLetExactlyOneThrough() throws Exception {
    try (LedgerStore s1 = newStore(); LedgerStore s2 = reopen(s1)) {
      for (int round = 0; round < 20; round++) {
        Ledger a = Ledger.open(s1);
        Ledger b = Ledger.open(s2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long base = round * 100L;
        int r = round;
        Future<Boolean> fa = pool.submit(() -> tryAppend(go, a, issue("a" + r, base, base + 9)));
        Future<Boolean> fb = pool.submit(() -> tryAppend(go, b, issue("b" + r, base + 50,
            base + 59)));
        go.countDown();
        int wins = (fa.get(30, TimeUnit.SECONDS) ? 1 : 0) + (fb.get(30, TimeUnit.SECONDS) ? 1 : 0);
        pool.shutdown();
        assertEquals(1, wins, "round " + round);
        assertEquals(round + 1, s1.head().size());
      }
      assertTrue(Ledger.open(s1).verify().intact());
    }
  }

  private static boolean tryAppend(CountDownLatch go, Ledger l, LedgerEvent e)
      throws InterruptedException {
    go.await();
    try {
      l.append(e);
      return true;
    } catch (LedgerConflictException c) {
      return false;
    }
  }

  @Test
  void badEventsAreRefusedAndTheStoreIsUnchanged() throws Exception {
    try (LedgerStore s = newStore()) {
      Ledger l = Ledger.open(s);
      l.appendAll(workedExample());
      LedgerHead head = s.head();
      // unknown serials
      LedgerRuleException unknown = assertThrows(LedgerRuleException.class,
          () -> l.append(retire("x1", "CN-ETS", "CEA-2024", 2001, 2005)));
      assertEquals(LedgerRule.UNITS_HELD, unknown.rule());
      assertEquals("Event x1 (RetiredForClaim) moves 5 units CN-ETS CEA-2024:2001-2005, but only"
          + " 0 of them are held: CEA-2024:2001-2005 are not held", unknown.getMessage());
      // more than held: 31-80 held, 81-100 sold
      LedgerRuleException more = assertThrows(LedgerRuleException.class,
          () -> l.append(retire("x2", "CCER-NCSC", "CCER-P7", 31, 90)));
      assertEquals("Event x2 (RetiredForClaim) moves 60 units CCER-NCSC CCER-P7:31-90, but only"
          + " 50 of them are held: CCER-P7:81-90 were sold by event e4", more.getMessage());
      // a batch whose third event breaks a rule: none of it is stored
      assertThrows(LedgerRuleException.class, () -> l.appendAll(List.of(
          issue("x3", 5001, 5010), retire("x4", "CN-ETS", "CEA-2024", 5001, 5005),
          retire("x5", "CN-ETS", "CEA-2024", 5005, 5006))));
      // a malformed batch handed to the store directly
      LedgerEntry last = s.read(3, 1).get(0);
      assertThrows(IllegalArgumentException.class, () -> s.append(head, List.of(
          last.withIndex(4))));
      assertThrows(IllegalArgumentException.class, () -> s.append(head, List.of()));
      assertEquals(head, s.head());
      assertEquals(head, l.head());
      assertEquals(1050, l.totals().held());
      try (LedgerStore again = reopen(s)) {
        assertEquals(l.snapshot(), Ledger.open(again).snapshot());
      }
      // and the ledger still takes good events
      l.append(issue("x3", 5001, 5010));
      assertEquals(5, s.head().size());
    }
  }

  @Test
  void aStaleWriterConflictsEvenWithAWellFormedBatch() throws Exception {
    try (LedgerStore s = newStore()) {
      Ledger l = Ledger.open(s);
      LedgerEntry first = l.append(issue("e1", 1, 10));
      l.append(issue("e2", 11, 20));
      assertThrows(LedgerConflictException.class,
          () -> s.append(LedgerHead.EMPTY, List.of(first)));
      assertEquals(2, s.head().size());
    }
  }

  /**
   * Two writers (threads, each with its own store handle and ledger) append 10,000 random events
   * each: none lost, none duplicated, no serial counted twice, the chain verifies.
   */
  @Test
  void twoWriterThreadsAppendTenThousandEventsEach() throws Exception {
    int each = 10_000;
    try (LedgerStore s1 = newStore(); LedgerStore s2 = reopen(s1)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<Integer> w1 = pool.submit(() -> new LedgerWorkload(Ledger.open(s1), "w1", 1)
          .run(each, batchSize()));
      Future<Integer> w2 = pool.submit(() -> new LedgerWorkload(Ledger.open(s2), "w2", 2)
          .run(each, batchSize()));
      w1.get(5, TimeUnit.MINUTES);
      w2.get(5, TimeUnit.MINUTES);
      pool.shutdown();
      try (LedgerStore s = reopen(s1)) {
        assertTwoWritersOutcome(Ledger.open(s), each, "w1", "w2");
      }
    }
  }

  /** The batch size of the writers: a few events per store round trip. */
  protected int batchSize() {
    return 50;
  }

  /**
   * What two writers of {@link LedgerWorkload} must leave: {@code each} events of each (by id,
   * none twice), a verified chain, and every serial in exactly one state.
   */
  public static void assertTwoWritersOutcome(Ledger l, int each, String... writers) {
    assertEquals((long) each * writers.length, l.size());
    assertTrue(l.verify().intact());
    Set<String> ids = new HashSet<>();
    long issued = 0;
    long retired = 0;
    int[] perWriter = new int[writers.length];
    for (LedgerEntry e : l.entries()) {
      assertTrue(ids.add(e.event().id()), "event " + e.event().id() + " twice");
      for (int w = 0; w < writers.length; w++) {
        if (e.event().id().startsWith(writers[w] + "-")) {
          perWriter[w]++;
        }
      }
      if (e.event() instanceof Issued i) {
        issued += i.block().quantity();
      } else {
        retired += ((RetiredForClaim) e.event()).serials().size();
      }
    }
    for (int w = 0; w < writers.length; w++) {
      assertEquals(each, perWriter[w], writers[w]);
    }
    LedgerTotals t = l.totals();
    assertEquals(issued, t.allocated());
    assertEquals(retired, t.retired());
    assertEquals(issued, t.held() + t.retired());
    // every serial in exactly one disjoint state range
    long counted = 0;
    List<UnitState> states = l.unitStates();
    for (int i = 0; i < states.size(); i++) {
      counted += states.get(i).block().quantity();
      if (i > 0) {
        SerialRange prev = states.get(i - 1).block().serials();
        SerialRange cur = states.get(i).block().serials();
        assertFalse(prev.overlaps(cur), prev + " overlaps " + cur);
      }
    }
    assertEquals(issued, counted);
    assertEquals(retired, l.retirementsFor("claim-2025").stream()
        .mapToLong(r -> r.block().quantity()).sum());
  }

  /** Opens a ledger on a new handle and returns it with its store, for subclasses' tests. */
  protected static List<LedgerEntry> readAll(LedgerStore s) {
    List<LedgerEntry> all = new ArrayList<>();
    for (List<LedgerEntry> p = s.read(0, 1000); !p.isEmpty(); p = s.read(all.size(), 1000)) {
      all.addAll(p);
    }
    return all;
  }
}
