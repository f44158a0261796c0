// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cnms.benchmarks.quantification.ActivityWorkload;
import org.cnms.core.Problem;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
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
 * A 200,000-row activity workbook ({@code .xlsx}, generated once by {@link ActivityFiles}) (g)
 * imported into an inventory through {@link ActivityImport}, against (h) merely reading every
 * cell's text (and format, as the import needs it for dates) with FastExcel's streaming reader.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class XlsxImportBenchmark {

  /** The rows of the workbook. */
  public static final long ROWS = 200_000L;

  private Path file;
  private Calculator calculator;
  private ActivityImport importer;

  @Setup
  public void setUp() throws IOException {
    file = ActivityFiles.xlsx(ROWS);
    calculator = ActivityWorkload.calculator();
    importer = ActivityImport.builder().period(ActivityWorkload.YEAR).build();
    System.out.println("\n" + file + ": " + Files.size(file) / 1_000_000 + " MB");
  }

  /** (g) The workbook → inventory. */
  @Benchmark
  public GhgInventory importToInventory() {
    List<Problem> problems = new ArrayList<>();
    GhgInventory inv;
    try (Stream<ActivityRecord> records = importer.stream(file, problems::add)) {
      inv = InventoryAccumulator.inventory(calculator, "bench", ActivityWorkload.YEAR, records);
    }
    if (!problems.isEmpty() || inv.lines().isEmpty()) {
      throw new IllegalStateException(problems.size() + " problems, first " + problems.get(0));
    }
    return inv;
  }

  /** (h) FastExcel's reader alone: every cell's raw text and format. */
  @Benchmark
  public long fastExcel() throws IOException {
    long sum = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(),
        new ReadingOptions(true, false)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
      for (Row r : (Iterable<Row>) rows::iterator) {
        sum += r.getRowNum();
        for (Cell c : r) {
          if (c != null) {
            String raw = c.getRawValue();
            sum += raw == null ? 0 : raw.length();
            Integer f = c.getDataFormatId();
            sum += f == null ? 0 : f;
          }
        }
      }
    }
    return sum;
  }
}
