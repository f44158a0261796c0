// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audit-day table in the manner of IAF MD 5: initial audit days by effective personnel, each
 * row with its source and a verified/unverified mark, and the table's provenance.
 *
 * <p>There is no national audit-day table for carbon-neutrality management systems: each body
 * files its own rules and reads its own table with {@link #parse(String, Reader)}. The table
 * shipped here, {@link #iafMd5QualityTable()}, is the quality-management table of IAF MD 5 as this
 * project recalls it, every row <em>unverified</em>; it is an example of the format, not a figure
 * to audit by.
 *
 * <p>The file: comment lines starting with {@code #} (the provenance), the header {@code
 * min_personnel max_personnel initial_days verified source} separated by tabs, then one row per
 * line; ranges ascending and without gaps, the last row may leave {@code max_personnel} empty.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAuditDayTable.class)
public abstract class AuditDayTable implements WithAuditDayTable {

  static final List<String> HEADER =
      List.of("min_personnel", "max_personnel", "initial_days", "verified", "source");

  /** The table's name, e.g. its file. */
  public abstract String name();

  /** The provenance: the comment lines of the file. */
  public abstract List<String> provenance();

  /** The rows, ascending. */
  public abstract List<AuditDayRow> rows();

  /** Whether every row is verified. */
  public boolean allVerified() {
    return rows().stream().allMatch(AuditDayRow::verified);
  }

  /** The row for {@code personnel}, if the table has one. */
  public Optional<AuditDayRow> rowFor(int personnel) {
    return rows().stream().filter(r -> r.covers(personnel)).findFirst();
  }

  /**
   * The IAF MD 5 quality-management audit-day table (QMS), as recalled by this project: every
   * row unverified.
   */
  public static AuditDayTable iafMd5QualityTable() {
    return parse(TableText.resource("iaf-md5-qms-audit-days.tsv"));
  }

  /**
   * Reads a table.
   *
   * @param name the table's name, for messages
   * @param reader the text, not null; closed after reading
   * @return the table
   * @throws IllegalArgumentException listing every problem of the file (file:line: message)
   */
  public static AuditDayTable parse(String name, Reader reader) {
    return parse(TableText.read(name, reader));
  }

  private static AuditDayTable parse(TableText t) {
    List<String> problems = new ArrayList<>();
    t.requireHeader(HEADER, problems);
    Builder b = builder().name(t.name).addAllProvenance(t.provenance);
    Integer expectedMin = null;
    boolean open = false;
    for (int i = 0; i < t.rows.size(); i++) {
      List<String> row = t.rows.get(i);
      String where = t.name + ":" + t.lines.get(i);
      if (row.size() != HEADER.size()) {
        problems.add(where + ": expected " + HEADER.size() + " columns, found " + row.size());
        continue;
      }
      try {
        int min = Integer.parseInt(row.get(0).strip());
        Optional<Integer> max = row.get(1).isBlank() ? Optional.empty()
            : Optional.of(Integer.parseInt(row.get(1).strip()));
        BigDecimal days = new BigDecimal(row.get(2).strip());
        if (open) {
          problems.add(where + ": a row follows the open last row");
        }
        if (expectedMin != null && min != expectedMin) {
          problems.add(where + ": the range must start at " + expectedMin + ", but starts at "
              + min);
        }
        if (max.isPresent() && max.get() < min) {
          problems.add(where + ": the range " + min + "-" + max.get() + " is empty");
        }
        if (days.signum() <= 0) {
          problems.add(where + ": initial_days must be positive, but was " + days);
        }
        open = max.isEmpty();
        expectedMin = max.map(m -> m + 1).orElse(null);
        boolean verified = TableText.verified(row.get(3).strip(), where, problems);
        if (row.get(4).isBlank()) {
          problems.add(where + ": every row needs its source");
        }
        b.addRow(AuditDayRow.builder().minPersonnel(min).maxPersonnel(max).initialDays(days)
            .verified(verified).source(row.get(4).strip()).build());
      } catch (NumberFormatException e) {
        problems.add(where + ": not a number: " + e.getMessage());
      }
    }
    if (t.rows.isEmpty()) {
      problems.add(t.name + ": the table has no rows");
    }
    TableText.fail(t.name, problems);
    return b.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditDayTable}; prefer {@link #parse}. */
  public static final class Builder extends ImmutableAuditDayTable.Builder {}
}
