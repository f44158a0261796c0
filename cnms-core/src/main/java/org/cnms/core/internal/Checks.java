// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Validation helpers used at construction of every value type. Each failure is an {@link
 * IllegalArgumentException} whose message states the rule and quotes the field and the offending
 * value.
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks an identifier: 1–128 characters, none of them whitespace.
   *
   * @param type the record type, for the message, e.g. {@code "Facility"}
   * @param field the field name, e.g. {@code "id"}
   * @param value the identifier
   * @return {@code value}
   * @throws IllegalArgumentException if the identifier is blank, too long or holds whitespace
   */
  public static String requireId(String type, String field, String value) {
    if (!isToken(value, 128)) {
      throw new IllegalArgumentException(
          type + "." + field + " must be 1 to 128 characters without whitespace, but was '"
              + value + "'");
    }
    return value;
  }

  /**
   * Whether {@code value} is 1 to {@code max} code points none of which is a space, tab, line
   * feed, vertical tab, form feed or carriage return: what the regular expression {@code
   * \\S{1,max}} matches, without building a matcher (records are built by the million in bulk
   * imports).
   */
  public static boolean isToken(String value, int max) {
    int n = value.length();
    if (n == 0 || n > max && value.codePointCount(0, n) > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      switch (value.charAt(i)) {
        case ' ', '\t', '\n', '\u000B', '\f', '\r':
          return false;
        default:
          break;
      }
    }
    return true;
  }

  /** Whether {@code value} is exactly {@code length} lower-case hexadecimal digits. */
  public static boolean isLowerHex(String value, int length) {
    if (value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** Checks that a text is not blank. */
  public static String requireNonBlank(String type, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + "." + field + " must not be blank, but was '"
          + value + "'");
    }
    return value;
  }

  /** Checks that a collection is not empty. */
  public static <C extends Collection<?>> C requireNonEmpty(String type, String field, C value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(type + "." + field + " must not be empty");
    }
    return value;
  }

  /** Checks that a decimal is zero or more. */
  public static BigDecimal requireNonNegative(String type, String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(type + "." + field + " must not be negative, but was "
          + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks that a signed value (a CO₂e mass: {@code Co2e::isNegative}) is zero or more; the
   * message quotes the value's {@code toString()}.
   */
  public static <T> T requireNonNegative(String type, String field, T value,
      Predicate<? super T> isNegative) {
    if (isNegative.test(value)) {
      throw new IllegalArgumentException(type + "." + field + " must not be negative, but was "
          + value);
    }
    return value;
  }

  /** Checks that a whole number is at least {@code min}. */
  public static int requireAtLeast(String type, String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(type + "." + field + " must be at least " + min
          + ", but was " + value);
    }
    return value;
  }

  /** Checks that a record does not name itself as the record it supersedes. */
  public static void requireNotSelf(String type, String id, java.util.Optional<String> supersedes) {
    supersedes.ifPresent(s -> {
      requireId(type, "supersedes", s);
      if (s.equals(id)) {
        throw new IllegalArgumentException(type + " " + id + " cannot supersede itself");
      }
    });
  }

  /** Checks that a calendar year lies between 1900 and 2200. */
  public static int requireYear(String type, String field, int year) {
    if (year < 1900 || year > 2200) {
      throw new IllegalArgumentException(type + "." + field
          + " must be a year between 1900 and 2200, but was " + year);
    }
    return year;
  }

  /** Checks that a decimal is more than zero. */
  public static BigDecimal requirePositive(String type, String field, BigDecimal value) {
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(type + "." + field + " must be positive, but was "
          + value.toPlainString());
    }
    return value;
  }

  /** Checks that a decimal lies in [0, 100]: a percentage. */
  public static BigDecimal requirePercentage(String type, String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(type + "." + field
          + " must be a percentage between 0 and 100, but was " + value.toPlainString());
    }
    return value;
  }

  /** Checks that a decimal lies in [0, 1]: a fraction. */
  public static BigDecimal requireFraction(String type, String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(type + "." + field
          + " must be a fraction between 0 and 1, but was " + value.toPlainString());
    }
    return value;
  }

  /** Checks that {@code later} is not before {@code earlier}. */
  public static void requireNotBefore(String type, String laterField, LocalDate later,
      String earlierField, LocalDate earlier) {
    if (later.isBefore(earlier)) {
      throw new IllegalArgumentException(type + "." + laterField + " " + later
          + " must not be before " + type + "." + earlierField + " " + earlier);
    }
  }

  /**
   * Checks that the elements of a collection have distinct keys.
   *
   * @return the collection
   * @throws IllegalArgumentException naming the first key that appears twice
   */
  public static <T, C extends Collection<T>> C requireDistinct(String type, String field,
      C values, Function<? super T, ?> key) {
    Set<Object> seen = new HashSet<>();
    for (T value : values) {
      Object k = key.apply(value);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(type + "." + field + " holds '" + k + "' twice");
      }
    }
    return values;
  }
}
