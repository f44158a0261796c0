// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A factor (an emission factor, a GWP value or fuel parameters) that a calculation needed and did
 * not find, with the records that needed it (T/CAS 612 clause 6.3).
 *
 * <p>The sample of record ids is deterministic: the {@link #MAX_IDS} smallest distinct ids (in
 * {@link String#compareTo} order), sorted, whatever the order in which records were met and
 * reports merged; so a partitioned run reports exactly what a single pass reports. Immutable,
 * thread-safe, serialisable.
 *
 * @param what what is missing, e.g. {@code emission factor}, {@code GWP}, {@code fuel parameters}
 * @param key the activity key, gas or fuel asked for
 * @param region the region asked for, or empty text
 * @param period the activity period asked for, as printed, or empty text
 * @param reason why it was not found, e.g. which years the library does cover
 * @param recordIds the smallest ids of the records that needed it (at most {@link #MAX_IDS}),
 *     sorted
 * @param recordCount how many records needed it in all
 */
public record MissingFactor(String what, String key, String region, String period, String reason,
    List<String> recordIds, long recordCount) implements Serializable {

  /** How many record ids a missing factor keeps. */
  public static final int MAX_IDS = 10;

  /** The canonical constructor; copies the list. */
  public MissingFactor {
    recordIds = List.copyOf(recordIds);
  }

  /** This missing factor with one more record that needed it. */
  public MissingFactor withRecord(String recordId) {
    List<String> ids = recordIds;
    int n = ids.size();
    if (!(n == MAX_IDS && recordId.compareTo(ids.get(n - 1)) > 0) && !ids.contains(recordId)) {
      ids = smallest(ids, List.of(recordId));
    }
    return new MissingFactor(what, key, region, period, reason, ids, recordCount + 1);
  }

  /**
   * Adds the records of {@code other}, a report of the same missing factor: associative and
   * commutative, the counts added and the sample the smallest ids of both.
   */
  public MissingFactor merge(MissingFactor other) {
    return new MissingFactor(what, key, region, period, reason,
        smallest(recordIds, other.recordIds), recordCount + other.recordCount);
  }

  /** The {@link #MAX_IDS} smallest distinct ids of both lists, sorted. */
  private static List<String> smallest(List<String> a, List<String> b) {
    TreeSet<String> ids = new TreeSet<>(a);
    ids.addAll(b);
    List<String> out = new ArrayList<>(MAX_IDS);
    for (String id : ids) {
      if (out.size() == MAX_IDS) {
        break;
      }
      out.add(id);
    }
    return out;
  }

  /** The identity of the missing factor: what, key, region and period. */
  public String identity() {
    return what + "|" + key + "|" + region + "|" + period;
  }

  /** One line for a report. */
  public String describe() {
    StringBuilder b = new StringBuilder(what).append(" '").append(key).append('\'');
    if (!region.isEmpty()) {
      b.append(" for region ").append(region);
    }
    if (!period.isEmpty()) {
      b.append(" for ").append(period);
    }
    b.append(": ").append(reason);
    if (recordCount > 0) {
      b.append(" (needed by ").append(recordCount).append(recordCount == 1 ? " record: " : " records: ")
          .append(String.join(", ", recordIds)).append(recordCount > recordIds.size() ? ", …" : "")
          .append(')');
    }
    return b.toString();
  }
}
