// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cnms.core.units.Amount;
import org.cnms.examples.workspace.Problem;
import org.cnms.examples.workspace.WorkspaceException;

/**
 * The denominators of the intensity indicators (T/CAS 612 clause 6.4) — production or output
 * value per indicator and year — from the optional {@code intensity.csv} of a workspace, with the
 * columns {@code indicator,year,value,unit}. Immutable, thread-safe.
 */
final class Denominators {

  static final String FILE = "intensity.csv";

  private final Map<String, Map<Integer, Amount>> values;

  private Denominators(Map<String, Map<Integer, Amount>> values) {
    this.values = values;
  }

  static Denominators none() {
    return new Denominators(Map.of());
  }

  /**
   * Reads {@code intensity.csv} of the workspace directory, if there is one.
   *
   * @throws WorkspaceException naming the line of every bad row
   */
  static Denominators read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return none();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Map<Integer, Amount>> values = new LinkedHashMap<>();
    if (lines.isEmpty() || !lines.get(0).strip().equals("indicator,year,value,unit")) {
      problems.add(new Problem(FILE, 1, "the header must be indicator,year,value,unit"));
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 4) {
        problems.add(new Problem(FILE, i + 1, "expected 4 columns, found " + cells.length));
        continue;
      }
      try {
        int year = Integer.parseInt(cells[1].strip());
        Amount amount = Amount.of(cells[2].strip(), cells[3].strip());
        if (amount.value().signum() <= 0) {
          problems.add(new Problem(FILE, i + 1, "the denominator must be positive, but was "
              + amount));
          continue;
        }
        Amount before = values.computeIfAbsent(cells[0].strip(), k -> new TreeMap<>())
            .put(year, amount);
        if (before != null) {
          problems.add(new Problem(FILE, i + 1, cells[0].strip() + " has two values for "
              + year));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(FILE, i + 1, String.valueOf(e.getMessage())));
      }
    }
    if (!problems.isEmpty()) {
      throw new WorkspaceException(problems);
    }
    return new Denominators(values);
  }

  /** The denominator of an indicator in a year, if given. */
  Optional<Amount> of(String indicatorId, int year) {
    return Optional.ofNullable(values.getOrDefault(indicatorId, Map.of()).get(year));
  }
}
