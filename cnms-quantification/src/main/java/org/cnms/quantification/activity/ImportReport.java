// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.stream.Collectors;
import org.cnms.core.Problem;
import org.immutables.value.Value;

/**
 * The outcome of importing activity data from a CSV or workbook extract (T/CAS 612 clause 9.1.1):
 * every good row as a record, and every problem of every bad row with its place. Nothing is dropped
 * silently: a row is either a record or has at least one problem. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableImportReport.class)
public abstract class ImportReport implements WithImportReport {

  /** The records of the good rows, in file order. */
  public abstract List<ActivityRecord> records();

  /** The problems of the bad rows (and of the file, if any), in file order. */
  public abstract List<Problem> errors();

  /** Whether every row was good. */
  @JsonIgnore
  public boolean isClean() {
    return errors().isEmpty();
  }

  /**
   * The lines of the bad rows (the physical line a row starts on; for a sheet, its row number),
   * ascending, each once; the header is line 1.
   */
  public List<Integer> badRows() {
    return errors().stream().map(Problem::line).filter(l -> l > 0).distinct().sorted().toList();
  }

  /**
   * The records, if every row was good.
   *
   * @throws IllegalArgumentException listing every problem of every bad row
   */
  public List<ActivityRecord> requireClean() {
    if (!isClean()) {
      throw new IllegalArgumentException(errors().size() + " problem(s) in "
          + badRows().size() + " row(s):\n" + errors().stream().map(e -> "  " + e)
          .collect(Collectors.joining("\n")));
    }
    return records();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportReport}. */
  public static final class Builder extends ImmutableImportReport.Builder {}
}
