// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader of comma-separated values after RFC 4180: fields may be quoted with {@code "},
 * a quote inside a quoted field is doubled, quoted fields may hold commas and line breaks. A byte
 * order mark at the start is skipped. Lines that start with {@code #} outside quotes are comments
 * when {@code comments} is set.
 */
public final class Csv {

  /** One record of the file with its 1-based record number (the header is record 1). */
  public record Row(int number, List<String> fields) {}

  private Csv() {}

  /**
   * Reads every record of {@code in}; comment lines are skipped but still counted.
   *
   * @throws IllegalArgumentException naming the record of an unterminated quoted field
   */
  public static List<Row> read(Reader in, boolean comments) {
    String text;
    try {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        b.append(buf, 0, n);
      }
      text = b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int number = 0;
    int len = text.length();
    while (i < len) {
      number++;
      if (comments && text.charAt(i) == '#') {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? len : eol + 1;
        continue;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      int start = number;
      while (true) {
        if (i >= len) {
          if (quoted) {
            throw new IllegalArgumentException("CSV record " + start
                + " has a quoted field that is never closed");
          }
          fields.add(field.toString());
          break;
        }
        char c = text.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < len && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"' && field.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' && i < len && text.charAt(i) == '\n') {
          i++;
          fields.add(field.toString());
          break;
        } else if (c == '\n') {
          fields.add(field.toString());
          break;
        } else {
          field.append(c);
        }
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      rows.add(new Row(start, List.copyOf(fields)));
    }
    return rows;
  }
}
