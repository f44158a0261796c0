// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.jspecify.annotations.Nullable;

/**
 * The routing table of an {@link InventoryAccumulator}: the records' routing fields seen so far
 * (source, facility, category, way of obtaining, activity key, unit, region, period), each with a
 * value (the accumulator's route: recipe and sums), so that a record like one seen before costs
 * one probe instead of a recipe look-up, a source look-up and a facility check. Records whose
 * routing fields are equal find the same value; a record that differs in any of them (another
 * month, another region, another way of obtaining) does not. An open-addressing table with linear
 * probing, at most half full, bounded to {@link #MAX_ENTRIES}: beyond that {@link #put} declines
 * and the caller takes its slower path. Mutable, not thread-safe.
 *
 * @param <V> the value routed to
 */
final class RouteTable<V> {

  /** The most entries the table holds. */
  static final int MAX_ENTRIES = 1 << 14;

  private @Nullable Entry<V>[] table = newTable(16);
  private int size;

  /** The value of the record's routing fields, null if none was put. */
  @Nullable V get(ActivityRecord record) {
    @Nullable String region = record.region().orElse(null);
    int h = hash(record, region);
    @Nullable Entry<V>[] t = table;
    int mask = t.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Entry<V> e = t[i];
      if (e == null) {
        return null;
      }
      if (e.matches(h, record, region)) {
        return e.value;
      }
    }
  }

  /**
   * Routes the record's routing fields to {@code value}; they must not be in the table yet.
   *
   * @return false if the table is full and did not take them
   */
  boolean put(ActivityRecord record, V value) {
    if (size >= MAX_ENTRIES) {
      return false;
    }
    if (2 * (size + 1) > table.length) {
      @Nullable Entry<V>[] old = table;
      table = newTable(2 * old.length);
      for (Entry<V> o : old) {
        if (o != null) {
          insert(table, o);
        }
      }
    }
    @Nullable String region = record.region().orElse(null);
    insert(table, new Entry<>(hash(record, region), record, region, value));
    size++;
    return true;
  }

  /** How many routing fields the table holds. */
  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  private static <V> @Nullable Entry<V>[] newTable(int n) {
    return (Entry<V>[]) new Entry<?>[n];
  }

  private static <V> void insert(@Nullable Entry<V>[] table, Entry<V> entry) {
    int mask = table.length - 1;
    int i = entry.hash & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = entry;
  }

  private static int hash(ActivityRecord r, @Nullable String region) {
    int h = r.sourceId().hashCode();
    h = h * 31 + r.activityKey().hashCode();
    h = h * 31 + r.amount().unit().hashCode();
    h = h * 31 + (region == null ? 0 : region.hashCode());
    h = h * 31 + r.period().hashCode();
    h = h * 31 + r.category().ordinal() * OBTAINED + r.obtainedBy().ordinal();
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static final int OBTAINED = ObtainedBy.values().length;

  /** One record's routing fields and their value. */
  private static final class Entry<V> {
    final int hash;
    final String sourceId;
    final String facilityId;
    final EmissionCategory category;
    final ObtainedBy obtainedBy;
    final String activityKey;
    final MeasureUnit unit;
    final @Nullable String region;
    final ReportingPeriod period;
    final V value;

    Entry(int hash, ActivityRecord r, @Nullable String region, V value) {
      this.hash = hash;
      this.sourceId = r.sourceId();
      this.facilityId = r.facilityId();
      this.category = r.category();
      this.obtainedBy = r.obtainedBy();
      this.activityKey = r.activityKey();
      this.unit = r.amount().unit();
      this.region = region;
      this.period = r.period();
      this.value = value;
    }

    boolean matches(int h, ActivityRecord r, @Nullable String reg) {
      if (hash != h || category != r.category() || obtainedBy != r.obtainedBy()) {
        return false;
      }
      String s = r.sourceId();
      String f = r.facilityId();
      String k = r.activityKey();
      MeasureUnit u = r.amount().unit();
      ReportingPeriod p = r.period();
      return (sourceId == s || sourceId.equals(s)) && (facilityId == f || facilityId.equals(f))
          && (activityKey == k || activityKey.equals(k)) && (unit == u || unit.equals(u))
          && (region == reg || region != null && region.equals(reg))
          && (period == p || period.equals(p));
    }
  }
}
