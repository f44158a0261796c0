// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which column of an ERP extract holds which field of an {@link ActivityRecord} (T/CAS 612 clause
 * 9.1.1). Every attribute is a column name of the CSV header; the defaults are {@code id},
 * {@code source}, {@code facility}, {@code category}, {@code activity}, {@code amount},
 * {@code unit}, {@code start}, {@code end}, and the optional {@code obtained_by}, {@code meter},
 * {@code document}, {@code region}, {@code corrects}. A row covers {@code start}–{@code end}, or
 * the single day of the {@link #date()} column when one is mapped. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableColumnMapping.class)
public abstract class ColumnMapping implements WithColumnMapping {

  /** The column of the record id. */
  @Value.Default
  public String id() {
    return "id";
  }

  /** The column of the source id. */
  @Value.Default
  public String sourceId() {
    return "source";
  }

  /** The column of the facility id. */
  @Value.Default
  public String facilityId() {
    return "facility";
  }

  /** The column of the emission category ({@code C1}…{@code C6}). */
  @Value.Default
  public String category() {
    return "category";
  }

  /** The column of the activity key. */
  @Value.Default
  public String activityKey() {
    return "activity";
  }

  /** The column of the amount. */
  @Value.Default
  public String amount() {
    return "amount";
  }

  /** The column of the unit. */
  @Value.Default
  public String unit() {
    return "unit";
  }

  /** The column of the first day of the period. */
  @Value.Default
  public String start() {
    return "start";
  }

  /** The column of the last day of the period. */
  @Value.Default
  public String end() {
    return "end";
  }

  /** A column of a single date, used instead of start and end when mapped. */
  public abstract Optional<String> date();

  /** The column of how the amount was obtained; rows without it are {@code METERED}. */
  @Value.Default
  public String obtainedBy() {
    return "obtained_by";
  }

  /** The column of the meter id. */
  @Value.Default
  public String meterId() {
    return "meter";
  }

  /** The column of the document reference. */
  @Value.Default
  public String documentRef() {
    return "document";
  }

  /** The column of the region. */
  @Value.Default
  public String region() {
    return "region";
  }

  /**
   * Whether the amount column writes thousands separators ({@code 1,234,567.5}); false by default.
   * Only a column that declares them may have them, and only in valid places: a decimal comma
   * ({@code 24,9}) or misplaced grouping ({@code 58,50,000}) is always a row error.
   */
  @Value.Default
  public boolean amountThousandsSeparators() {
    return false;
  }

  /**
   * The column of the id of the record a row corrects (optional), e.g. {@code 更正} in a
   * Chinese-language extract: {@code ColumnMapping.builder().corrects("更正").build()}.
   */
  @Value.Default
  public String corrects() {
    return "corrects";
  }

  /** The default mapping. */
  public static ColumnMapping defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ColumnMapping}; every column has a default. */
  public static final class Builder extends ImmutableColumnMapping.Builder {}
}
