// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.internal;

import java.util.regex.Pattern;

/**
 * Validation and comparison of clause identifiers of T/CAS 612, such as {@code 4.1},
 * {@code 6.2.1} or {@code 9}: numbers separated by dots.
 */
public final class ClauseIds {

  private static final Pattern CLAUSE = Pattern.compile("\\d+(\\.\\d+)*");

  private ClauseIds() {}

  /**
   * Whether {@code value} is a clause identifier: digits, optionally followed by ".digits" groups.
   */
  public static boolean isClauseId(String value) {
    return CLAUSE.matcher(value).matches();
  }

  /**
   * Checks a clause identifier.
   *
   * @param type the record type, for the message
   * @param field the field name, for the message
   * @param value the clause identifier
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is not of the form {@code \d+(\.\d+)*}
   */
  public static String requireClauseId(String type, String field, String value) {
    if (!isClauseId(value)) {
      throw new IllegalArgumentException(type + "." + field
          + " must be a clause number such as 4.1 or 6.2.1, but was '" + value + "'");
    }
    return value;
  }

  /**
   * Whether the clause {@code scope} covers the clause {@code clause}: they are equal, or
   * {@code clause} is a sub-clause of {@code scope} ({@code 6} and {@code 6.2} cover {@code 6.2.1};
   * {@code 6.2} does not cover {@code 6.20}).
   */
  public static boolean covers(String scope, String clause) {
    return clause.equals(scope) || clause.startsWith(scope + ".");
  }
}
