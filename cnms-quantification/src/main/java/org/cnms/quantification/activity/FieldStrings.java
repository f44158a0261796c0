// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

/**
 * The strings of a table's fields, made once per distinct value of a column: an extract repeats
 * the values of most of its columns (source, facility, category, activity, unit, dates, way of
 * obtaining) row after row, and a repeated value then costs no new string, and the one string —
 * its hash code computed once — meets every map and comparison after it. Each column has a small
 * table of the strings of its recent values, keyed by a hash of the characters; a column whose
 * values rarely repeat (ids, amounts) stops being looked up after its first
 * {@value #TRIAL} values. The strings returned are equal to {@code new String(chars, offset,
 * length)} in every case. Not thread-safe.
 */
final class FieldStrings {

  /** Columns with a table of their own; fields of later columns are made afresh. */
  static final int COLUMNS = 64;
  /** Values looked up in a column before judging whether its values repeat. */
  static final int TRIAL = 4096;
  /** Fields longer than this are made afresh. */
  static final int MAX_LENGTH = 64;
  private static final int SLOTS = 256;

  private final String[][] tables = new String[COLUMNS][];
  // counted during a column's trial only
  private final int[] lookups = new int[COLUMNS];
  private final int[] hits = new int[COLUMNS];
  private final boolean[] off = new boolean[COLUMNS];

  /** The string of {@code length} characters at {@code offset}, the field of {@code column}. */
  String of(int column, char[] chars, int offset, int length) {
    if (length == 0) {
      return "";
    }
    if (column >= COLUMNS || length > MAX_LENGTH || off[column]) {
      return new String(chars, offset, length);
    }
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    String[] table = tables[column];
    if (table == null) {
      table = new String[SLOTS];
      tables[column] = table;
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String s = table[slot];
    boolean trial = lookups[column] < TRIAL;
    if (trial) {
      lookups[column]++;
    }
    if (s != null && same(s, chars, offset, length)) {
      if (trial) {
        hits[column]++;
      }
      return s;
    }
    s = new String(chars, offset, length);
    table[slot] = s;
    if (trial && lookups[column] == TRIAL && hits[column] < TRIAL / 4) {
      off[column] = true;
      tables[column] = null;
    }
    return s;
  }

  private static boolean same(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
