// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * A CSV table read with FastCSV (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks); each row knows the physical line it starts on. A record longer than the buffer limit
 * ends the reading with a {@link SourceFailure} instead of filling the heap. The fields of a row
 * are made by {@link FieldStrings}: a value repeated in a column is one string.
 */
final class CsvTable implements TableSource {

  private final String encoding;
  private final CsvReader<Row> reader;
  private final Iterator<Row> rows;
  private final int maxRecordChars;
  private String[] row = new String[0];
  private int lastLine;

  CsvTable(Reader in, String encoding, int maxRecordChars) {
    this.encoding = encoding;
    this.maxRecordChars = maxRecordChars;
    this.reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
        .allowMissingFields(true).maxBufferSize(maxRecordChars).build(new RowHandler(), in);
    this.rows = reader.iterator();
  }

  @Override
  public boolean next() {
    try {
      if (!rows.hasNext()) {
        return false;
      }
      Row r = rows.next();
      row = r.fields;
      lastLine = (int) r.line;
      return true;
    } catch (CsvParseException e) {
      throw new SourceFailure(lastLine + 1, "The CSV text cannot be read after line " + lastLine
          + ": " + reason(e) + "; the rest of the file is not read");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new SourceFailure(lastLine + 1, "The bytes after line " + lastLine + " are not "
            + encoding + "; name the file's encoding (UTF-8 or GB18030); the rest of the file"
            + " is not read");
      }
      throw e;
    }
  }

  private String reason(CsvParseException e) {
    String m = String.valueOf(e.getMessage()) + (e.getCause() == null ? ""
        : " " + e.getCause().getMessage());
    if (m.contains("buffer") || m.contains("Buffer") || m.contains("size")) {
      return "a record is longer than " + maxRecordChars + " characters";
    }
    return m;
  }

  @Override
  public int line() {
    return lastLine;
  }

  @Override
  public int fieldCount() {
    return row.length;
  }

  @Override
  public String field(int index) {
    return index < row.length ? row[index] : "";
  }

  @Override
  public String[] fields() {
    return row;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row: the line it starts on and its fields, an array of its own. */
  private record Row(long line, String[] fields) {}

  /** Makes the rows of the parser's fields, through {@link FieldStrings}. */
  private static final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
    private final FieldStrings strings = new FieldStrings();
    private String[] fields = new String[16];

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      if (index == fields.length) {
        fields = Arrays.copyOf(fields, index * 2);
      }
      fields[index] = strings.of(index, buf, offset, len);
    }

    @Override
    protected Row buildRecord() {
      return new Row(getStartingLineNumber(), Arrays.copyOf(fields, getFieldCount()));
    }
  }
}
