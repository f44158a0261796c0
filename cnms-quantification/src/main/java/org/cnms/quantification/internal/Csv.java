// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The small CSV files of the SDK — factor tables, GWP sets, intensity denominators — read through
 * FastCSV (RFC 4180: quoted fields with commas, doubled quotes and line breaks), the parser the
 * activity import uses too: each record with the physical line it starts on, right with quoted
 * line breaks. A byte order mark at the start is skipped; blank lines are skipped; lines that start
 * with {@code #} are comments when {@code comments} is set.
 */
public final class Csv {

  /**
   * One record with the physical line it starts on (the header is line 1).
   *
   * @param number the 1-based line the record starts on
   * @param fields its fields
   */
  public record Row(int number, List<String> fields) {}

  private Csv() {}

  /**
   * Reads every record of {@code in}.
   *
   * @param in the text; not closed
   * @param comments whether lines starting with {@code #} are comments
   * @return the records, in order
   * @throws IllegalArgumentException naming the line of an unterminated quoted field
   */
  public static List<Row> read(Reader in, boolean comments) {
    List<Row> rows = new ArrayList<>();
    CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true)
        .commentStrategy(comments ? CommentStrategy.SKIP : CommentStrategy.NONE)
        .ofCsvRecord(in);
    try {
      for (CsvRecord r : reader) {
        List<String> fields = new ArrayList<>(r.getFields());
        if (rows.isEmpty() && !fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
          fields.set(0, fields.get(0).substring(1));
        }
        if (fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        rows.add(new Row((int) r.getStartingLineNumber(), List.copyOf(fields)));
      }
    } catch (CsvParseException e) {
      throw new IllegalArgumentException("CSV: " + e.getMessage(), e);
    }
    return rows;
  }
}
