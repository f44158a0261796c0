// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification.calculation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table as the data files of this package hold it: comment lines ({@code #})
 * with the provenance, a header line, then one row per line.
 */
final class TableText {

  final String name;
  final List<String> provenance = new ArrayList<>();
  final List<String> header = new ArrayList<>();
  final List<List<String>> rows = new ArrayList<>();
  final List<Integer> lines = new ArrayList<>();

  private TableText(String name) {
    this.name = name;
  }

  static TableText read(String name, Reader reader) {
    TableText t = new TableText(name);
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#")) {
          t.provenance.add(line.substring(1).strip());
        } else if (line.isBlank()) {
          continue;
        } else if (t.header.isEmpty()) {
          t.header.addAll(List.of(line.split("\t", -1)));
        } else {
          t.rows.add(List.of(line.split("\t", -1)));
          t.lines.add(n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the table " + name + ": " + e.getMessage(), e);
    }
    return t;
  }

  static TableText resource(String resource) {
    InputStream in = TableText.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The table " + resource + " is not in cnms-certification");
    }
    return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Checks the header names the expected columns, in order. */
  void requireHeader(List<String> expected, List<String> problems) {
    if (!header.equals(expected)) {
      problems.add(name + ": the header must be " + String.join("<TAB>", expected) + ", but was "
          + String.join("<TAB>", header));
    }
  }

  static boolean verified(String text, String where, List<String> problems) {
    if (text.equals("verified")) {
      return true;
    }
    if (!text.equals("unverified")) {
      problems.add(where + ": verified must be 'verified' or 'unverified', but was '" + text
          + "'");
    }
    return false;
  }

  static void fail(String name, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("The table " + name + " has " + problems.size()
          + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }
}
