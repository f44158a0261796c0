// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cnms.core.IdSpelling;

/**
 * The check that no figure of activity data is counted twice (T/CAS 612 clause 6.3): two records
 * of the same source, the same meter and the same activity key whose periods overlap are a
 * conflict, unless one {@linkplain ActivityRecord#corrects() corrects} the other. A correction
 * replaces the record it names, which then no longer counts. Meter ids are compared in their
 * {@linkplain IdSpelling#loose loose spelling}, so {@code MI-SZ-GAS-01} and {@code mi-sz–gas-01}
 * are one meter.
 *
 * <p>Only records read from a meter are checked for overlaps: a meter's readings cover each day
 * once, whereas records without a meter — deliveries, invoices, waybills — may well share a period
 * (two deliveries of steel in one month are two figures). Their double counting is caught by their
 * ids, which are unique.
 *
 * <p>A record that names a record that does not exist, or a record corrected by two records, is a
 * conflict too. The records are gathered as they are, in any order; the result does not depend
 * on their order. Stateless, thread-safe.
 */
public final class OverlapCheck {

  /** Records by start, then end, then id: the order of the sweep, whatever the input order. */
  private static final java.util.Comparator<ActivityRecord> IN_TIME =
      java.util.Comparator.<ActivityRecord, java.time.LocalDate>comparing(r -> r.period().start())
          .thenComparing(r -> r.period().end()).thenComparing(ActivityRecord::id);

  private OverlapCheck() {}

  /**
   * What records must share to be counted once at most over a period: source, meter (in its
   * loose spelling) and activity key, as one string. Two records of one group whose periods
   * overlap are a conflict.
   *
   * @param r a record, not null
   * @return its group key
   */
  public static String groupKey(ActivityRecord r) {
    return r.sourceId() + '\u0000' + r.meterId().map(IdSpelling::loose).orElse("") + '\u0000'
        + r.activityKey();
  }

  /**
   * The message of a correction that names a record that does not exist.
   *
   * @param id the correcting record
   * @param target the id it names
   * @return the message
   */
  public static String correctsNothingMessage(String id, String target) {
    return "record " + id + " corrects record " + target + ", which does not exist";
  }

  /**
   * The message of a record corrected by two records.
   *
   * @param target the corrected record
   * @param first the first correction, in the order of reading
   * @param second the second correction
   * @return the message
   */
  public static String correctedTwiceMessage(String target, String first, String second) {
    return "record " + target + " is corrected twice, by " + first + " and by " + second
        + "; a record has one correction (correct the correction instead)";
  }

  /**
   * The message of a conflict between two records of one group whose periods overlap.
   *
   * @param a the record that starts first
   * @param b the record that starts within the period of {@code a}
   * @return the message, naming both records, their periods, the source and the meter
   */
  public static String overlapMessage(ActivityRecord a, ActivityRecord b) {
    return "records " + a.id() + " (" + a.period() + ") and " + b.id() + " (" + b.period()
        + ") of source " + a.sourceId() + a.meterId().map(m -> ", meter " + m).orElse("")
        + " cover overlapping periods; a figure is counted once: remove one, or name the record"
        + " it corrects in the corrects column";
  }

  /**
   * A conflict about one record.
   *
   * @param recordId the record the conflict is reported at
   * @param message what is wrong, naming both records
   */
  public record Conflict(String recordId, String message) {

    /** The canonical constructor; checks the parts. */
    public Conflict {
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The outcome: the records that count (every record not corrected by another, in the given
   * order) and the conflicts found.
   *
   * @param counted the records that count
   * @param conflicts the conflicts; empty when the records may be summed
   */
  public record Result(List<ActivityRecord> counted, List<Conflict> conflicts) {

    /** The canonical constructor; copies the lists. */
    public Result {
      counted = List.copyOf(counted);
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * Checks {@code records} for overlaps and applies their corrections.
   *
   * @param records the records, each id once, not null
   * @return the records that count and the conflicts
   */
  public static Result check(Collection<ActivityRecord> records) {
    Map<String, ActivityRecord> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.putIfAbsent(r.id(), r));
    List<Conflict> conflicts = new ArrayList<>();
    Map<String, ActivityRecord> correctedBy = new LinkedHashMap<>();
    for (ActivityRecord r : records) {
      if (r.corrects().isEmpty()) {
        continue;
      }
      String target = r.corrects().get();
      if (!byId.containsKey(target)) {
        conflicts.add(new Conflict(r.id(), correctsNothingMessage(r.id(), target)));
        continue;
      }
      ActivityRecord first = correctedBy.putIfAbsent(target, r);
      if (first != null) {
        conflicts.add(new Conflict(r.id(), correctedTwiceMessage(target, first.id(), r.id())));
      }
    }
    List<ActivityRecord> counted = records.stream()
        .filter(r -> !correctedBy.containsKey(r.id())).toList();
    Map<String, List<ActivityRecord>> groups = new LinkedHashMap<>();
    for (ActivityRecord r : counted) {
      if (r.meterId().isPresent()) {
        groups.computeIfAbsent(groupKey(r), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<ActivityRecord> g : groups.values()) {
      List<ActivityRecord> sorted = new ArrayList<>(g);
      sorted.sort(IN_TIME);
      // a sweep in order of start: a record that starts before the latest end so far overlaps
      // the record of that end; each record is reported once, whatever the number of overlaps
      ActivityRecord latest = null;
      for (ActivityRecord b : sorted) {
        if (latest != null && !b.period().start().isAfter(latest.period().end())) {
          conflicts.add(new Conflict(b.id(), overlapMessage(latest, b)));
        }
        if (latest == null || b.period().end().isAfter(latest.period().end())) {
          latest = b;
        }
      }
    }
    return new Result(counted, conflicts);
  }
}
