// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.IdSpelling;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.OverlapCheck;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.method.ProductFootprint;
import org.cnms.quantification.method.ProductFootprintMethod;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the activity files of a workspace: every record is checked against the workspace
 * and added to the accumulator of its year as it is read, so files of any size flow through in
 * memory that does not grow with their rows. What the checks across records need is kept in a
 * compact form: for the overlap check (clause 6.3) of metered records two 64-bit hashes of the
 * record's group, its period as two day numbers and its place — 32 bytes a record, the records
 * themselves only up to {@value #KEPT}; for the coverage check the periods of each source merged by start day; the years
 * with records; the corrections.
 *
 * <p>A correction ({@code corrects} column) replaces the record it names, which may have been read
 * before it: when the files hold corrections, the loader runs a second pass that leaves the
 * corrected records out ({@link #ActivityPass skip}). Not thread-safe; used once.
 */
final class ActivityPass {

  /** The records a workspace keeps in memory for {@link Workspace#activity()}. */
  static final int KEPT = 100_000;
  /** The overlaps reported by name; more are counted. */
  private static final int MAX_OVERLAPS = 1_000;
  /** The places of missing-factor records kept, for their messages. */
  private static final int MAX_MISSING_PLACES = 10_000;

  /** Where a row is. */
  record Location(String file, int line) {}

  /** The problem sink of the pass. */
  interface Problems {
    void add(String file, int line, String message);
  }

  private final List<Integer> years;
  private final Map<String, String> sourceFacility;
  private final Calculator calculator;
  private final Map<String, List<ProductFootprint>> footprints;
  private final Set<String> skip;
  private final Problems problems;
  private final Function<ActivityRecord, @Nullable String> amountCheck;
  private final int keep;

  final Map<Integer, InventoryAccumulator> byYear = new TreeMap<>();
  private @Nullable List<ActivityRecord> kept = new ArrayList<>();
  private long count;
  /** Corrections, in reading order, with their places. */
  final List<ActivityImport.Located> corrections = new ArrayList<>();
  /** The ids of {@link #skip} that were found (and left out). */
  final Set<String> skipped = new HashSet<>();
  final Set<Integer> yearsWithRecords = new TreeSet<>();
  /** Per source and year: the periods of its records and where its first record is. */
  private final Map<String, Map<Integer, Covered>> coverage = new HashMap<>();
  final Map<String, MissingFactor> missing = new LinkedHashMap<>();
  /** Problems of the calculation, reported only if the files are otherwise sound. */
  final List<Problem> calculation = new ArrayList<>();
  private final Map<String, Location> missingAt = new HashMap<>();
  private final List<String> fileNames = new ArrayList<>();
  private final Map<String, Integer> fileIndex = new HashMap<>();
  private final Spans spans = new Spans();
  /** Footprint and refrigerant records, quantified once per group when every row is read. */
  private final SummedRecords<Location> groups = new SummedRecords<>();
  private int currentFile = -1;
  private boolean currentFileHasRecords;
  /** The year of the latest record, boxed once for the maps keyed by year. */
  private @Nullable Integer lastYear;

  ActivityPass(List<Integer> years, Map<String, String> sourceFacility, Calculator calculator,
      Map<String, List<ProductFootprint>> footprints, Set<String> skip, Problems problems,
      Function<ActivityRecord, @Nullable String> amountCheck, int keep) {
    this.keep = keep;
    this.years = years;
    this.sourceFacility = sourceFacility;
    this.calculator = calculator;
    this.footprints = footprints;
    this.skip = skip;
    this.problems = problems;
    this.amountCheck = amountCheck;
    for (int y : years) {
      byYear.put(y, InventoryAccumulator.of(calculator));
    }
  }

  /** Whether the file of the latest row read has given a record. */
  boolean fileHasRecords(String file) {
    return file.equals(currentFile < 0 ? null : fileNames.get(currentFile))
        && currentFileHasRecords;
  }

  /** The records read (corrected ones left out), up to the number kept; null beyond. */
  @Nullable List<ActivityRecord> kept() {
    return kept;
  }

  /** The number of records counted. */
  long count() {
    return count;
  }

  /** Reads one located row. */
  void accept(ActivityImport.Located row) {
    ActivityRecord r = row.record();
    int file = fileIndex.computeIfAbsent(row.source(), f -> {
      fileNames.add(f);
      return fileNames.size() - 1;
    });
    if (file != currentFile) {
      currentFile = file;
      currentFileHasRecords = false;
    }
    currentFileHasRecords = true;
    if (!skip.isEmpty() && skip.contains(r.id())) {
      skipped.add(r.id());
      return;
    }
    Location at = new Location(row.source(), row.line());
    String amountProblem = amountCheck.apply(r);
    if (amountProblem != null) {
      problems.add(at.file(), at.line(), amountProblem);
      return;
    }
    String facility = sourceFacility.get(r.sourceId());
    if (facility != null && !facility.isEmpty() && !facility.equals(r.facilityId())) {
      problems.add(at.file(), at.line(), "source " + r.sourceId() + " sits in facility "
          + facility + ", but the row names facility " + r.facilityId());
      return;
    }
    Integer year = year(r.period().start().getYear());
    if (year != r.period().end().getYear()) {
      problems.add(at.file(), at.line(), "the period " + r.period() + " spans two years; split"
          + " it at the year end");
      return;
    }
    if (!byYear.containsKey(year)) {
      problems.add(at.file(), at.line(), "the period " + r.period() + " lies in no reporting"
          + " year " + years);
      return;
    }
    if (r.corrects().isPresent()) {
      corrections.add(row);
    }
    count++;
    if (kept != null) {
      if (kept.size() < keep) {
        kept.add(r);
      } else {
        kept = null;
      }
    }
    yearsWithRecords.add(year);
    Covered covered = coverage.computeIfAbsent(r.sourceId(), s -> new HashMap<>())
        .computeIfAbsent(year, y -> new Covered(at));
    covered.periods.merge(r.period().start(), r.period().end(), (a, b) -> a.isAfter(b) ? a : b);
    if (r.meterId().isPresent()) {
      spans.add(r.sourceId(), IdSpelling.loose(r.meterId().get()), r.activityKey(), r.period(),
          file, row.line());
    }
    if (footprints.containsKey(r.activityKey())
        || r.activityKey().startsWith(WorkspaceLoader.REFRIGERANT_PREFIX)) {
      groups.add(r, at);
      return;
    }
    calculate(r, at);
  }

  /**
   * Quantifies the groups of footprint and refrigerant records once every row is read: each group
   * once, on the sum of its amounts (see {@link SummedRecords}). These records go through a whole
   * calculation each (a product footprint chosen by period, the gases of a refrigerant blend); a
   * problem or missing factor of a group is reported at its first record.
   */
  void finish() {
    groups.drain((record, at, records) -> calculate(record, at));
  }

  /** The year as a key of the maps: the box of the latest year again while the year repeats. */
  private Integer year(int year) {
    Integer y = lastYear;
    if (y == null || y != year) {
      y = year;
      lastYear = y;
    }
    return y;
  }

  private void calculate(ActivityRecord r, Location at) {
    InventoryAccumulator acc = byYear.get(year(r.period().start().getYear()));
    try {
      Workspace.Dispatch d = Workspace.dispatch(r, footprints);
      switch (d.kind()) {
        case FOOTPRINT -> acc.add(calculator.calculate(r,
            ProductFootprintMethod.of(d.footprint())));
        case REFRIGERANT -> acc.add(calculator.calculate(d.refrigerant()));
        case RECORD -> acc.add(r);
        default -> throw new IllegalStateException(d.kind().toString());
      }
    } catch (MissingFactorException e) {
      for (MissingFactor f : e.missing()) {
        missing.merge(f.identity(), f.withRecord(r.id()), MissingFactor::merge);
      }
      if (missingAt.size() < MAX_MISSING_PLACES) {
        missingAt.putIfAbsent(r.id(), at);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      calculation.add(Problem.at(at.file(), at.line(), "record " + r.id() + ": "
          + e.getMessage()));
    } catch (ArithmeticException e) {
      calculation.add(Problem.at(at.file(), at.line(), "record " + r.id() + ": "
          + WorkspaceLoader.outOfRange(e)));
    }
  }

  /** Where the record that needed a missing factor first is. */
  @Nullable Location missingAt(String recordId) {
    return missingAt.get(recordId);
  }

  /** The first record of a source in a year, for the messages of coverage gaps. */
  @Nullable Location firstOf(String sourceId, int year) {
    Covered c = coverage.getOrDefault(sourceId, Map.of()).get(year);
    return c == null ? null : c.first;
  }

  /**
   * The periods of each source's records in each year, merged by start: start to the latest end
   * of the records starting that day.
   */
  Map<String, Map<Integer, TreeMap<LocalDate, LocalDate>>> coverage() {
    Map<String, Map<Integer, TreeMap<LocalDate, LocalDate>>> m = new HashMap<>();
    coverage.forEach((source, years) -> years.forEach((year, c) ->
        m.computeIfAbsent(source, k -> new HashMap<>()).put(year, c.periods)));
    return m;
  }

  /** The periods of a source's records in a year and where its first record is. */
  private static final class Covered {
    final TreeMap<LocalDate, LocalDate> periods = new TreeMap<>();
    final Location first;

    Covered(Location first) {
      this.first = first;
    }
  }

  /**
   * The overlaps of records of one group ({@link OverlapCheck#groupKey}), each found by a sweep in
   * order of start over the compact spans and confirmed on the records themselves, read again at
   * their places: each overlapping record is reported once, against the record with the latest
   * end before it.
   *
   * @param files the activity files, to read the records of the overlaps again
   * @param reread reads the records of the files with their places
   */
  void reportOverlaps(Function<List<Path>, Stream<ActivityImport.Located>> reread,
      List<Path> files) {
    List<int[]> pairs = spans.overlaps(MAX_OVERLAPS + 1);
    if (pairs.isEmpty()) {
      return;
    }
    Map<Long, ActivityRecord> wanted = new HashMap<>();
    for (int[] p : pairs) {
      wanted.put(spans.place(p[0]), null);
      wanted.put(spans.place(p[1]), null);
    }
    try (Stream<ActivityImport.Located> rows = reread.apply(files)) {
      rows.forEach(row -> {
        Integer f = fileIndex.get(row.source());
        if (f != null) {
          long place = Spans.place(f, row.line());
          if (wanted.containsKey(place)) {
            wanted.put(place, row.record());
          }
        }
      });
    }
    int reported = 0;
    for (int[] p : pairs) {
      ActivityRecord a = wanted.get(spans.place(p[0]));
      ActivityRecord b = wanted.get(spans.place(p[1]));
      if (a == null || b == null || !OverlapCheck.groupKey(a).equals(OverlapCheck.groupKey(b))) {
        continue; // two groups of one hash, or a file changed since: no overlap of one group
      }
      if (reported == MAX_OVERLAPS) {
        problems.add(WorkspaceLoader.ACTIVITY + "/", 0, "more records of the same source, meter"
            + " and activity cover overlapping periods; only the first " + MAX_OVERLAPS
            + " overlaps are named");
        break;
      }
      problems.add(fileNames.get(spans.file(p[1])), spans.line(p[1]),
          OverlapCheck.overlapMessage(a, b));
      reported++;
    }
  }

  /**
   * The group and period of every record counted, in parallel arrays: two 64-bit hashes of the
   * group key (a false overlap of two groups sharing both is excluded when the records are read
   * again), the first and last day, the file and the line.
   */
  private static final class Spans {
    private long[] h1 = new long[1024];
    private long[] h2 = new long[1024];
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private int[] file = new int[1024];
    private int[] line = new int[1024];
    private int size;

    void add(String source, String meter, String activity, ReportingPeriod period, int fileIndex,
        int lineNumber) {
      if (size == h1.length) {
        int n = size + (size >> 1);
        h1 = Arrays.copyOf(h1, n);
        h2 = Arrays.copyOf(h2, n);
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        file = Arrays.copyOf(file, n);
        line = Arrays.copyOf(line, n);
      }
      // the hashes of the group key (source, meter, activity, as OverlapCheck.groupKey joins them)
      long a = 0xcbf29ce484222325L;
      long b = 0x9e3779b97f4a7c15L;
      for (String part : new String[] {source, meter, activity}) {
        for (int i = 0; i < part.length(); i++) {
          char c = part.charAt(i);
          a = (a ^ c) * 0x100000001b3L;
          b = (b + c) * 0xff51afd7ed558ccdL;
          b ^= b >>> 29;
        }
        a *= 0x100000001b3L; // the separator
        b = (b + 1) * 0xff51afd7ed558ccdL;
      }
      h1[size] = a;
      h2[size] = b;
      from[size] = (int) period.start().toEpochDay();
      to[size] = (int) period.end().toEpochDay();
      file[size] = fileIndex;
      line[size] = lineNumber;
      size++;
    }

    static long place(int fileIndex, int lineNumber) {
      return ((long) fileIndex << 32) | (lineNumber & 0xffffffffL);
    }

    long place(int i) {
      return place(file[i], line[i]);
    }

    int file(int i) {
      return file[i];
    }

    int line(int i) {
      return line[i];
    }

    /** The full order of the sweep: group hashes, start, end, file, line. */
    private int compare(int x, int y) {
      int c = Long.compare(h1[x], h1[y]);
      if (c == 0) {
        c = Long.compare(h2[x], h2[y]);
      }
      if (c == 0) {
        c = Integer.compare(from[x], from[y]);
      }
      if (c == 0) {
        c = Integer.compare(to[x], to[y]);
      }
      if (c == 0) {
        c = Integer.compare(file[x], file[y]);
      }
      return c != 0 ? c : Integer.compare(line[x], line[y]);
    }

    /**
     * The spans in the order of {@link #compare}, sorted without boxing: the high bits of the
     * first hash and the index packed into one {@code long}, sorted as numbers; the rare runs that
     * share those high bits are then put in full order.
     */
    private int[] order() {
      int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(size - 1, 1)));
      long indexMask = (1L << bits) - 1;
      long[] packed = new long[size];
      for (int i = 0; i < size; i++) {
        // h1 as an unsigned number in the order of the signed one, halved to stay non-negative,
        // its low bits replaced by the index
        packed[i] = ((((h1[i] ^ Long.MIN_VALUE) >>> 1) >>> bits) << bits) | i;
      }
      Arrays.sort(packed);
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = (int) (packed[i] & indexMask);
      }
      int start = 0;
      for (int i = 1; i <= size; i++) {
        if (i == size || (packed[i] & ~indexMask) != (packed[start] & ~indexMask)) {
          for (int j = start + 1; j < i; j++) { // insertion sort of a run of equal high bits
            int v = order[j];
            int k = j - 1;
            while (k >= start && compare(order[k], v) > 0) {
              order[k + 1] = order[k];
              k--;
            }
            order[k + 1] = v;
          }
          start = i;
        }
      }
      return order;
    }

    /**
     * Pairs (earlier, later) of overlapping spans of one group, at most {@code max}, in the order
     * of the sweep: by group hash, start, end, file and line.
     */
    List<int[]> overlaps(int max) {
      int[] order = order();
      List<int[]> pairs = new ArrayList<>();
      int latest = -1;
      for (int k = 0; k < size && pairs.size() < max; k++) {
        int i = order[k];
        if (latest >= 0 && (h1[latest] != h1[i] || h2[latest] != h2[i])) {
          latest = -1;
        }
        if (latest >= 0 && from[i] <= to[latest]) {
          pairs.add(new int[] {latest, i});
        }
        if (latest < 0 || to[i] > to[latest]) {
          latest = i;
        }
      }
      return pairs;
    }
  }
}
