// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an activity CSV text as the {@code .xlsx} workbook an ERP would export: one sheet, the
 * header row, amounts as number cells formatted with their decimals ({@code 0.00} for
 * {@code 66.00}), dates as date cells, everything else as text.
 */
public final class SampleWorkbook {

  private static final Set<String> DATES = Set.of("start", "end", "date");

  private SampleWorkbook() {}

  public static Path write(String csv, Path file) {
    List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(csv).stream().toList();
    List<String> header = rows.get(0).getFields();
    try (OutputStream o = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(o, "cnms", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      for (int r = 0; r < rows.size(); r++) {
        CsvRecord row = rows.get(r);
        for (int c = 0; c < row.getFieldCount(); c++) {
          String v = row.getField(c);
          String column = header.get(c);
          if (r == 0 || v.isEmpty()) {
            if (!v.isEmpty()) {
              ws.value(r, c, v);
            }
          } else if (column.equals("amount")) {
            BigDecimal n = new BigDecimal(v);
            ws.value(r, c, n);
            if (n.scale() > 0) {
              ws.style(r, c).format("0." + "0".repeat(n.scale())).set();
            }
          } else if (DATES.contains(column)) {
            ws.value(r, c, LocalDate.parse(v));
            ws.style(r, c).format("yyyy-mm-dd").set();
          } else {
            ws.value(r, c, v);
          }
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
