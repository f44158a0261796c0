// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an Office Open XML workbook ({@code .xlsx}) read row by row with FastExcel's
 * streaming reader (a StAX pass over the sheet's XML; no workbook object model). Cells become
 * text: strings as they are; numbers as plain decimals of at most 15 significant digits (what
 * Excel keeps; longer stored forms are binary noise, e.g. {@code 24.899999999999999} is 24.9),
 * given the decimals of a fixed format such as {@code 0.00}; cells formatted as dates as ISO
 * dates ({@code 2025-01-31}), or ISO date-times when they hold a time of day.
 */
final class XlsxTable implements TableSource {

  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final ReadableWorkbook workbook;
  private final Sheet sheet;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private Row row;

  XlsxTable(Path file) throws IOException {
    this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    try {
      this.sheet = workbook.getFirstSheet();
      this.stream = sheet.openStream();
      this.rows = stream.iterator();
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  @Override
  public boolean fixedWidth() {
    return false;
  }

  @Override
  public String sheet() {
    return sheet.getName();
  }

  @Override
  public boolean next() {
    try {
      while (rows.hasNext()) {
        Row r = rows.next();
        for (int i = 0; i < r.getCellCount(); i++) {
          if (!field(r, i).isBlank()) {
            row = r;
            return true;
          }
        }
      }
      return false;
    } catch (RuntimeException e) {
      int after = row == null ? 0 : row.getRowNum();
      throw new SourceFailure(after + 1, "The sheet " + sheet.getName()
          + " cannot be read after row " + after + " (" + e.getMessage()
          + "); the workbook is damaged or truncated; the rest is not read");
    }
  }

  @Override
  public int line() {
    return row.getRowNum();
  }

  @Override
  public int fieldCount() {
    return row.getCellCount();
  }

  @Override
  public String field(int index) {
    return field(row, index);
  }

  private static String field(Row r, int index) {
    if (index >= r.getCellCount()) {
      return "";
    }
    Cell c = r.getCell(index);
    if (c == null) {
      return "";
    }
    CellType type = c.getType();
    if (type == CellType.EMPTY) {
      return "";
    }
    if (type == CellType.NUMBER || type == CellType.FORMULA) {
      String raw = c.getRawValue();
      if (raw == null) {
        return "";
      }
      BigDecimal n;
      try {
        n = new BigDecimal(raw);
      } catch (NumberFormatException e) {
        return raw;
      }
      if (isDate(c.getDataFormatId(), c.getDataFormatString())) {
        LocalDateTime d = c.asDate();
        return d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString()
            : d.toString();
      }
      if (n.precision() > 15) {
        n = n.round(EXCEL_DIGITS).stripTrailingZeros();
      }
      int decimals = fixedDecimals(c.getDataFormatId(), c.getDataFormatString());
      if (decimals > n.scale()) {
        n = n.setScale(decimals);
      }
      return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }
    String text = c.getText();
    return text == null ? "" : text;
  }

  /** The decimals of a fixed number format ({@code 0.00}, {@code #,##0.0}); 0 for others. */
  static int fixedDecimals(Integer id, String format) {
    if (id != null && (id == 2 || id == 4)) {
      return 2;
    }
    if (format == null || !format.matches("[#,0]*0(\\.0+)?")) {
      return 0;
    }
    int dot = format.indexOf('.');
    return dot < 0 ? 0 : format.length() - dot - 1;
  }

  /**
   * Whether a number format shows a date: Excel's built-in date formats (14–22, 45–47, and the
   * East Asian 27–36 and 50–58), or a format with year, month or day codes outside quoted text
   * and brackets (e.g. {@code yyyy"年"m"月"d"日"}).
   */
  static boolean isDate(Integer id, String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36)
        || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null || format.isEmpty() || format.equalsIgnoreCase("General")) {
      return false;
    }
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    int bracket = 0;
    for (int i = 0; i < format.length(); i++) {
      char ch = format.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == '[') {
        bracket++;
      } else if (!quoted && ch == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (!quoted && bracket == 0 && ch == '\\') {
        i++;
      } else if (!quoted && bracket == 0) {
        b.append(Character.toLowerCase(ch));
      }
    }
    String s = b.toString();
    return s.indexOf('y') >= 0 || s.indexOf('d') >= 0;
  }

  @Override
  public void close() {
    try {
      stream.close();
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
