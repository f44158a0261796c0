package org.cnms.quantification.activity;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.UnitRegistry;
import org.cnms.core.units.UnknownUnitException;
import org.cnms.quantification.internal.Csv;
import org.jspecify.annotations.Nullable;

/**
 * The import of activity data from a CSV extract of an ERP system (T/CAS 612 clause 9.1.1): one row
 * per record, columns named by a {@link ColumnMapping}. Every row is checked and every problem of
 * every bad row is reported with its row number — unknown source, unknown unit, unparsable number,
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
 * report.errors();   // all problems, with row numbers
 * }</pre>
 * Immutable, thread-safe.
 */
public final class CsvActivityImport {

  private final ColumnMapping mapping;
  private final ReportingPeriod period;
  private final Set<String> knownSources;
  private final UnitRegistry units;

  private CsvActivityImport(Builder b) {
    this.mapping = b.mapping;
    this.period = Objects.requireNonNull(b.period, "period");
    this.knownSources = Set.copyOf(b.knownSources);
    this.units = b.units;
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
   * Reads a CSV file: a header row, then one row per record.
   *
   * @throws IllegalArgumentException if the header lacks mapped required columns (all named)
   */
  public ImportReport read(Reader in) {
    List<Csv.Row> rows = Csv.read(in, false);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("The CSV file is empty; expected a header row");
    }
    Map<String, Integer> header = new HashMap<>();
    List<String> names = rows.get(0).fields();
    for (int i = 0; i < names.size(); i++) {
      header.putIfAbsent(names.get(i).strip(), i);
    }
    List<String> required = new ArrayList<>(List.of(mapping.id(), mapping.sourceId(),
        mapping.facilityId(), mapping.category(), mapping.activityKey(), mapping.amount(),
        mapping.unit()));
    if (mapping.date().isPresent()) {
      required.add(mapping.date().get());
    } else {
      required.add(mapping.start());
      required.add(mapping.end());
    }
    List<String> absent = required.stream().filter(c -> !header.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      throw new IllegalArgumentException("The CSV header lacks the column(s) "
          + String.join(", ", absent) + "; it has " + String.join(", ", names));
    }
    ImportReport.Builder report = ImportReport.builder();
    Set<String> ids = new HashSet<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      new RowReader(row, header, report, ids).read();
    }
    return report.build();
  }

  private final class RowReader {
    private final Csv.Row row;
    private final Map<String, Integer> header;
    private final ImportReport.Builder report;
    private final Set<String> ids;
    private boolean bad;

    RowReader(Csv.Row row, Map<String, Integer> header, ImportReport.Builder report,
        Set<String> ids) {
      this.row = row;
      this.header = header;
      this.report = report;
      this.ids = ids;
    }

    void error(@Nullable String column, @Nullable String value, String message) {
      bad = true;
      RowError.Builder e = RowError.builder().row(row.number()).message(message);
      if (column != null) {
        e.column(column);
      }
      if (value != null) {
        e.value(value);
      }
      report.addErrors(e.build());
    }

    @Nullable String optional(String column) {
      Integer i = header.get(column);
      if (i == null || i >= row.fields().size()) {
        return null;
      }
      String v = row.fields().get(i).strip();
      return v.isEmpty() ? null : v;
    }

    @Nullable String required(String column) {
      String v = optional(column);
      if (v == null) {
        error(column, null, "A value is required in column " + column);
      }
      return v;
    }

    @Nullable LocalDate date(String column) {
      String v = required(column);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        error(column, v, "Not a date (YYYY-MM-DD): '" + v + "'");
        return null;
      }
    }

    void read() {
      if (row.fields().size() != header.size() && row.fields().size() < header.size()) {
        error(null, null, "The row has " + row.fields().size() + " fields, the header "
            + header.size());
      }
      String id = required(mapping.id());
      if (id != null && !ids.add(id)) {
        error(mapping.id(), id, "Record id '" + id + "' appears twice in the file");
      }
      String source = required(mapping.sourceId());
      if (source != null && !knownSources.isEmpty() && !knownSources.contains(source)) {
        error(mapping.sourceId(), source, "Unknown source '" + source + "'");
      }
      String facility = required(mapping.facilityId());
      String categoryText = required(mapping.category());
      EmissionCategory category = null;
      if (categoryText != null) {
        try {
          category = EmissionCategory.parse(categoryText);
        } catch (IllegalArgumentException e) {
          error(mapping.category(), categoryText, e.getMessage());
        }
      }
      String key = required(mapping.activityKey());
      String amountText = required(mapping.amount());
      BigDecimal value = null;
      if (amountText != null) {
        try {
          value = new BigDecimal(amountText.replace(",", ""));
          if (value.signum() < 0) {
            error(mapping.amount(), amountText, "The amount must not be negative, but was "
                + amountText);
            value = null;
          }
        } catch (NumberFormatException e) {
          error(mapping.amount(), amountText, "Not a number: '" + amountText + "'");
        }
      }
      String unitText = required(mapping.unit());
      MeasureUnit unit = null;
      if (unitText != null) {
        try {
          unit = units.parse(unitText);
        } catch (UnknownUnitException e) {
          error(mapping.unit(), unitText, "Unknown unit '" + unitText + "'");
        }
      }
      ReportingPeriod p = null;
      if (mapping.date().isPresent()) {
        LocalDate d = date(mapping.date().get());
        if (d != null) {
          p = ReportingPeriod.of(d, d);
        }
      } else {
        LocalDate s = date(mapping.start());
        LocalDate e = date(mapping.end());
        if (s != null && e != null) {
          if (e.isBefore(s)) {
            error(mapping.end(), e.toString(), "The end " + e + " is before the start " + s);
          } else {
            p = ReportingPeriod.of(s, e);
          }
        }
      }
      if (p != null && !period.encloses(p)) {
        error(mapping.date().orElse(mapping.start()), p.toString(), "The period " + p
            + " lies outside the reporting period " + period);
      }
      ObtainedBy by = ObtainedBy.METERED;
      String byText = optional(mapping.obtainedBy());
      if (byText != null) {
        try {
          by = ObtainedBy.valueOf(byText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          error(mapping.obtainedBy(), byText, "Unknown way of obtaining '" + byText
              + "'; expected metered, invoiced, calculated or estimated");
        }
      }
      if (bad) {
        return;
      }
      try {
        ActivityRecord.Builder b = ActivityRecord.builder().id(id).sourceId(source)
            .facilityId(facility).category(category).activityKey(key)
            .amount(Amount.of(value, unit)).period(p).obtainedBy(by);
        String meter = optional(mapping.meterId());
        if (meter != null) {
          b.meterId(meter);
        }
        String doc = optional(mapping.documentRef());
        if (doc != null) {
          b.documentRef(doc);
        }
        String region = optional(mapping.region());
        if (region != null) {
          b.region(region);
        }
        String corrects = optional(mapping.corrects());
        if (corrects != null) {
          b.corrects(corrects);
        }
        report.addRecords(b.build());
      } catch (IllegalArgumentException e) {
        error(null, null, e.getMessage());
      }
    }
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
