// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of ledger commands against a model that tracks every serial of a small
 * numbering space (serials 1–40) one by one. After every command the ledger must agree with the
 * model; units must be conserved; no serial may be in two places; and a rejected command must
 * leave the ledger as it was.
 */
class LedgerStatefulTest {

  static final String REGISTRY = "CCER-NCSC";
  static final String PREFIX = "P";
  static final LocalDate DAY = LocalDate.of(2025, 6, 30);

  /** The system under test: a ledger and a counter for fresh event ids. */
  static final class System {
    final Ledger ledger = Ledger.create();
    int nextId;
    int rejected;
  }

  /** The model: the state of each serial ever seen, and the unit flows. */
  static final class Model {
    final TreeMap<Long, String> serials;
    final long allocated;
    final long acquired;
    final long events;

    Model(TreeMap<Long, String> serials, long allocated, long acquired, long events) {
      this.serials = serials;
      this.allocated = allocated;
      this.acquired = acquired;
      this.events = events;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Model && ((Model) o).serials.equals(serials)
          && ((Model) o).allocated == allocated && ((Model) o).acquired == acquired
          && ((Model) o).events == events;
    }

    @Override
    public int hashCode() {
      return Objects.hash(serials, allocated, acquired, events);
    }

    @Override
    public String toString() {
      return "Model{" + serials + ", allocated=" + allocated + ", acquired=" + acquired
          + ", events=" + events + "}";
    }
  }

  enum Op { ISSUE, ACQUIRE, TRANSFER, SELL, SURRENDER, RETIRE, CANCEL, REUSE_ID }

  /** One command: an operation on serials {@code start … start + length − 1}. */
  static final class LedgerCommand implements Command<System, Model> {
    final Op op;
    final long start;
    final long end;
    final String account;
    final String claim;

    LedgerCommand(Op op, long start, long length, String account, String claim) {
      this.op = op;
      this.start = start;
      this.end = start + length - 1;
      this.account = account;
      this.claim = claim;
    }

    LedgerEvent event(String id) {
      SerialRange r = SerialRange.of(PREFIX, start, end);
      UnitBlock block = UnitBlock.builder().type(StandardUnitType.CCER).registry(REGISTRY)
          .vintage(2024).serials(r).build();
      switch (op) {
        case ISSUE:
        case REUSE_ID:
          return Issued.builder().id(id).date(DAY).block(block).account(account).build();
        case ACQUIRE:
          return Acquired.builder().id(id).date(DAY).block(block).account(account)
              .price(UnitPrice.of("61.5", "CNY")).counterparty("seller").build();
        case TRANSFER:
          return Transferred.builder().id(id).date(DAY).registry(REGISTRY).serials(r)
              .toAccount(account).build();
        case SELL:
          return Sold.builder().id(id).date(DAY).registry(REGISTRY).serials(r)
              .price(UnitPrice.of("70", "CNY")).counterparty("buyer").build();
        case SURRENDER:
          return SurrenderedForCompliance.builder().id(id).date(DAY).registry(REGISTRY)
              .serials(r).complianceYear(2024).build();
        case RETIRE:
          return RetiredForClaim.builder().id(id).date(DAY).registry(REGISTRY).serials(r)
              .beneficiary("Acme").claimPeriod(ReportingPeriod.calendarYear(2024))
              .purpose("neutrality").claimId(claim).build();
        default:
          return Cancelled.builder().id(id).date(DAY).registry(REGISTRY).serials(r)
              .reason("correction").build();
      }
    }

    @Override
    public void run(System sut) {
      String id;
      if (op == Op.REUSE_ID) {
        if (sut.ledger.size() == 0) {
          return;
        }
        id = sut.ledger.entry(0).event().id();
      } else {
        id = "e-" + sut.nextId++;
      }
      LedgerSnapshot before = sut.ledger.snapshot();
      List<UnitState> statesBefore = sut.ledger.unitStates();
      try {
        sut.ledger.append(event(id));
      } catch (LedgerRuleException e) {
        sut.rejected++;
        assertEquals(id, e.eventId());
        assertEquals(before, sut.ledger.snapshot(), "a rejected command changed the ledger");
        assertEquals(statesBefore, sut.ledger.unitStates(),
            "a rejected command changed the units");
      }
      assertInvariants(sut.ledger);
    }

