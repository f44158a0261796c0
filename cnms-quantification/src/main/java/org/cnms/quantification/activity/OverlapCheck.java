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
 * <p>A record that names a record that does not exist, or a record corrected by two records, is a
 * conflict too. The records are gathered as they are, in any order; the result does not depend
 * on their order. Stateless, thread-safe.
 */
public final class OverlapCheck {

  private OverlapCheck() {}

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
        conflicts.add(new Conflict(r.id(), "record " + r.id() + " corrects record " + target
            + ", which does not exist"));
        continue;
      }
      ActivityRecord first = correctedBy.putIfAbsent(target, r);
      if (first != null) {
        conflicts.add(new Conflict(r.id(), "record " + target + " is corrected twice, by "
            + first.id() + " and by " + r.id() + "; a record has one correction (correct the"
            + " correction instead)"));
      }
    }
    List<ActivityRecord> counted = records.stream()
        .filter(r -> !correctedBy.containsKey(r.id())).toList();
    Map<String, List<ActivityRecord>> groups = new LinkedHashMap<>();
    for (ActivityRecord r : counted) {
      String key = r.sourceId() + '\u0000' + r.meterId().map(IdSpelling::loose).orElse("")
          + '\u0000' + r.activityKey();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    for (List<ActivityRecord> g : groups.values()) {
      List<ActivityRecord> sorted = new ArrayList<>(g);
      sorted.sort((a, b) -> a.period().start().compareTo(b.period().start()) != 0
          ? a.period().start().compareTo(b.period().start()) : a.id().compareTo(b.id()));
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          ActivityRecord a = sorted.get(i);
          ActivityRecord b = sorted.get(j);
          if (b.period().start().isAfter(a.period().end())) {
            break;
          }
          conflicts.add(new Conflict(b.id(), "records " + a.id() + " (" + a.period() + ") and "
              + b.id() + " (" + b.period() + ") of source " + a.sourceId()
              + a.meterId().map(m -> ", meter " + m).orElse("") + " cover overlapping periods;"
              + " a figure is counted once: remove one, or name the record it corrects in the"
              + " corrects column"));
        }
      }
    }
    return new Result(counted, conflicts);
  }
}
