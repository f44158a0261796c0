// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cnms.core.Problem;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The import of activity data from a CSV extract of an ERP system held in memory (T/CAS 612 clause
 * 9.1.1): one row per record, columns named by a {@link ColumnMapping}, read by the rules of
 * {@link ActivityImport} (which streams files of any size). Every row is checked and every
 * problem of every bad row is reported with its line — unknown source, unknown unit, unparsable number,
 * negative amount, date outside the reporting period, unknown category or way of obtaining,
 * missing value, duplicate id — while the good rows become records; nothing is dropped silently.
 *
 * <pre>{@code
 * ImportReport report = CsvActivityImport.builder()
 *     .period(ReportingPeriod.calendarYear(2025))
 *     .knownSources(Set.of("boiler-1", "grid-1"))
 *     .build()
 *     .read(reader);
 * report.records();  // the good rows
 * report.errors();   // all problems, with their lines
 * }</pre>
 * Immutable, thread-safe.
 */
public final class CsvActivityImport {

  private final ColumnMapping mapping;
  private final ReportingPeriod period;
  private final Set<String> knownSources;
  private final UnitRegistry units;
  private final ActivityImport reader;

  private CsvActivityImport(Builder b) {
    this.mapping = b.mapping;
    this.period = Objects.requireNonNull(b.period, "period");
    this.knownSources = Set.copyOf(b.knownSources);
    this.units = b.units;
    this.reader = ActivityImport.builder().mapping(mapping).period(period)
        .knownSources(knownSources).units(units).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This import with another column mapping. */
  public CsvActivityImport withMapping(ColumnMapping mapping) {
    Builder b = new Builder().mapping(mapping).period(period).knownSources(knownSources)
        .units(units);
    return b.build();
  }

  /**
   * Reads a CSV text: a header row, then one row per record, with the rules and messages of
   * {@link ActivityImport}; problems carry no source name, and their line is the physical line
   * a row starts on. The text is held while reading (a second pass confirms duplicate ids with the
   * place of their first occurrence), and so are the records: for files of any size, stream them
   * with {@link ActivityImport#stream}.
   *
   * @throws IllegalArgumentException if the text is empty or its header lacks mapped required
   *     columns (all named)
   * @throws UncheckedIOException if the reader fails
   */
  public ImportReport read(Reader in) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      in.transferTo(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = w.toString();
    ActivityImport.Input input = new ActivityImport.Input() {
      @Override
      public String name() {
        return "";
      }

      @Override
      public TableSource open() {
        return new CsvTable(new StringReader(text), "text", ActivityImport.MAX_RECORD_CHARS);
      }

      @Override
      public boolean reopenable() {
        return true;
      }
    };
    ImportReport.Builder report = ImportReport.builder();
    ActivityImport.Run run = reader.new Run(List.of(input), report::addErrors);
    while (run.hasNext()) {
      report.addRecords(run.next());
    }
    Problem fatal = run.fileProblem();
    if (fatal != null) {
      throw new IllegalArgumentException(fatal.message());
    }
    return report.build();
  }


  /** Builds a {@link CsvActivityImport}; the reporting period is required. */
  public static final class Builder {
    private ColumnMapping mapping = ColumnMapping.defaults();
    private @Nullable ReportingPeriod period;
    private final Set<String> knownSources = new LinkedHashSet<>();
    private UnitRegistry units = UnitRegistry.standard();

    private Builder() {}

    /** The column mapping; {@link ColumnMapping#defaults()} if not set. */
    public Builder mapping(ColumnMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /** The reporting period every row must lie in. */
    public Builder period(ReportingPeriod period) {
      this.period = period;
      return this;
    }

    /** The ids of the known sources; rows of other sources are errors. None: any source. */
    public Builder knownSources(Set<String> sourceIds) {
      knownSources.addAll(sourceIds);
      return this;
    }

    /** The unit registry, e.g. one with the ERP's own aliases; the standard one by default. */
    public Builder units(UnitRegistry units) {
      this.units = Objects.requireNonNull(units, "units");
      return this;
    }

    /** The import. @throws NullPointerException if the period is not set */
    public CsvActivityImport build() {
      return new CsvActivityImport(this);
    }
  }
}
