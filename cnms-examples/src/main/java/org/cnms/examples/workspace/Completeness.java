// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cnms.core.planning.CollectionFrequency;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.system.ManagementSystem;

/**
 * The completeness checks of a workspace's activity data (T/CAS 612 clauses 6.3 and 6.8): a file
 * that no reader reads, a data-quality-planned source
 * whose records leave part of a year uncovered. Each check returns what it found; the loader
 * turns it into problems with file and line. Stateless.
 */
final class Completeness {

  private Completeness() {}

  /** A file or folder of the workspace that no reader reads, with why. */
  record Unread(String file, String why) {}

  /**
   * Every file or folder under {@code activity/} or {@code footprints/} that the loader does not
   * read: anything but a regular {@code *.csv} or {@code *.xlsx} file directly in
   * {@code activity/} or a regular
   * {@code *.json} file directly in {@code footprints/} (the extension in lower case). In the
   * order of their paths.
   */
  static List<Unread> unreadFiles(Path dir) {
    List<Unread> found = new ArrayList<>();
    found.addAll(unreadIn(dir, WorkspaceLoader.ACTIVITY, List.of(".csv", ".xlsx")));
    found.addAll(unreadIn(dir, WorkspaceLoader.FOOTPRINTS, List.of(".json")));
    return found;
  }

  private static List<Unread> unreadIn(Path dir, String folder, List<String> extensions) {
    String named = extensions.size() == 1 ? extensions.get(0)
        : String.join(" or ", extensions);
    Path d = dir.resolve(folder);
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    List<Unread> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.comparing(Path::toString))::iterator) {
        if (p.equals(d)) {
          continue;
        }
        String rel = dir.relativize(p).toString().replace('\\', '/');
        String name = p.getFileName().toString();
        boolean direct = p.getParent().equals(d);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          found.add(new Unread(rel + "/", "a folder inside " + folder + "/ is not read; "
              + folder + " files lie directly in " + folder + "/"));
        } else if (!direct) {
          found.add(new Unread(rel, "not read: " + folder + " files lie directly in " + folder
              + "/, not in a sub-folder"));
        } else if (extensions.stream().anyMatch(name::endsWith)) {
          continue;
        } else {
          String lower = name.toLowerCase(java.util.Locale.ROOT);
          java.util.Optional<String> cased = extensions.stream().filter(lower::endsWith)
              .findFirst();
          found.add(cased.isPresent()
              ? new Unread(rel, "not read: the extension must be " + cased.get()
                  + " in lower case")
              : new Unread(rel, "not read: " + folder + "/ holds only *" + named
                  + " files; move or remove this file"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + d + ": " + e.getMessage(), e);
    }
    return found;
  }

  /** Part of a year for which a planned source has no activity record. */
  record Gap(String sourceId, DataQualityItem item, int year, LocalDate from, LocalDate to,
      boolean none) {

    /** The gap as a sentence. */
    String describe() {
      String plan = "monitored " + item.frequency().name().toLowerCase(java.util.Locale.ROOT)
          + " by data-quality item " + item.id();
      if (none) {
        return "source " + sourceId + " is " + plan + ", but has no activity record in " + year
            + "; add its records (a record of amount 0 states that there was none)";
      }
      return "source " + sourceId + " is " + plan + ", but its records of " + year
          + " leave " + from + " to " + to + " uncovered; add the missing records (a record of"
          + " amount 0 states that there was none)";
    }
  }

  /**
   * The parts of each year with activity that a source of the data-quality plan (clause 6.8),
   * collected periodically (continuously, daily, monthly, quarterly or annually), leaves without a
   * record. Sources collected per delivery have no expected coverage and are not checked; years
   * declared without activity are not checked.
   *
   * @param system the management system with its data-quality plans
   * @param coverage per source and year, the start of each record's period to the latest end of
   *     the records starting that day
   * @param years the reporting years that have activity
   * @return the gaps, by year, then source, then date
   */
  static List<Gap> gaps(ManagementSystem system,
      Map<String, Map<Integer, TreeMap<LocalDate, LocalDate>>> coverage, List<Integer> years) {
    Map<String, DataQualityItem> planned = new LinkedHashMap<>();
    system.dataQualityPlans().forEach(p -> p.items().forEach(i -> {
      if (i.frequency() != CollectionFrequency.PER_DELIVERY) {
        i.sourceIds().forEach(s -> planned.putIfAbsent(s, i));
      }
    }));
    List<Gap> gaps = new ArrayList<>();
    for (int year : years) {
      for (Map.Entry<String, DataQualityItem> e : planned.entrySet()) {
        TreeMap<LocalDate, LocalDate> periods = coverage.getOrDefault(e.getKey(), Map.of())
            .getOrDefault(year, new TreeMap<>());
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (periods.isEmpty()) {
          gaps.add(new Gap(e.getKey(), e.getValue(), year, first, last, true));
          continue;
        }
        LocalDate next = first;
        for (Map.Entry<LocalDate, LocalDate> p : periods.entrySet()) {
          if (p.getKey().isAfter(next)) {
            gaps.add(new Gap(e.getKey(), e.getValue(), year, next, p.getKey().minusDays(1),
                false));
          }
          if (!p.getValue().isBefore(next)) {
            next = p.getValue().plusDays(1);
          }
        }
        if (!next.isAfter(last)) {
          gaps.add(new Gap(e.getKey(), e.getValue(), year, next, last, false));
        }
      }
    }
    return gaps;
  }
}
