// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import java.util.List;

/**
 * A factor (an emission factor, a GWP value or fuel parameters) that a calculation needed and did
 * not find, with the records that needed it (T/CAS 612 clause 6.3). Immutable, thread-safe.
 *
 * @param what what is missing, e.g. {@code emission factor}, {@code GWP}, {@code fuel parameters}
 * @param key the activity key, gas or fuel asked for
 * @param region the region asked for, or empty text
 * @param period the activity period asked for, as printed, or empty text
 * @param reason why it was not found, e.g. which years the library does cover
 * @param recordIds the ids of the first records that needed it (at most {@link #MAX_IDS})
 * @param recordCount how many records needed it in all
 */
public record MissingFactor(String what, String key, String region, String period, String reason,
    List<String> recordIds, long recordCount) {

  /** How many record ids a missing factor keeps. */
  public static final int MAX_IDS = 10;

  /** The canonical constructor; copies the list. */
  public MissingFactor {
    recordIds = List.copyOf(recordIds);
  }

  /** This missing factor with one more record that needed it. */
  public MissingFactor withRecord(String recordId) {
    List<String> ids = recordIds;
    if (ids.size() < MAX_IDS && !ids.contains(recordId)) {
      ids = new java.util.ArrayList<>(ids);
      ids.add(recordId);
    }
    return new MissingFactor(what, key, region, period, reason, ids, recordCount + 1);
  }

  /** Adds the records of {@code other}, a report of the same missing factor. */
  public MissingFactor merge(MissingFactor other) {
    java.util.List<String> ids = new java.util.ArrayList<>(recordIds);
    for (String id : other.recordIds) {
      if (ids.size() < MAX_IDS && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return new MissingFactor(what, key, region, period, reason, ids,
        recordCount + other.recordCount);
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
