// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.io.Closeable;

/**
 * One table of an extract read row by row — a CSV file or a sheet of a workbook — never holding
 * more than the current row. Fields are text; a workbook's dates come as ISO dates and its numbers
 * as plain decimals.
 */
interface TableSource extends Closeable {

  /**
   * Advances to the next row that is not empty.
   *
   * @return false at the end
   * @throws SourceFailure if the rest of the source cannot be read
   */
  boolean next();

  /** The physical line the current row starts on (for a sheet, its row number), 1-based. */
  int line();

  /** The number of fields of the current row. */
  int fieldCount();

  /** The field at {@code index} of the current row, never null; blank if absent. */
  String field(int index);

  /**
   * The fields of the current row as an array the caller may keep: {@code fieldCount()} long,
   * never changed by this table after.
   */
  default String[] fields() {
    String[] f = new String[fieldCount()];
    for (int i = 0; i < f.length; i++) {
      f[i] = field(i);
    }
    return f;
  }

  /**
   * Whether every row should have a field per column: true for CSV, where a short row is a
   * problem; false for a sheet, which leaves out empty cells at the end of a row.
   */
  default boolean fixedWidth() {
    return true;
  }

  /** The sheet, for a workbook; null for text. */
  default String sheet() {
    return null;
  }

  @Override
  void close();

  /** The source cannot be read further: the message says why, naming the place. */
  final class SourceFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    SourceFailure(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }
}