    @Override
    public Model nextState(Model m) {
      if (op == Op.REUSE_ID) {
        return m;
      }
      List<String> states = new ArrayList<>();
      for (long s = start; s <= end; s++) {
        states.add(m.serials.get(s));
      }
      boolean ok;
      String to;
      switch (op) {
        case ISSUE:
          ok = states.stream().allMatch(Objects::isNull);
          to = "HELD:" + account;
          break;
        case ACQUIRE:
          ok = states.stream().allMatch(s -> s == null || s.equals("SOLD"));
          to = "HELD:" + account;
          break;
        default:
          ok = states.stream().allMatch(s -> s != null && s.startsWith("HELD:"));
          to = op == Op.TRANSFER ? "HELD:" + account : op == Op.SELL ? "SOLD"
              : op == Op.SURRENDER ? "SURRENDERED" : op == Op.RETIRE ? "RETIRED:" + claim
              : "CANCELLED";
      }
      if (!ok) {
        return m;
      }
      TreeMap<Long, String> next = new TreeMap<>(m.serials);
      for (long s = start; s <= end; s++) {
        next.put(s, to);
      }
      long n = end - start + 1;
      return new Model(next, m.allocated + (op == Op.ISSUE ? n : 0),
          m.acquired + (op == Op.ACQUIRE ? n : 0), m.events + 1);
    }

    @Override
    public String toString() {
      return op + " " + start + "-" + end + " " + account + " " + claim;
    }
  }

  /** Reads the model back from the ledger's unit index and totals. */
  static Model toModel(System sut) {
    TreeMap<Long, String> serials = new TreeMap<>();
    for (UnitState s : sut.ledger.unitStates()) {
      String state = s.status() == UnitStatus.HELD ? "HELD:" + s.account().orElseThrow()
          : s.status() == UnitStatus.RETIRED ? "RETIRED:" + s.claimId().orElseThrow()
          : s.status().name();
      for (long n = s.block().serials().start(); n <= s.block().serials().end(); n++) {
        serials.put(n, state);
      }
    }
    LedgerTotals t = sut.ledger.totals();
    return new Model(serials, t.allocated(), t.acquired(), sut.ledger.size());
  }

  /** Conservation, and each serial in one place only. */
  static void assertInvariants(Ledger ledger) {
    LedgerTotals t = ledger.totals();
    assertEquals(t.allocated() + t.acquired(),
        t.held() + t.surrendered() + t.retired() + t.cancelled() + t.sold(),
        () -> "units not conserved: " + t);
    Map<UnitStatus, Long> byStatus = new TreeMap<>();
    long lastEnd = -1;
    for (UnitState s : ledger.unitStates()) {
      SerialRange r = s.block().serials();
      assertTrue(r.start() > lastEnd, () -> "serial " + r + " appears in two places");
      lastEnd = r.end();
      byStatus.merge(s.status(), r.size(), Long::sum);
    }
    assertEquals(t.held(), byStatus.getOrDefault(UnitStatus.HELD, 0L));
    assertEquals(t.retired(), byStatus.getOrDefault(UnitStatus.RETIRED, 0L));
    assertEquals(t.surrendered(), byStatus.getOrDefault(UnitStatus.SURRENDERED, 0L));
    assertEquals(t.cancelled(), byStatus.getOrDefault(UnitStatus.CANCELLED, 0L));
    assertEquals(t.held(), ledger.holdings().values().stream().mapToLong(Long::longValue).sum());
  }

  static Gen<Command<System, Model>> commands(Op... ops) {
    List<Gen<Command<System, Model>>> gens = new ArrayList<>();
    for (Op op : ops) {
      gens.add(in -> new LedgerCommand(op, Generate.longRange(1, 36).generate(in),
          Generate.longRange(1, 5).generate(in),
          Generate.pick(List.of("main", "trading", "subsidiary")).generate(in),
          Generate.pick(List.of("claim-A", "claim-B")).generate(in)));
    }
    @SuppressWarnings("unchecked")
    Gen<Command<System, Model>>[] rest = gens.subList(1, gens.size()).toArray(new Gen[0]);
    return Generate.oneOf(gens.get(0), rest);
  }

  @Test
  void randomCommandSequencesKeepTheLedgerInvariants() {
    int[] rejected = {0};
    int[] accepted = {0};
    qt().withExamples(300)
        .forAll(lists().of(commands(Op.values())).ofSizeBetween(1, 60))
        .checkAssert(cmds -> {
          System[] holder = new System[1];
          Sequential.modelCheck(new Model(new TreeMap<>(), 0, 0, 0), cmds,
              m -> holder[0] = new System(), LedgerStatefulTest::toModel);
          rejected[0] += holder[0].rejected;
          accepted[0] += (int) holder[0].ledger.size();
          assertTrue(holder[0].ledger.verify().intact());
        });
    // the generator exercises both paths: many commands are accepted, many rejected
    assertTrue(rejected[0] > 1000, "rejected " + rejected[0]);
    assertTrue(accepted[0] > 1000, "accepted " + accepted[0]);
  }
}
