// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.cnms.benchmarks.quantification.ActivityWorkload;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.aggregation.InventoryAccumulator;

/**
 * Imports a generated activity CSV file of 10,000,000 rows (about 1.6 GB; the row count, or the
 * path of another CSV file, is the first argument) into an inventory and prints the time, the records, the problems and the peak
 * heap use; run it with a small heap to show that the import streams:
 *
 * <pre>
 * java -Xmx256m -cp cnms-benchmarks/target/benchmarks.jar \
 *     org.cnms.benchmarks.imports.TenMillionRows 10000000
 * </pre>
 *
 * Not run in CI (it generates the file first, once, in {@code cnms-benchmarks/target/data/}).
 */
public final class TenMillionRows {

  private TenMillionRows() {}

  /**
   * Runs the import.
   *
   * @param args the number of rows, 10,000,000 by default
   */
  public static void main(String[] args) throws Exception {
    boolean named = args.length > 0 && args[0].endsWith(".csv");
    long rows = args.length > 0 && !named ? Long.parseLong(args[0]) : 10_000_000L;
    long t0 = System.nanoTime();
    Path file = named ? Path.of(args[0]) : ActivityFiles.csv(rows);
    long generated = System.nanoTime();
    System.out.printf("file %s: %,d bytes (ready in %.1f s)%n", file, Files.size(file),
        (generated - t0) / 1e9);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    AtomicLong problems = new AtomicLong();
    long start = System.nanoTime();
    GhgInventory inv;
    ActivityImport importer = ActivityImport.builder().period(ActivityWorkload.YEAR).build();
    try (Stream<ActivityRecord> records = importer.stream(file, p -> {
      if (problems.incrementAndGet() <= 5) {
        System.out.println(p);
      }
    })) {
      inv = InventoryAccumulator.inventory(ActivityWorkload.calculator(), "ten-million",
          ActivityWorkload.YEAR, records);
    }
    long end = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("imported %s in %.1f s (%.0f ns/row), %d problems; max heap %d MB,"
        + " peak heap used (sum of pool peaks) %d MB; total emissions %s%n",
        named ? file.toString() : String.format("%,d rows", rows),
        (end - start) / 1e9, (end - start) / (double) rows, problems.get(),
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, inv.totalEmissions());
  }
}
