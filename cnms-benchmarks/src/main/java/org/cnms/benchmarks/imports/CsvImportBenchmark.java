// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.imports;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cnms.benchmarks.quantification.ActivityWorkload;
import org.cnms.core.Problem;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.activity.ActivityImport;
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

/**
 * A 1,000,000-row activity CSV file (UTF-8, about 150 MB, generated once by {@link ActivityFiles})
 * (e) imported into an inventory through {@link ActivityImport} and the engine, against (f)
 * merely parsing it with FastCSV, the parser chosen; and the parser comparison: FastCSV,
 * Jackson's CSV parser ({@code jackson-dataformat-csv}, the project's Jackson version) and Apache
 * Commons CSV, each decoding the same bytes with the same strict UTF-8 decoder, touching every
 * field of every record and taking the physical line each record starts on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CsvImportBenchmark {

  /** The rows of the file. */
  public static final long ROWS = 1_000_000L;

  private Path file;
  private Calculator calculator;
  private ActivityImport importer;

  @Setup
  public void setUp() throws IOException {
    setUp(ActivityFiles.csv(ROWS));
  }

  void setUp(Path csv) throws IOException {
    file = csv;
    calculator = ActivityWorkload.calculator();
    importer = ActivityImport.builder().period(ActivityWorkload.YEAR).build();
    System.out.println("\n" + file + ": " + Files.size(file) / 1_000_000 + " MB");
  }

  Reader reader() throws IOException {
    return new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
        StandardCharsets.UTF_8.newDecoder());
  }

  /** (e) The file → inventory: decoding, parsing, checking every field, the engine. */
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

  /** (f) FastCSV alone: every field of every record, and its starting line. */
  @Benchmark
  public long fastCsv() throws IOException {
    long sum = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader())) {
      for (CsvRecord r : csv) {
        sum += r.getStartingLineNumber();
        for (int i = 0; i < r.getFieldCount(); i++) {
          sum += r.getField(i).length();
        }
      }
    }
    return sum;
  }

  /** Jackson's CSV parser, token by token (its fastest API), with each record's line. */
  @Benchmark
  public long jacksonCsv() throws IOException {
    long sum = 0;
    CsvFactory factory = new CsvFactory();
    try (CsvParser p = factory.createParser(reader())) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          sum += p.currentLocation().getLineNr();
        } else if (t == JsonToken.VALUE_STRING) {
          sum += p.getText().length();
        }
      }
    }
    return sum;
  }

  /** Apache Commons CSV, with each record's starting line from the parser's line count. */
  @Benchmark
  public long commonsCsv() throws IOException {
    long sum = 0;
    try (CSVParser p = CSVParser.builder().setReader(reader()).setFormat(CSVFormat.RFC4180)
        .get()) {
      long lineBefore = 0;
      for (CSVRecord r : p) {
        sum += lineBefore + 1;
        for (int i = 0; i < r.size(); i++) {
          sum += r.get(i).length();
        }
        lineBefore = p.getCurrentLineNumber();
      }
    }
    return sum;
  }
}
