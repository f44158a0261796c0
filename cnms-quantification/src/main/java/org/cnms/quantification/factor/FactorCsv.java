// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cnms.core.Problem;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.internal.Csv;
import org.jspecify.annotations.Nullable;

/**
 * Reads a user's emission factors from CSV into a {@link FactorLibrary} (T/CAS 612 clauses 6.3 and
 * 6.8), e.g. supplier-specific or measured factors. The header names the columns, in any order:
 * <pre>
 * id,key,gas,value,unit,per_unit,region,data_year,valid_from,valid_to,biogenic,publisher,document,table,edition,status,note
 * </pre>
 * {@code id, key, value, unit, per_unit, publisher, document} are required; an empty {@code gas}
 * makes a CO₂e factor; {@code status} defaults to {@code user supplied}. Every problem of every
 * row is collected and reported at once, with its row number (the header is row 1).
 */
public final class FactorCsv {

  private static final List<String> REQUIRED = List.of("id", "key", "value", "unit", "per_unit",
      "publisher", "document");

  private FactorCsv() {}

  /**
   * Reads the factors of {@code in} into a library.
   *
   * @param in the CSV text
   * @param name the library's name
   * @param version the library's version
   * @return the library
   * @throws IllegalArgumentException listing every problem of every bad row, or the missing
   *     columns of the header
   */
  public static FactorLibrary read(Reader in, String name, String version) {
    List<Problem> problems = new ArrayList<>();
    FactorLibrary lib = read(in, name, version, problems::add);
    if (!problems.isEmpty()) {
      if (problems.get(0).line() <= 1) {
        throw new IllegalArgumentException(problems.get(0).message());
      }
      List<String> lines = new ArrayList<>();
      for (Problem p : problems) {
        lines.add("row " + p.line() + p.field().map(c -> ", column " + c).orElse("") + ": "
            + p.message());
      }
      throw new IllegalArgumentException(problems.size() + " problem(s) in the factor CSV:\n  "
          + String.join("\n  ", lines));
    }
    return lib;
  }

  /**
   * Reads the factors of {@code in} into a library, handing every problem to {@code problems} as
   * a value: the row (the header is row 1; 0 for the whole text) as its line, the column as its
   * field. The library holds the factors of the good rows; a caller that finds problems usually
   * discards it.
   *
   * @param in the CSV text
   * @param name the library's name
   * @param version the library's version
   * @param problems the sink of every problem, not null
   * @return the library of the good rows
   */
  public static FactorLibrary read(Reader in, String name, String version,
      Consumer<Problem> problems) {
    FactorLibrary.Builder lib = FactorLibrary.builder().name(name).version(version);
    List<Csv.Row> rows = Csv.read(in, true);
    if (rows.isEmpty()) {
      problems.accept(Problem.builder().message("The factor CSV is empty; expected a header row")
          .build());
      return lib.build();
    }
    Map<String, Integer> header = new HashMap<>();
    List<String> names = rows.get(0).fields();
    for (int i = 0; i < names.size(); i++) {
      header.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> absent = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
    if (!absent.isEmpty()) {
      problems.accept(Problem.builder().line(1).message("The factor CSV header lacks the"
          + " column(s) " + String.join(", ", absent)).build());
      return lib.build();
    }
    int[] count = {0};
    Consumer<Problem> counted = p -> {
      count[0]++;
      problems.accept(p);
    };
    UnitRegistry units = UnitRegistry.standard();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      int before = count[0];
      EmissionFactor.Builder f = EmissionFactor.builder();
      Provenance.Builder p = Provenance.builder();
      SourceStatus[] status = {SourceStatus.USER_SUPPLIED};
      Cell c = new Cell(row, header, counted);
      c.set("id", true, f::id);
      c.set("key", true, f::key);
      c.set("gas", false, g -> f.gas(GreenhouseGas.parse(g)));
      c.set("value", true, v -> f.value(new BigDecimal(v)));
      c.set("unit", true, u -> f.unit(units.parse(u)));
      c.set("per_unit", true, u -> f.perUnit(units.parse(u)));
      c.set("region", false, f::region);
      c.set("data_year", false, y -> f.dataYear(Integer.parseInt(y)));
      c.set("valid_from", false, d -> f.validFrom(LocalDate.parse(d)));
      c.set("valid_to", false, d -> f.validTo(LocalDate.parse(d)));
      c.set("biogenic", false, b -> f.biogenic(Boolean.parseBoolean(b)));
      c.set("publisher", true, p::publisher);
      c.set("document", true, p::document);
      c.set("table", false, p::table);
      c.set("edition", false, p::edition);
      c.set("status", false, s -> status[0] = SourceStatus.parse(s));
      c.set("note", false, p::note);
      if (count[0] > before) {
        continue;
      }
      try {
        lib.addFactors(f.provenance(p.status(status[0]).build()).build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        counted.accept(Problem.builder().line(row.number()).message(String.valueOf(
            e.getMessage())).build());
      }
    }
    try {
      return lib.build();
    } catch (IllegalArgumentException e) {
      if (count[0] == 0) {
        problems.accept(Problem.builder().message("The factor CSV: " + e.getMessage()).build());
      }
      return FactorLibrary.builder().name(name).version(version).build();
    }
  }

  private record Cell(Csv.Row row, Map<String, Integer> header, Consumer<Problem> problems) {
    void set(String column, boolean required, Consumer<String> setter) {
      Integer i = header.get(column);
      @Nullable String v = i == null || i >= row.fields().size() ? null
          : row.fields().get(i).strip();
      if (v == null || v.isEmpty()) {
        if (required) {
          problems.accept(Problem.builder().line(row.number()).field(column)
              .message("a value is required").build());
        }
        return;
      }
      try {
        setter.accept(v);
      } catch (RuntimeException e) {
        problems.accept(Problem.builder().line(row.number()).field(column).text(v)
            .message(e instanceof NumberFormatException ? "not a number: '" + v + "'"
                : String.valueOf(e.getMessage())).build());
      }
    }
  }
}
