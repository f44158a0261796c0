// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A reporting period (报告期): the span of days, both ends included, that an inventory, a report, a
 * baseline or a neutrality claim covers (T/CAS 612 clauses 6.3, 6.5, 9.1.2). Usually a calendar
 * year.
 *
 * <p>{@link #toString()} prints {@code 2025} for a calendar year and {@code 2025-04-01/2026-03-31}
 * otherwise; {@link #parse} reads both. Immutable, thread-safe; treat as a value type.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE)
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  private final LocalDate start;
  private final LocalDate end;

  private ReportingPeriod(LocalDate start, LocalDate end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("ReportingPeriod end " + end
          + " must not be before its start " + start);
    }
  }

  /**
   * The period from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  @JsonCreator
  public static ReportingPeriod of(@JsonProperty("start") LocalDate start,
      @JsonProperty("end") LocalDate end) {
    return new ReportingPeriod(start, end);
  }

  /** The calendar year {@code year}, 1 January to 31 December. */
  public static ReportingPeriod calendarYear(int year) {
    return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The calendar years {@code firstYear} to {@code lastYear}, both included. */
  public static ReportingPeriod calendarYears(int firstYear, int lastYear) {
    return new ReportingPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /**
   * Reads {@code 2025} (a calendar year) or {@code 2025-04-01/2026-03-31}.
   *
   * @throws IllegalArgumentException if the text is neither
   */
  public static ReportingPeriod parse(String text) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        return calendarYear(Integer.parseInt(t));
      }
      int slash = t.indexOf('/');
      if (slash > 0) {
        return of(LocalDate.parse(t.substring(0, slash)), LocalDate.parse(t.substring(slash + 1)));
      }
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("Not a reporting period: '" + text + "'", e);
    }
    throw new IllegalArgumentException("A reporting period is a year (2025) or two dates"
        + " (2025-04-01/2026-03-31), but was '" + text + "'");
  }

  /** The first day. */
  @JsonProperty("start")
  public LocalDate start() {
    return start;
  }

  /** The last day, included. */
  @JsonProperty("end")
  public LocalDate end() {
    return end;
  }

  /** Whether the period is exactly one calendar year. */
  public boolean isCalendarYear() {
    return start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()));
  }

  /** The year in which the period ends: the "reporting year" of the period. */
  public Year year() {
    return Year.of(end.getYear());
  }

  /** Whether {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Whether {@code other} lies wholly inside this period. */
  public boolean encloses(ReportingPeriod other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** Whether the two periods share at least one day. */
  public boolean overlaps(ReportingPeriod other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** The number of days in the period, both ends included. */
  public long lengthInDays() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(ReportingPeriod other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod && ((ReportingPeriod) o).start.equals(start)
        && ((ReportingPeriod) o).end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  @Override
  public String toString() {
    return isCalendarYear() ? String.valueOf(start.getYear()) : start + "/" + end;
  }
}
