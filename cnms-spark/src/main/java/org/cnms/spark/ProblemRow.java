// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.io.Serializable;
import org.cnms.core.Problem;

/**
 * A problem of a bad row of activity data as a row of a Spark {@code Dataset}: the file, the
 * physical line (CSV), row (workbook) or row index (Parquet), the column, the field, the text and
 * the message, as the single-machine import reports them ({@link Problem}). A Java bean for
 * {@code Encoders.bean(ProblemRow.class)}.
 *
 * <p>Mutable, as Spark's bean encoder requires; not thread-safe.
 */
public final class ProblemRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String file;
  private long line;
  private int column;
  private String field;
  private String text;
  private String message;

  /** An empty row, for the bean encoder. */
  public ProblemRow() {}

  /**
   * The row of a problem.
   *
   * @param problem the problem, not null
   * @param file the file's name, used if the problem names none
   */
  public static ProblemRow of(Problem problem, String file) {
    ProblemRow r = new ProblemRow();
    r.file = problem.source().orElse(file);
    r.line = problem.line();
    r.column = problem.column();
    r.field = problem.field().orElse(null);
    r.text = problem.text().orElse(null);
    r.message = problem.message();
    return r;
  }

  /** The file. */
  public String getFile() {
    return file;
  }

  /** Sets the file. */
  public void setFile(String file) {
    this.file = file;
  }

  /**
   * The physical line (CSV, 1-based), row (workbook, 1-based) or row index (Parquet, 0-based);
   * for a problem of the whole file 0 (CSV, workbook) or -1 (Parquet).
   */
  public long getLine() {
    return line;
  }

  /** Sets the line. */
  public void setLine(long line) {
    this.line = line;
  }

  /** The column, 1-based; 0 if none. */
  public int getColumn() {
    return column;
  }

  /** Sets the column. */
  public void setColumn(int column) {
    this.column = column;
  }

  /** The field's name, or null. */
  public String getField() {
    return field;
  }

  /** Sets the field's name. */
  public void setField(String field) {
    this.field = field;
  }

  /** The offending text, or null. */
  public String getText() {
    return text;
  }

  /** Sets the offending text. */
  public void setText(String text) {
    this.text = text;
  }

  /** The message: a sentence stating the rule and the values. */
  public String getMessage() {
    return message;
  }

  /** Sets the message. */
  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public String toString() {
    return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
  }
}
