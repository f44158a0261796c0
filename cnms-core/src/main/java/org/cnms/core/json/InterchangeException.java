// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import java.util.List;
import java.util.Optional;
import org.cnms.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON or YAML document (documented information, T/CAS 612 clause 7.5) cannot be read
 * into a cnms record: unknown field, missing
 * field, bad value or invalid record. The message names the field path (e.g.
 * {@code $.facilities[2].kind}), the line and column, and the problem; the same facts are kept as
 * fields and as {@link #problems()}, values of the SDK's one {@link Problem} type.
 */
public final class InterchangeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final int line;
  private final int column;
  private final @Nullable String source;
  private final List<Problem> problems;

  /**
   * @param source the file or resource read, or null
   * @param path the field path, e.g. {@code $.facilities[2].kind}
   * @param line the line, 1-based, or 0 if unknown
   * @param column the column, 1-based, or 0 if unknown
   * @param problem what is wrong, without the place, e.g. {@code unknown field 'colour'}
   * @param message the full message
   * @param cause the parser's exception
   */
  public InterchangeException(@Nullable String source, String path, int line, int column,
      String problem, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.source = source;
    this.path = path;
    this.problem = problem;
    this.line = line;
    this.column = column;
    Problem.Builder p = Problem.builder().line(Math.max(line, 0)).column(Math.max(column, 0))
        .field(path).message(problem);
    if (source != null) {
      p.source(source);
    }
    this.problems = List.of(p.build());
  }

  /**
   * An exception carrying every problem found in one document, e.g. each missing or malformed
   * field of a footprint with its JSON path; the first problem gives {@link #path()}, {@link
   * #problem()}, {@link #line()} and {@link #column()}.
   *
   * @param source the file or resource read, or null
   * @param problems the problems, not empty
   * @param message the full message
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InterchangeException(@Nullable String source, List<Problem> problems, String message) {
    super(message);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An InterchangeException needs at least one problem");
    }
    Problem first = problems.get(0);
    this.source = source;
    this.path = first.field().orElse("$");
    this.problem = first.message();
    this.line = first.line();
    this.column = first.column();
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems found, as values: the source, line and column where the parser knows them, the
   * field path as {@link Problem#field()} and the problem without its place as
   * {@link Problem#message()}. Never empty.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** The path of the field at fault, e.g. {@code $.facilities[2].kind}. */
  public String path() {
    return path;
  }

  /** What is wrong, without the place: e.g. {@code unknown field 'colour'; known fields: …}. */
  public String problem() {
    return problem;
  }

  /** The line of the document, 1-based; 0 if unknown. */
  public int line() {
    return line;
  }

  /** The column of the document, 1-based; 0 if unknown. */
  public int column() {
    return column;
  }

  /** The file or resource read, if known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
