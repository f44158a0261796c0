// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.quantification;

import java.util.concurrent.TimeUnit;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000,000 generated activity records streamed through the engine in a heap of 256 MB — the
 * records are generated as the stream is consumed and never kept — sequentially and as a
 * parallel stream; the ratio of the two is the parallel speed-up on the machine's cores. The
 * time includes generating the records (building each {@code ActivityRecord}); {@link
 * #generateOnly} measures that part alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class QuantificationStreamingBenchmark {

  /** The number of records streamed. */
  public static final long RECORDS = 10_000_000L;

  private Calculator calculator;

  @Setup
  public void setUp() {
    calculator = ActivityWorkload.calculator();
    System.out.println("\nmax heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB, " + Runtime.getRuntime().availableProcessors() + " processors");
  }

  private GhgInventory run(boolean parallel) {
    var records = ActivityWorkload.stream(QuantificationBenchmark.SEED, RECORDS);
    GhgInventory inv = InventoryAccumulator.inventory(calculator, "bench-2022",
        ActivityWorkload.YEAR, parallel ? records.parallel() : records);
    if (inv.lines().isEmpty()) {
      throw new IllegalStateException("empty inventory");
    }
    return inv;
  }

  /** The records in a sequential stream. */
  @Benchmark
  public GhgInventory sequential() {
    return run(false);
  }

  /** The same records in a parallel stream. */
  @Benchmark
  public GhgInventory parallel() {
    return run(true);
  }

  /** Only generating the records, sequentially: the part of {@link #sequential} not spent in the engine. */
  @Benchmark
  public long generateOnly() {
    return ActivityWorkload.stream(QuantificationBenchmark.SEED, RECORDS)
        .mapToLong(r -> r.id().length()).sum();
  }
}
