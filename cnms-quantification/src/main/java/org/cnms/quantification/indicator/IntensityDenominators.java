// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.indicator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.cnms.core.Problem;
import org.cnms.core.units.Amount;
import org.cnms.quantification.internal.Csv;

/**
 * The denominators of intensity indicators (T/CAS 612 clause 6.4: emissions per unit of
 * production or of output value) per indicator and year, e.g. read from a CSV file with the columns
 * {@code indicator,year,value,unit} in any order:
 * <pre>
 * indicator,year,value,unit
 * PI-INT-PROD,2025,14210,t
 * </pre>
 * Every problem of every row is reported as a {@link Problem} with the physical line, the column
 * and the offending text; a denominator is positive, and an indicator has one per year. Immutable,
 * thread-safe.
 */
public final class IntensityDenominators {

  /** The columns of the CSV form. */
  public static final List<String> COLUMNS = List.of("indicator", "year", "value", "unit");

  private static final IntensityDenominators NONE = new IntensityDenominators(Map.of());

  private final Map<String, Map<Integer, Amount>> values;

  private IntensityDenominators(Map<String, Map<Integer, Amount>> values) {
    Map<String, Map<Integer, Amount>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    this.values = Collections.unmodifiableMap(copy);
  }

  /** No denominators at all. */
  public static IntensityDenominators none() {
    return NONE;
  }

  /**
   * Denominators from a map of indicator ids to years to amounts.
   *
   * @param values the denominators, each positive
   * @return the denominators
   * @throws IllegalArgumentException if one is not positive
   */
  public static IntensityDenominators of(Map<String, Map<Integer, Amount>> values) {
    values.forEach((indicator, years) -> years.forEach((year, amount) -> {
      if (amount.value().signum() <= 0) {
        throw new IllegalArgumentException("The denominator of " + indicator + " in " + year
            + " must be positive, but was " + amount);
      }
    }));
    return new IntensityDenominators(values);
  }

  /**
   * The denominator of an indicator in a year.
   *
   * @param indicatorId the indicator's id
   * @param year the year
   * @return the denominator, if given
   */
  public Optional<Amount> of(String indicatorId, int year) {
    return Optional.ofNullable(values.getOrDefault(indicatorId, Map.of()).get(year));
  }

  /** Every denominator: indicator ids to years (ascending) to amounts. */
  public Map<String, Map<Integer, Amount>> values() {
    return values;
  }

  /**
   * Reads the CSV form from a file, UTF-8.
   *
   * @param file the file, not null
   * @param problems the sink of every problem, whose source is the file's name as given
   * @return the denominators of the good rows
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IntensityDenominators read(Path file, Consumer<Problem> problems) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), problems);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the CSV form.
   *
   * @param in the text, not closed
   * @param source the name problems give as their source, e.g. the file's name
   * @param problems the sink of every problem
   * @return the denominators of the good rows; a caller that got problems usually discards them
   */
  public static IntensityDenominators read(Reader in, String source,
      Consumer<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    List<Csv.Row> rows;
    try {
      rows = Csv.read(in, false);
    } catch (IllegalArgumentException e) {
      problems.accept(Problem.builder().source(source).message(e.getMessage()).build());
      return none();
    }
    if (rows.isEmpty()) {
      problems.accept(Problem.builder().source(source).message("The file is empty; expected"
          + " a header row naming the columns " + String.join(", ", COLUMNS)).build());
      return none();
    }
    List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
    List<String> lacking = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
    if (!lacking.isEmpty()) {
      problems.accept(Problem.builder().source(source).line(rows.get(0).number())
          .message("The header lacks the column(s) " + String.join(", ", lacking) + "; it has "
              + String.join(", ", header)).build());
      return none();
    }
    int[] at = COLUMNS.stream().mapToInt(header::indexOf).toArray();
    Map<String, Map<Integer, Amount>> values = new LinkedHashMap<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      Row r = new Row(row, at, source, problems);
      String indicator = r.field(0);
      String yearText = r.field(1);
      Integer year = null;
      if (indicator.isEmpty()) {
        r.problem(0, "The indicator is empty");
      }
      try {
        year = Integer.valueOf(yearText);
        if (year < 1900 || year > 2200) {
          r.problem(1, "The year must lie between 1900 and 2200");
          year = null;
        }
      } catch (NumberFormatException e) {
        r.problem(1, "Not a year");
      }
      Amount amount = null;
      java.math.BigDecimal value = null;
      try {
        value = new java.math.BigDecimal(r.field(2));
      } catch (NumberFormatException e) {
        r.problem(2, "Not a number (the decimal separator is '.', without grouping)");
      }
      if (value != null && value.signum() <= 0) {
        r.problem(2, "The denominator must be positive, but was " + r.field(2));
      } else if (value != null) {
        try {
          amount = Amount.of(r.field(2), r.field(3));
        } catch (IllegalArgumentException | ArithmeticException e) {
          r.problem(3, String.valueOf(e.getMessage()));
        }
      }
      if (r.bad || year == null || amount == null) {
        continue;
      }
      Amount before = values.computeIfAbsent(indicator, k -> new TreeMap<>()).putIfAbsent(year,
          amount);
      if (before != null) {
        r.problem(1, indicator + " has two values for " + year);
      }
    }
    return new IntensityDenominators(values);
  }

  /** One data row and its problems. */
  private static final class Row {
    private final Csv.Row row;
    private final int[] at;
    private final String source;
    private final Consumer<Problem> problems;
    boolean bad;

    Row(Csv.Row row, int[] at, String source, Consumer<Problem> problems) {
      this.row = row;
      this.at = at;
      this.source = source;
      this.problems = problems;
    }

    String field(int column) {
      int i = at[column];
      return i < row.fields().size() ? row.fields().get(i).strip() : "";
    }

    void problem(int column, String message) {
      bad = true;
      problems.accept(Problem.builder().source(source).line(row.number())
          .column(at[column] + 1).field(COLUMNS.get(column)).text(field(column))
          .message(message).build());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntensityDenominators d && d.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "IntensityDenominators" + values;
  }
}
