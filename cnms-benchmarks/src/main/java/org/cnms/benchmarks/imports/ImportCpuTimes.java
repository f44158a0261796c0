// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The benchmarks of {@link CsvImportBenchmark} measured in CPU time of the running thread, the
 * variants interleaved round after round, the minimum and median of each kept: on a machine shared
 * with other builds, wall-clock single shots vary by a factor of two or more, while the CPU time
 * of the one thread doing the work does not count the time it waits for a core (garbage
 * collection threads are not counted either). Usage:
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp cnms-benchmarks/target/benchmarks.jar \
 *     org.cnms.benchmarks.imports.ImportCpuTimes [rounds]
 * </pre>
 */
public final class ImportCpuTimes {

  private ImportCpuTimes() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of rounds, 7 by default
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    CsvImportBenchmark b = new CsvImportBenchmark();
    b.setUp();
    Map<String, Callable<Object>> variants = new LinkedHashMap<>();
    variants.put("(f) fastCsv", b::fastCsv);
    variants.put("jacksonCsv", b::jacksonCsv);
    variants.put("commonsCsv", b::commonsCsv);
    variants.put("(e) importToInventory", b::importToInventory);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Long>> cpu = new LinkedHashMap<>();
    Map<String, List<Long>> wall = new LinkedHashMap<>();
    for (int r = -2; r < rounds; r++) {
      for (Map.Entry<String, Callable<Object>> v : variants.entrySet()) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Object result = v.getValue().call();
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        if (result == null) {
          throw new IllegalStateException(v.getKey());
        }
        if (r >= 0) {
          cpu.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add((c1 - c0) / 1_000_000);
          wall.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add((w1 - w0) / 1_000_000);
        }
      }
    }
    System.out.printf("%-24s %10s %10s %10s %10s%n", "variant (ms)", "cpu min", "cpu median",
        "wall min", "wall median");
    for (String k : variants.keySet()) {
      long[] c = cpu.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
      long[] w = wall.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("%-24s %10d %10d %10d %10d   cpu %s%n", k, c[0], c[c.length / 2], w[0],
          w[w.length / 2], Arrays.toString(c));
    }
  }
}
