// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cnms.core.ghg.EmissionCategory;
import org.jspecify.annotations.Nullable;

/**
 * How the fields of an ERP extract are read (T/CAS 612 clause 9.1.1): numbers, dates, emission
 * categories and ways of obtaining data, as {@link ActivityImport} documents them. Every method
 * either returns the value or throws {@link BadValue} with a sentence naming the rule the text
 * breaks; none guesses.
 */
final class ImportValues {

  /**
   * The largest exponent magnitude of a number written with one ({@code 1.5E+7}): 30. ERP
   * exports use exponents only for large or small binary floats; 10³⁰ of any unit cnms reads is
   * beyond every measured quantity (the world's yearly primary energy is about 6 × 10²⁰ J), while
   * an unbounded exponent ({@code 1E999999999}) would make exact arithmetic and plain formatting
   * need gigabytes.
   */
  static final int MAX_EXPONENT = 30;

  /** The longest number text read, in characters. */
  static final int MAX_NUMBER_LENGTH = 64;

  private static final Map<String, EmissionCategory> CATEGORIES = new HashMap<>();
  private static final Map<String, ObtainedBy> OBTAINED_BY = new HashMap<>();

  static {
    for (EmissionCategory c : EmissionCategory.values()) {
      CATEGORIES.put(c.code(), c);
      CATEGORIES.put(c.code().toLowerCase(Locale.ROOT), c);
      CATEGORIES.put(c.code().substring(1), c);
      CATEGORIES.put(squeeze(c.label(Locale.CHINESE)), c);
      CATEGORIES.put(squeeze(c.label(Locale.ENGLISH)).toLowerCase(Locale.ROOT), c);
    }
    for (ObtainedBy o : ObtainedBy.values()) {
      OBTAINED_BY.put(o.name().toLowerCase(Locale.ROOT), o);
      OBTAINED_BY.put(squeeze(o.label(Locale.CHINESE)), o);
      OBTAINED_BY.put(squeeze(o.label(Locale.ENGLISH)).toLowerCase(Locale.ROOT), o);
    }
  }

  private ImportValues() {}

