// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cnms.benchmarks.quantification.ActivityWorkload;
import org.cnms.benchmarks.quantification.QuantificationBenchmark;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Activity-data extracts for the import benchmarks, generated once from a fixed seed (the records
 * of {@link ActivityWorkload}, seed {@link QuantificationBenchmark#SEED}) into
 * {@code cnms-benchmarks/target/data/} (or the directory of the system property
 * {@code cnms.bench.data}) and reused: CSV in UTF-8 as an ERP would export it — a meter column
 * and a Chinese document reference on every row, about 150 bytes a row — and the same as an
 * {@code .xlsx} workbook.
 */
public final class ActivityFiles {

  /** The header of the generated CSV files. */
  public static final String HEADER =
      "id,source,facility,category,activity,amount,unit,start,end,obtained_by,meter,document,"
          + "region";

  private ActivityFiles() {}

  /** The directory of generated files. */
  public static Path dir() {
    String d = System.getProperty("cnms.bench.data");
    if (d != null) {
      return Path.of(d);
    }
    return Files.isDirectory(Path.of("cnms-benchmarks")) ? Path.of("cnms-benchmarks", "target",
        "data") : Path.of("target", "data");
  }

  /** The CSV file of {@code rows} records, generated if absent. */
  public static Path csv(long rows) {
    Path file = dir().resolve("activity-" + rows + ".csv");
    if (!Files.exists(file)) {
      generate(file, rows, false);
    }
    return file;
  }

  /** The workbook of {@code rows} records, generated if absent. */
  public static Path xlsx(long rows) {
    Path file = dir().resolve("activity-" + rows + ".xlsx");
    if (!Files.exists(file)) {
      generate(file, rows, true);
    }
    return file;
  }

  private static void generate(Path file, long rows, boolean workbook) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      if (workbook) {
        writeXlsx(tmp, rows);
      } else {
        writeCsv(tmp, rows);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] fields(ActivityRecord r, long i) {
    boolean metered = r.obtainedBy() == ObtainedBy.METERED;
    return new String[] {r.id(), r.sourceId(), r.facilityId(), r.category().code(),
        r.activityKey(), r.amount().value().toPlainString(), r.amount().unit().code(),
        r.period().start().toString(), r.period().end().toString(),
        r.obtainedBy().name().toLowerCase(), metered ? "M-" + r.sourceId() : "",
        "ERP 凭证 " + (4_900_000_000L + i) + "（" + r.period().start().getMonthValue() + "月结算）",
        r.region().orElse("")};
  }

  /** Writes {@code rows} records as CSV in UTF-8. */
  public static void writeCsv(Path file, long rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (long i = 0; i < rows; i++) {
        String[] f = fields(ActivityWorkload.record(QuantificationBenchmark.SEED, i), i);
        for (int c = 0; c < f.length; c++) {
          if (c > 0) {
            w.write(',');
          }
          w.write(f[c]);
        }
        w.write('\n');
      }
    }
  }

  /** Writes {@code rows} records as a workbook of one sheet, amounts as number cells. */
  public static void writeXlsx(Path file, long rows) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(o, "cnms", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      String[] header = HEADER.split(",");
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      for (long i = 0; i < rows; i++) {
        ActivityRecord r = ActivityWorkload.record(QuantificationBenchmark.SEED, i);
        String[] f = fields(r, i);
        int row = (int) i + 1;
        for (int c = 0; c < f.length; c++) {
          if (c == 5) {
            ws.value(row, c, r.amount().value());
            if (r.amount().value().scale() > 0) {
              ws.style(row, c).format("0." + "0".repeat(r.amount().value().scale())).set();
            }
          } else if (c == 7 || c == 8) {
            ws.value(row, c, c == 7 ? r.period().start() : r.period().end());
            ws.style(row, c).format("yyyy-mm-dd").set();
          } else if (!f[c].isEmpty()) {
            ws.value(row, c, f[c]);
          }
        }
        if (row % 10_000 == 0) {
          ws.flush();
        }
      }
      wb.finish();
    }
  }
}
