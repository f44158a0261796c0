// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.cnms.core.ghg.Co2e;
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
 * Summing CO₂e masses: the {@link Co2e} value type against the plain {@link BigDecimal} additions
 * it wraps, measured in the same run. The ratio shows what the type costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Co2eSumBenchmark {

  private Co2e[] masses;
  private BigDecimal[] decimals;

  @Setup
  public void setUp() {
    masses = new Co2e[10_000];
    decimals = new BigDecimal[masses.length];
    for (int i = 0; i < masses.length; i++) {
      decimals[i] = BigDecimal.valueOf(i * 37L % 100_000, 3);
      masses[i] = Co2e.tonnes(decimals[i]);
    }
  }

  /** The baseline: plain BigDecimal additions. */
  @Benchmark
  public BigDecimal bigDecimalSum() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal d : decimals) {
      total = total.add(d);
    }
    return total;
  }

  /** The same additions through {@link Co2e#plus}. */
  @Benchmark
  public Co2e co2eSum() {
    Co2e total = Co2e.ZERO;
    for (Co2e m : masses) {
      total = total.plus(m);
    }
    return total;
  }
}