  /** A field that breaks a rule of the import; the message says which. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Folds full-width forms (digits, Latin letters, {@code ．，－＋}) to ASCII and the ideographic
   * space to a space, then strips; returns the same string when there is nothing to fold.
   */
  static String fold(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == 0x3000 || (c >= 0xFF01 && c <= 0xFF5E)) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text.strip();
    }
    StringBuilder b = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        b.append((char) (c - 0xFEE0));
      } else if (c == 0x3000) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != 0x3000) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /**
   * Reads a decimal number: an optional sign, digits, optionally {@code .} and digits,
   * optionally an exponent ({@code e} or {@code E}, a sign, at most {@value #MAX_EXPONENT} in
   * magnitude). Commas are read only when {@code grouping} is true, and only as thousands
   * separators in valid places ({@code 1,234,567.5}); a decimal comma ({@code 24,9}) or
   * misplaced grouping ({@code 58,50,000}) is an error, never another number.
   *
   * @param text the folded text, not blank
   * @param grouping whether the column declares thousands separators
   * @throws BadValue naming the rule broken
   */
  static BigDecimal number(String text, boolean grouping) throws BadValue {
    int n = text.length();
    if (n > MAX_NUMBER_LENGTH) {
      throw new BadValue("Not a number: a number of " + n + " characters is longer than the "
          + MAX_NUMBER_LENGTH + " read");
    }
    int i = 0;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    boolean firstGroup = true;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        groupDigits++;
      } else if (c == ',') {
        if (!grouping) {
          throw new BadValue(commaMessage(text));
        }
        if (groupDigits == 0 || (firstGroup && groupDigits > 3)
            || (!firstGroup && groupDigits != 3)) {
          throw new BadValue("Not a number: '" + text + "' has a misplaced thousands separator;"
              + " groups are of three digits, e.g. 1,234,567.5");
        }
        grouped = true;
        firstGroup = false;
        groupDigits = 0;
      } else {
        break;
      }
    }
    if (grouped && groupDigits != 3) {
      throw new BadValue("Not a number: '" + text + "' has a misplaced thousands separator;"
          + " groups are of three digits, e.g. 1,234,567.5");
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
        digits++;
      }
      if (i < n && text.charAt(i) == ',') {
        throw new BadValue(grouping ? "Not a number: '" + text + "' has a comma after its"
            + " decimal point" : commaMessage(text));
      }
    }
    if (digits == 0) {
      throw new BadValue("Not a number: '" + text + "'");
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int e = i + 1;
      if (e < n && (text.charAt(e) == '-' || text.charAt(e) == '+')) {
        e++;
      }
      int start = e;
      int exponent = 0;
      for (; e < n && text.charAt(e) >= '0' && text.charAt(e) <= '9'; e++) {
        exponent = Math.min(exponent * 10 + (text.charAt(e) - '0'), 1_000_000);
      }
      if (e == start || e != n) {
        throw new BadValue("Not a number: '" + text + "'");
      }
      if (exponent > MAX_EXPONENT) {
        throw new BadValue("Not a number: the exponent of '" + text + "' is beyond ±"
            + MAX_EXPONENT + ", more than any measured amount can be");
      }
      i = n;
    }
    if (i != n) {
      throw new BadValue("Not a number: '" + text + "'");
    }
    return new BigDecimal(grouped ? text.replace(",", "") : text);
  }

  private static String commaMessage(String text) {
    return "Not a number: '" + text + "' has a comma; the decimal separator is '.', and commas"
        + " are read as thousands separators only in a column declared to have them";
  }

  /**
   * Reads a date: {@code 2025-01-31}, {@code 2025-1-31}, {@code 2025/1/31} or
   * {@code 2025年1月31日} (full-width digits folded before).
   *
   * @throws BadValue if the text is none of these or names no day of the calendar
   */
  static LocalDate date(String text) throws BadValue {
    int n = text.length();
    int i = 0;
    int year = 0;
    for (; i < n && i < 4 && isDigit(text.charAt(i)); i++) {
      year = year * 10 + (text.charAt(i) - '0');
    }
    if (i != 4 || i >= n) {
      throw notADate(text);
    }
    char sep = text.charAt(i++);
    if (sep != '-' && sep != '/' && sep != '年') {
      throw notADate(text);
    }
    int start = i;
    int month = 0;
    for (; i < n && i - start < 2 && isDigit(text.charAt(i)); i++) {
      month = month * 10 + (text.charAt(i) - '0');
    }
    char sep2 = sep == '年' ? '月' : sep;
    if (i == start || i >= n || text.charAt(i) != sep2) {
      throw notADate(text);
    }
    start = ++i;
    int day = 0;
    for (; i < n && i - start < 2 && isDigit(text.charAt(i)); i++) {
      day = day * 10 + (text.charAt(i) - '0');
    }
    if (i == start) {
      throw notADate(text);
    }
    if (sep == '年') {
      if (i >= n || text.charAt(i) != '日') {
        throw notADate(text);
      }
      i++;
    }
    if (i != n) {
      throw notADate(text);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new BadValue("Not a date: '" + text + "' names no day of the calendar");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static BadValue notADate(String text) {
    return new BadValue("Not a date (2025-01-31, 2025-1-31, 2025/1/31 or 2025年1月31日): '"
        + text + "'");
  }

  /**
   * Reads an emission category: {@code C1}…{@code C6}, {@code 1}…{@code 6}, the clause letter,
   * the enum name, or the standard's name of the category in Chinese or English (whitespace
   * ignored), e.g. {@code 直接GHG排放和清除}.
   *
   * @throws BadValue if the text names no category
   */
  static EmissionCategory category(String text) throws BadValue {
    EmissionCategory c = CATEGORIES.get(text);
    if (c != null) {
      return c;
    }
    String s = squeeze(text);
    c = CATEGORIES.get(s);
    if (c == null) {
      c = CATEGORIES.get(s.toLowerCase(Locale.ROOT));
    }
    if (c != null) {
      return c;
    }
    try {
      return EmissionCategory.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadValue(e.getMessage());
    }
  }

  /**
   * Reads how a figure was obtained: the enum name ignoring case, or its label in Chinese or
   * English ({@code 计量}, {@code 结算凭证}, {@code 计算}, {@code 估算}).
   *
   * @throws BadValue if the text names no way
   */
  static ObtainedBy obtainedBy(String text) throws BadValue {
    @Nullable ObtainedBy o = OBTAINED_BY.get(text);
    if (o == null) {
      o = OBTAINED_BY.get(squeeze(text).toLowerCase(Locale.ROOT));
    }
    if (o == null) {
      throw new BadValue("Unknown way of obtaining '" + text
          + "'; expected metered, invoiced, calculated or estimated (计量, 结算凭证, 计算, 估算)");
    }
    return o;
  }
}
