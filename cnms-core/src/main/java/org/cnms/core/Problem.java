// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found while reading documented information (T/CAS 612 clause 7.5) or data into
 * cnms — a bad row of an activity-data extract, an unknown field of a YAML file, a file that is
 * empty or in an unknown encoding: where it is (the file or resource, the physical line of a text
 * file or the sheet and row of a workbook, the column), the offending text and a sentence saying
 * what is wrong. Every importer of the SDK reports this one type, so callers never parse
 * messages.
 *
 * <p>{@link #toString()} reads as a compiler's message does:
 * {@code activity/2025.csv:14:6: amount: '24,9' is not a number …}, or
 * {@code erp.xlsx[Sheet1]:14:6: …} for a workbook. The offending text is kept to at most
 * {@value #MAX_TEXT} characters (a longer text is cut and says how long it was), so a problem
 * about a huge field stays small.
 *
 * <p>Immutable, thread-safe, treat as a value type.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem implements WithProblem {

  /** The most characters of offending text a problem keeps. */
  public static final int MAX_TEXT = 200;

  /** The file or resource read, as given by the caller (e.g. {@code activity/2025.csv}). */
  public abstract Optional<String> source();

  /** The sheet of a workbook, if the source is one. */
  public abstract Optional<String> sheet();

  /**
   * The physical line of a text file, 1-based (a record spanning lines by quoted line breaks is
   * at the line it starts on), or the row of a sheet, 1-based; 0 if the problem concerns the
   * whole source.
   */
  @Value.Default
  public int line() {
    return 0;
  }

  /**
   * The column, 1-based: the character column of a JSON or YAML document, the field index of a
   * table row; 0 if unknown.
   */
  @Value.Default
  public int column() {
    return 0;
  }

  /**
   * The name of the field at fault: the column name of a table (e.g. {@code amount}) or the path
   * of a document (e.g. {@code $.facilities[2].kind}), if one.
   */
  public abstract Optional<String> field();

  /** The offending text, at most {@value #MAX_TEXT} characters, if one. */
  public abstract Optional<String> text();

  /** What is wrong, as a sentence, without the place. */
  public abstract String message();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A problem at a line of a source, e.g. a file of a workspace.
   *
   * @param source the source, e.g. the file's name
   * @param line the 1-based line, or 0 if it is a problem of the whole source or unknown
   * @param message what is wrong
   * @return the problem
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static Problem at(String source, int line, String message) {
    return builder().source(source).line(line).message(message).build();
  }

  /**
   * A problem of a whole source, e.g. an empty file.
   *
   * @param source the file or resource, not null
   * @param message what is wrong, not null
   * @return the problem
   */
  public static Problem ofSource(String source, String message) {
    return builder().source(source).message(message).build();
  }

  /**
   * The text as a problem keeps it: unchanged up to {@value #MAX_TEXT} characters, else its
   * beginning followed by {@code …(N characters)}.
   *
   * @param text the text, not null
   * @return the text, shortened if needed
   */
  public static String excerpt(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, MAX_TEXT - 30) + "…(" + text.length() + " characters)";
  }

  /** Builds a {@link Problem}; the message is required. */
  public static final class Builder extends ImmutableProblem.Builder {}

  @Value.Check
  protected Problem normalise() {
    if (line() < 0 || column() < 0) {
      throw new IllegalArgumentException("Problem.line and column must not be negative, but were "
          + line() + " and " + column());
    }
    if (text().isPresent() && text().get().length() > MAX_TEXT) {
      return ImmutableProblem.copyOf(this).withText(excerpt(text().get()));
    }
    return this;
  }

  /**
   * The place, as {@code source[sheet]:line:column}, each part left out when unknown
   * (e.g. {@code 2025.csv:14:6}, {@code 2025.csv}, {@code 14}).
   */
  public String place() {
    StringBuilder b = new StringBuilder();
    source().ifPresent(b::append);
    sheet().ifPresent(s -> b.append('[').append(s).append(']'));
    if (line() > 0) {
      if (b.length() > 0) {
        b.append(':');
      }
      b.append(line());
      if (column() > 0) {
        b.append(':').append(column());
      }
    }
    return b.toString();
  }

  /** The problem as {@code place: field: message}, e.g. {@code 2025.csv:14:6: amount: …}. */
  @Override
  public String toString() {
    String place = place();
    return (place.isEmpty() ? "" : place + ": ") + field().map(f -> f + ": ").orElse("")
        + message();
  }
}
