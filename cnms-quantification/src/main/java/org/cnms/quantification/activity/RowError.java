package org.cnms.quantification.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem of one row of an imported CSV file (T/CAS 612 clause 9.1.1): the row number (the
 * header is row 1), the column and value at fault, and a sentence saying what is wrong.
 * Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRowError.class)
public abstract class RowError implements WithRowError {

  /** The row number, 1-based, the header being row 1. */
  public abstract int row();

  /** The column at fault, if one. */
  public abstract Optional<String> column();

  /** The value at fault, if one. */
  public abstract Optional<String> value();

  /** What is wrong. */
  public abstract String message();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RowError}; row and message are required. */
  public static final class Builder extends ImmutableRowError.Builder {}

  /** The error as {@code row 3, column unit: Unknown unit 'kWhh' …}. */
  @Override
  public String toString() {
    return "row " + row() + column().map(c -> ", column " + c).orElse("") + ": " + message();
  }
}
