// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cnms.assets.ledger.HoldingKey;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerEvent;
import org.cnms.assets.ledger.LedgerTotals;
import org.cnms.assets.ledger.LedgerVerification;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.assets.ledger.Sold;
import org.cnms.assets.ledger.Transferred;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.ledger.UnitState;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.organisation.ReportingPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The carbon-asset ledger at 100,000 and 1,000,000 events: appending every event (rule checks,
 * index updates, SHA-256 chaining) and then verifying the whole chain; and balance queries on a
 * ledger of each size, which read the incremental indexes and so must not grow with the history.
 *
 * <p>The heap is fixed at 4 GB and touched up front, so that the one-shot runs are not timed
 * while it grows; the larger ledger needs three warm-up shots before its times settle.
 *
 * <p>The events cycle through issuing a block of ten CEA, transferring part of it to another
 * account, selling part and retiring part for a claim, so the serial index splits ranges as it
 * would in use.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
public class LedgerBenchmark {

  static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  static final HoldingKey KEY = HoldingKey.of(StandardUnitType.CEA, 2024, "CN-ETS");

  /** The {@code n} events of the benchmark, valid in order. */
  static List<LedgerEvent> events(int n) {
    List<LedgerEvent> events = new ArrayList<>(n);
    UnitPrice price = UnitPrice.of("90.00", "CNY");
    ReportingPeriod period = ReportingPeriod.calendarYear(2024);
    for (int i = 0; i < n; i++) {
      long base = (i / 4) * 10L;
      switch (i % 4) {
        case 0:
          events.add(Issued.builder().id("e" + i).date(DAY).account("main")
              .block(UnitBlock.builder().type(StandardUnitType.CEA).registry("CN-ETS")
                  .vintage(2024).serials(SerialRange.of("CEA-2024", base, base + 9)).build())
              .build());
          break;
        case 1:
          events.add(Transferred.builder().id("e" + i).date(DAY).registry("CN-ETS")
              .serials(SerialRange.of("CEA-2024", base, base + 3)).toAccount("trading").build());
          break;
        case 2:
          events.add(Sold.builder().id("e" + i).date(DAY).registry("CN-ETS")
              .serials(SerialRange.of("CEA-2024", base, base + 1)).price(price)
              .counterparty("exchange").build());
          break;
        default:
          events.add(RetiredForClaim.builder().id("e" + i).date(DAY).registry("CN-ETS")
              .serials(SerialRange.of("CEA-2024", base + 4, base + 5)).beneficiary("Acme")
              .claimPeriod(period).purpose("neutrality").claimId("claim-2024").build());
      }
    }
    return events;
  }

  static Ledger ledgerOf(List<LedgerEvent> events) {
    Ledger ledger = Ledger.create();
    for (LedgerEvent e : events) {
      ledger.append(e);
    }
    return ledger;
  }

  /** Events prepared once per size; the ledger is built inside the measured method. */
  @State(Scope.Benchmark)
  public static class Events {
    @Param({"100000", "1000000"})
    public int size;

    public List<LedgerEvent> events;

    @Setup(Level.Trial)
    public void prepare() {
      events = events(size);
    }
  }

  /** Appends every event to a new ledger, then verifies the whole chain. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public LedgerVerification appendAndVerify(Events s) {
    Ledger ledger = ledgerOf(s.events);
    LedgerVerification v = ledger.verify();
    if (!v.intact() || v.entriesChecked() != s.size) {
      throw new IllegalStateException("Chain does not verify: " + v);
    }
    return v;
  }

  /** A ledger built once per size, for the queries. */
  @State(Scope.Benchmark)
  public static class Built {
    @Param({"100000", "1000000"})
    public int size;

    public Ledger ledger;
    public SerialRange someUnits;

    @Setup(Level.Trial)
    public void build() {
      ledger = ledgerOf(events(size));
      long middle = (size / 8) * 10L;
      someUnits = SerialRange.of("CEA-2024", middle, middle + 9);
    }
  }

  /** Units held of one type, vintage and registry: one hash lookup. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public long heldBalance(Built b) {
    return b.ledger.held(KEY);
  }

  /** All unit totals (allocated, acquired, held, sold, surrendered, retired, cancelled). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public LedgerTotals totals(Built b) {
    return b.ledger.totals();
  }

  /** The state of ten serials in the middle of the history: a tree-map range lookup. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public List<UnitState> serialStates(Built b) {
    return b.ledger.states("CN-ETS", b.someUnits);
  }
}
