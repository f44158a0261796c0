// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.quantification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.measure.Quantity;
import org.cnms.benchmarks.quantification.ActivityWorkload.Factors;
import org.cnms.benchmarks.quantification.ActivityWorkload.Group;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.activity.ActivityRecord;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Quantifying 1,000,000 activity records into an inventory broken down by category, facility and
 * gas, four ways in the same run:
 * <ol type="a">
 *   <li>{@link #engine}: the cnms engine — {@link InventoryAccumulator} over a {@link Calculator}
 *       in summary trace mode, then the breakdown of the inventory;
 *   <li>{@link #bigDecimalLoop}: a hand-written exact {@link BigDecimal} loop with the factors
 *       resolved beforehand, the same multipliers and scale policy (sums divided once per group
 *       and line), and a {@link java.util.HashMap} grouping;
 *   <li>{@link #indriyaSample}: the same with Indriya {@code Quantity} arithmetic per record, on
 *       the first 10,000 records (compare per record);
 *   <li>{@link #doubleLoop}: the same loop in {@code double} (inexact; the speed limit).
 * </ol>
 *
 * <p>The records (see {@link ActivityWorkload}) are generated once, from a fixed seed. The set-up
 * checks that (a) and (b) give exactly the same totals in every group, and that the Indriya and
 * double loops agree with them closely, so the comparison is of the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class QuantificationBenchmark {

  /** The seed of the generated records. */
  public static final long SEED = 20_220_101L;
  /** The number of records. */
  public static final int RECORDS = 1_000_000;
  /** The size of the Indriya sample. */
  public static final int SAMPLE = 10_000;

  private List<ActivityRecord> records;
  private List<ActivityRecord> sample;
  private Calculator calculator;
  private Factors factors;

  @Setup
  public void setUp() {
    records = ActivityWorkload.records(SEED, RECORDS);
    sample = records.subList(0, SAMPLE);
    calculator = ActivityWorkload.calculator();
    factors = ActivityWorkload.factors();
    check(records);
    check(sample);
  }

  private void check(List<ActivityRecord> list) {
    Map<Group, BigDecimal[]> engine = ActivityWorkload.breakdown(inventory(list));
    Map<Group, BigDecimal[]> loop = ActivityWorkload.bigDecimalLoop(factors, list);
    List<String> diffs = ActivityWorkload.differences(engine, loop);
    if (!diffs.isEmpty()) {
      throw new IllegalStateException("engine and BigDecimal loop differ: " + diffs);
    }
    BigDecimal exact = ActivityWorkload.totalCo2e(engine);
    double d = ActivityWorkload.totalCo2eOfDoubles(ActivityWorkload.doubleLoop(factors, list));
    if (Math.abs(d - exact.doubleValue()) > 1e-9 * exact.doubleValue()) {
      throw new IllegalStateException("double loop " + d + " vs exact " + exact);
    }
    if (list.size() <= SAMPLE) {
      BigDecimal q = ActivityWorkload.totalCo2eOfQuantities(
          ActivityWorkload.indriyaLoop(factors, list));
      // the exact loops round each divided sum (fuels: ÷3) once per group and line to 12
      // decimals, Indriya each record to 34 digits: within half a unit of the 12th decimal
      // per record
      BigDecimal tolerance = BigDecimal.valueOf(list.size(), 12);
      if (q.subtract(exact).abs().compareTo(tolerance) > 0) {
        throw new IllegalStateException("Indriya loop " + q + " vs exact " + exact);
      }
    }
    System.out.println("\n" + list.size() + " records: " + engine.size() + " groups, "
        + exact.toPlainString() + " tCO2e (engine = BigDecimal loop; double loop " + d + ")");
  }

  private GhgInventory inventory(List<ActivityRecord> list) {
    return InventoryAccumulator.inventory(calculator, "bench-2022", ActivityWorkload.YEAR,
        list.stream());
  }

  /** (a) The engine: calculate, accumulate, build the inventory and break it down. */
  @Benchmark
  public Map<Group, BigDecimal[]> engine() {
    return ActivityWorkload.breakdown(inventory(records));
  }

  /** (b) The exact hand-written BigDecimal loop. */
  @Benchmark
  public Map<Group, BigDecimal[]> bigDecimalLoop() {
    return ActivityWorkload.bigDecimalLoop(factors, records);
  }

  /** (c) Indriya quantity arithmetic per record, on the first {@value #SAMPLE} records. */
  @Benchmark
  @SuppressWarnings("rawtypes")
  public Map<Group, Quantity[]> indriyaSample() {
    return ActivityWorkload.indriyaLoop(factors, sample);
  }

  /** (a) on the same {@value #SAMPLE}-record sample, for the per-record comparison with (c). */
  @Benchmark
  public Map<Group, BigDecimal[]> engineSample() {
    return ActivityWorkload.breakdown(inventory(sample));
  }

  /** (d) The double loop: inexact, the speed limit. */
  @Benchmark
  public void doubleLoop(Blackhole bh) {
    bh.consume(ActivityWorkload.doubleLoop(factors, records));
  }
}
