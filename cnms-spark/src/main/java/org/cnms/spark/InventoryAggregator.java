// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.cnms.quantification.aggregation.AccumulatorState;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.CalculatorDescription;
import org.jspecify.annotations.Nullable;

/**
 * A Spark {@link Aggregator} of activity rows into the exact {@link AccumulatorState} of a GHG
 * inventory (T/CAS 612 clause 6.3 c): within a partition the rows are calculated straight into an
 * {@link InventoryAccumulator}; between partitions the accumulators travel as their portable
 * state and merge exactly, so any partitioning gives the single-JVM result. The calculator
 * travels as its {@link CalculatorDescription} and is rebuilt once per executor JVM.
 *
 * <p>A unit that does not fit its method, or a source in two facilities, fails the job as it
 * fails a single-JVM run; missing factors do not, they are in the state. Immutable, serialisable.
 */
public final class InventoryAggregator
    extends Aggregator<ActivityRow, InventoryAggregator.Buffer, AccumulatorState> {

  private static final long serialVersionUID = 1L;

  /** The calculators of this JVM, by description. */
  private static final Map<String, Calculator> CALCULATORS = new ConcurrentHashMap<>();

  private final String description;

  /**
   * An aggregator with the calculator {@code description} describes.
   *
   * @param description a {@link CalculatorDescription}, not null
   * @throws IllegalArgumentException if it is not one
   */
  public InventoryAggregator(String description) {
    this.description = description;
    calculator(description);
  }

  static Calculator calculator(String description) {
    return CALCULATORS.computeIfAbsent(description, CalculatorDescription::rebuild);
  }

  @Override
  public Buffer zero() {
    return new Buffer(description);
  }

  @Override
  public Buffer reduce(Buffer b, ActivityRow row) {
    b.accumulator().add(row.toRecord());
    return b;
  }

  @Override
  public Buffer merge(Buffer a, Buffer b) {
    a.accumulator().merge(b.accumulator());
    return a;
  }

  @Override
  public AccumulatorState finish(Buffer b) {
    return b.accumulator().snapshot();
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<AccumulatorState> outputEncoder() {
    return Encoders.javaSerialization(AccumulatorState.class);
  }

  /**
   * The aggregation buffer: an accumulator in memory, its {@link AccumulatorState} when
   * serialised. Mutable, not thread-safe.
   */
  public static final class Buffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String description;
    private @Nullable AccumulatorState state;
    private transient @Nullable InventoryAccumulator accumulator;

    Buffer(String description) {
      this.description = description;
    }

    InventoryAccumulator accumulator() {
      if (accumulator == null) {
        Calculator c = calculator(description);
        accumulator = state == null ? InventoryAccumulator.of(c)
            : InventoryAccumulator.restore(c, state);
        state = null;
      }
      return accumulator;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      if (accumulator != null) {
        state = accumulator.snapshot();
      }
      out.defaultWriteObject();
    }
  }
}
