// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnms.core.internal.Checks;

/**
 * A contiguous range of unit serial numbers (序列号区间) in one registry numbering space (T/CAS 612
 * clause 6.7): a registry-defined prefix and the numbers {@code start} to {@code end}, both
 * included. Each number is one unit of 1 tCO₂e, so the range holds {@code end − start + 1} units.
 *
 * <p>When part of a block moves, the range splits exactly ({@link #first}, {@link #minus},
 * {@link #intersection}): no unit is lost or counted twice.
 *
 * <p>Text forms: {@link #toString()} prints {@code PREFIX:start-end} and {@link #parse} reads it
 * back. Registry serials: {@link #parseVerra} and {@link #toVerraSerial} read and write Verra VCU
 * block serials, {@link #parseGoldStandard} and {@link #toGoldStandardSerial} Gold Standard ones.
 *
 * <p>Immutable, thread-safe; treat as a value type.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE)
public final class SerialRange implements Comparable<SerialRange> {

  /** {issuance}-{start}-{end}-[VCS-]VCU-{code}-VER-{CC}-{scope}-{project}-{from}-{to}-{0|1}. */
  private static final Pattern VERRA = Pattern.compile(
      "(\\d+)-(\\d+)-(\\d+)-((?:VCS-)?VCU-\\d+-VER-[A-Z]{2}-\\d+-\\d+-\\d{8}-\\d{8}-[01])");
  /** GS1-1-{CC}-GS{project}-{n}-{vintage}-{batch}-{start}-{end}. */
  private static final Pattern GOLD_STANDARD = Pattern.compile(
      "(GS\\d+-\\d+-[A-Z]{2}-GS\\d+-\\d+-\\d{4}-\\d+)-(\\d+)-(\\d+)");

  private final String prefix;
  private final long start;
  private final long end;

  private SerialRange(String prefix, long start, long end) {
    Objects.requireNonNull(prefix, "prefix");
    // Unicode white space too (U+001C…U+001F, U+2003, U+3000, no-break spaces): parse strips
    // it, so a prefix holding it would not read back from its own text, and it makes look-alikes
    if (!Checks.isToken(prefix, 256) || prefix.codePoints()
        .anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException("SerialRange.prefix must be 1 to 256 characters without"
          + " whitespace, but was '" + prefix + "'");
    }
    if (start < 0) {
      throw new IllegalArgumentException("SerialRange.start must not be negative, but was " + start
          + " in " + prefix);
    }
    if (end < start) {
      throw new IllegalArgumentException("SerialRange.end " + end + " must not be before its start "
          + start + " in " + prefix);
    }
    if (end - start == Long.MAX_VALUE) {
      throw new IllegalArgumentException("SerialRange " + prefix + ":" + start + "-" + end
          + " holds more units than a long can count");
    }
    this.prefix = prefix;
    this.start = start;
    this.end = end;
  }

  /**
   * The serial numbers {@code start} to {@code end}, both included, under {@code prefix}.
   *
   * @param prefix the registry-defined prefix naming the numbering space, 1–256 characters
   *     without whitespace
   * @param start the first serial number, not negative
   * @param end the last serial number, not before {@code start}
   * @return the range
   * @throws IllegalArgumentException if the prefix is blank or holds whitespace, or the numbers
   *     are out of order
   */
  @JsonCreator
  public static SerialRange of(@JsonProperty("prefix") String prefix,
      @JsonProperty("start") long start, @JsonProperty("end") long end) {
    return new SerialRange(prefix, start, end);
  }

  /**
   * Reads what {@link #toString()} prints: {@code PREFIX:start-end}, the prefix ending at the last
   * colon.
   *
   * @param text the text, not null
   * @return the range
   * @throws IllegalArgumentException if the text has not that form
   */
  public static SerialRange parse(String text) {
    String t = text.strip();
    int colon = t.lastIndexOf(':');
    int dash = t.indexOf('-', colon + 1);
    if (colon <= 0 || dash < 0) {
      throw new IllegalArgumentException(
          "A serial range is written PREFIX:start-end, e.g. 'CCER-0001:1-500', but was '" + text
              + "'");
    }
    try {
      return of(t.substring(0, colon), Long.parseLong(t.substring(colon + 1, dash)),
          Long.parseLong(t.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Serial numbers must be whole numbers in '" + text + "'",
          e);
    }
  }

  /**
   * Reads a Verra VCU block serial, e.g.
   * {@code 9660-115597313-115618057-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0} (20,745
   * units). The prefix is the serial without its two block numbers
   * ({@code 9660-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0}); the older form without
   * {@code VCS-} is also read.
   *
   * @param serial the block serial, not null
   * @return the range
   * @throws IllegalArgumentException if the text is not a Verra block serial
   */
  public static SerialRange parseVerra(String serial) {
    Matcher m = VERRA.matcher(serial.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a Verra block serial: '" + serial + "'; expected"
          + " {issuance}-{start}-{end}-VCS-VCU-{code}-VER-{country}-{scope}-{project}"
          + "-{DDMMYYYY}-{DDMMYYYY}-{0|1}");
    }
    return of(m.group(1) + "-" + m.group(4), number(m.group(2), serial),
        number(m.group(3), serial));
  }

  /**
   * Reads a Gold Standard block serial, e.g. {@code GS1-1-KE-GS7495-16-2025-30645-608-30350}
   * (29,743 credits). The prefix is everything before the two block numbers
   * ({@code GS1-1-KE-GS7495-16-2025-30645}).
   *
   * @param serial the block serial, not null
   * @return the range
   * @throws IllegalArgumentException if the text is not a Gold Standard block serial
   */
  public static SerialRange parseGoldStandard(String serial) {
    Matcher m = GOLD_STANDARD.matcher(serial.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a Gold Standard block serial: '" + serial
          + "'; expected GS1-1-{country}-GS{project}-{n}-{vintage}-{batch}-{start}-{end}");
    }
    return of(m.group(1), number(m.group(2), serial), number(m.group(3), serial));
  }

  private static long number(String digits, String serial) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Serial number " + digits + " is too large in '" + serial
          + "'", e);
    }
  }

  /**
   * This range as a Verra block serial: the inverse of {@link #parseVerra}, so a split part of a
   * Verra block gets its own correct serial.
   *
   * @return the block serial
   * @throws IllegalStateException if the prefix is not that of a Verra serial
   */
  public String toVerraSerial() {
    int dash = prefix.indexOf('-');
    String serial = dash < 0 ? "" : prefix.substring(0, dash) + "-" + start + "-" + end
        + prefix.substring(dash);
    if (!VERRA.matcher(serial).matches()) {
      throw new IllegalStateException("Serial range " + this + " has no Verra prefix");
    }
    return serial;
  }

  /**
   * This range as a Gold Standard block serial: the inverse of {@link #parseGoldStandard}.
   *
   * @return the block serial
   * @throws IllegalStateException if the prefix is not that of a Gold Standard serial
   */
  public String toGoldStandardSerial() {
    String serial = prefix + "-" + start + "-" + end;
    if (!GOLD_STANDARD.matcher(serial).matches()) {
      throw new IllegalStateException("Serial range " + this + " has no Gold Standard prefix");
    }
    return serial;
  }

  /** The registry-defined prefix naming the numbering space. */
  @JsonProperty("prefix")
  public String prefix() {
    return prefix;
  }

  /** The first serial number. */
  @JsonProperty("start")
  public long start() {
    return start;
  }

  /** The last serial number, included. */
  @JsonProperty("end")
  public long end() {
    return end;
  }

  /** The number of units in the range, {@code end − start + 1}; each is 1 tCO₂e. */
  public long size() {
    return end - start + 1;
  }

  /** Whether {@code serial} lies in this range. */
  public boolean contains(long serial) {
    return serial >= start && serial <= end;
  }

  /** Whether the two ranges share a unit (same prefix, overlapping numbers). */
  public boolean overlaps(SerialRange other) {
    return prefix.equals(other.prefix) && other.start <= end && other.end >= start;
  }

  /** Whether every unit of {@code other} lies in this range. */
  public boolean encloses(SerialRange other) {
    return prefix.equals(other.prefix) && other.start >= start && other.end <= end;
  }

  /** The units both ranges hold, if any. */
  public Optional<SerialRange> intersection(SerialRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    return Optional.of(new SerialRange(prefix, Math.max(start, other.start),
        Math.min(end, other.end)));
  }

  /**
   * The units of this range that are not in {@code other}: none, one or two ranges, in order.
   * Exact: the sizes of the result and of the intersection add up to {@link #size()}.
   */
  public List<SerialRange> minus(SerialRange other) {
    List<SerialRange> rest = new ArrayList<>(2);
    if (!overlaps(other)) {
      rest.add(this);
      return rest;
    }
    if (other.start > start) {
      rest.add(new SerialRange(prefix, start, other.start - 1));
    }
    if (other.end < end) {
      rest.add(new SerialRange(prefix, other.end + 1, end));
    }
    return rest;
  }

  /**
   * The first {@code count} units of this range.
   *
   * @param count the number of units, 1 to {@link #size()}
   * @return the range {@code start … start + count − 1}
   * @throws IllegalArgumentException if {@code count} is not in that interval
   */
  public SerialRange first(long count) {
    if (count < 1 || count > size()) {
      throw new IllegalArgumentException("Cannot take " + count + " units from " + this
          + ", which holds " + size());
    }
    return new SerialRange(prefix, start, start + count - 1);
  }

  /**
   * The sub-range {@code from … to} of this range.
   *
   * @throws IllegalArgumentException if it does not lie within this range
   */
  public SerialRange subRange(long from, long to) {
    SerialRange sub = new SerialRange(prefix, from, to);
    if (!encloses(sub)) {
      throw new IllegalArgumentException("Serial range " + sub + " does not lie within " + this);
    }
    return sub;
  }

  /** Orders by prefix, then start, then end. */
  @Override
  public int compareTo(SerialRange other) {
    int c = prefix.compareTo(other.prefix);
    if (c != 0) {
      return c;
    }
    c = Long.compare(start, other.start);
    return c != 0 ? c : Long.compare(end, other.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SerialRange && ((SerialRange) o).prefix.equals(prefix)
        && ((SerialRange) o).start == start && ((SerialRange) o).end == end;
  }

  @Override
  public int hashCode() {
    return (prefix.hashCode() * 31 + Long.hashCode(start)) * 31 + Long.hashCode(end);
  }

  /** The range as {@code PREFIX:start-end}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return prefix + ":" + start + "-" + end;
  }
}
