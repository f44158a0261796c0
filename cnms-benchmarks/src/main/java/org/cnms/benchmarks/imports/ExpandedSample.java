// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled sample workspace with one activity file expanded: each row of
 * {@code activity/<year>.csv} split into equal parts (its amount divided exactly, the other fields
 * kept, the id and the meter, if any, suffixed {@code -1}, {@code -2} … — each part is read by a
 * sub-meter of its own, as the overlap check of clause 6.3 asks of metered figures that share a
 * period), the parts of all rows interleaved so that the
 * file is {@code rows} rows long. The expanded workspace has exactly the inventories of the sample:
 * every part is an exact quotient (the number of parts is a product of 2s and 5s for the default
 * 1,000,000 rows of 20 sample rows), so the sum of the parts is the original amount. Deterministic:
 * no randomness is involved, so the same arguments always give the same bytes.
 *
 * <pre>
 * java -cp cnms-benchmarks/target/benchmarks.jar org.cnms.benchmarks.imports.ExpandedSample \
 *     cnms-examples/src/main/resources/org/cnms/examples/sample target/expanded [rows] [year]
 * </pre>
 */
public final class ExpandedSample {

  private ExpandedSample() {}

  /**
   * Copies the workspace {@code args[0]} to {@code args[1]} with {@code activity/<args[3]>.csv}
   * (2025 by default) expanded to {@code args[2]} rows (1,000,000 by default).
   *
   * @param args the sample directory, the target directory, optionally rows and year
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ExpandedSample <sample dir> <target dir> [rows] [year]");
      System.exit(2);
    }
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    long rows = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000L;
    int year = args.length > 3 ? Integer.parseInt(args[3]) : 2025;
    long written = expand(from, to, rows, year);
    System.out.println(to.resolve("activity").resolve(year + ".csv") + ": " + written
        + " rows, " + Files.size(to.resolve("activity").resolve(year + ".csv")) + " bytes");
  }

  /**
   * Writes the expanded workspace; returns the number of rows of the expanded file.
   *
   * @throws IllegalArgumentException if {@code rows} is not a multiple of the file's rows
   */
  static long expand(Path from, Path to, long rows, int year) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path file = from.resolve("activity").resolve(year + ".csv");
    List<List<String>> table = new ArrayList<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
      r.forEach(rec -> table.add(rec.getFields()));
    }
    List<String> header = table.get(0);
    List<List<String>> body = table.subList(1, table.size());
    if (body.isEmpty() || rows % body.size() != 0) {
      throw new IllegalArgumentException("rows must be a multiple of the " + body.size()
          + " rows of " + file + ", but was " + rows);
    }
    long parts = rows / body.size();
    int id = header.indexOf("id");
    int amount = header.indexOf("amount");
    int meter = header.indexOf("meter");
    BigDecimal n = BigDecimal.valueOf(parts);
    List<BigDecimal> shares = new ArrayList<>();
    for (List<String> row : body) {
      shares.add(new BigDecimal(row.get(amount)).divide(n)); // exact, or ArithmeticException
    }
    long count = 0;
    try (Writer w = Files.newBufferedWriter(to.resolve("activity").resolve(year + ".csv"),
        StandardCharsets.UTF_8); CsvWriter out = CsvWriter.builder().build(w)) {
      out.writeRecord(header);
      String[] fields = new String[header.size()];
      for (long k = 1; k <= parts; k++) {
        for (int i = 0; i < body.size(); i++) {
          List<String> row = body.get(i);
          for (int c = 0; c < fields.length; c++) {
            fields[c] = row.get(c);
          }
          fields[id] = row.get(id) + "-" + k;
          if (meter >= 0 && !row.get(meter).isBlank()) {
            fields[meter] = row.get(meter) + "-" + k;
          }
          fields[amount] = shares.get(i).toPlainString();
          out.writeRecord(fields);
          count++;
        }
      }
    }
    return count;
  }
}
