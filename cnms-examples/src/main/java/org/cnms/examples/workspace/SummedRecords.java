// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;

/**
 * Activity records summed by what their calculation reads: records that differ only in id,
 * meter, document and amount give, each, the same calculation scaled by their amount — the
 * calculation is linear in the amount —, so a group of them is quantified once, as one record of
 * the summed amount: the same figures, exact, as record by record, at a fraction of the cost.
 * Groups keep the order in which they were first seen. Not thread-safe.
 *
 * @param <P> where a record is (what a problem of its group is reported at: the first record's)
 */
final class SummedRecords<P> {

  /** What the records of one group share. */
  private record Key(String source, String facility, EmissionCategory category, String activity,
      String unit, Optional<String> region, ReportingPeriod period, ObtainedBy obtainedBy,
      Optional<DataQualityRating> quality) {

    static Key of(ActivityRecord r) {
      return new Key(r.sourceId(), r.facilityId(), r.category(), r.activityKey(),
          r.amount().unit().code(), r.region(), r.period(), r.obtainedBy(), r.dataQuality());
    }
  }

  /** The first record of a group, where it is, its amount so far and its number of records. */
  private static final class Sum<P> {
    final ActivityRecord first;
    final P at;
    BigDecimal amount;
    long records = 1;

    Sum(ActivityRecord first, P at) {
      this.first = first;
      this.at = at;
      this.amount = first.amount().value();
    }
  }

  /** What is done with each group. */
  interface GroupConsumer<P> {
    /**
     * One group.
     *
     * @param record the group as one record: its first, with the summed amount
     * @param at where its first record is
     * @param records the number of records it stands for
     */
    void accept(ActivityRecord record, P at, long records);
  }

  private final Map<Key, Sum<P>> sums = new LinkedHashMap<>();

  /** Adds a record found at {@code at}. */
  void add(ActivityRecord r, P at) {
    Key k = Key.of(r);
    Sum<P> sum = sums.get(k);
    if (sum == null) {
      sums.put(k, new Sum<>(r, at));
    } else {
      sum.amount = sum.amount.add(r.amount().value());
      sum.records++;
    }
  }

  /** The number of groups held. */
  int size() {
    return sums.size();
  }

  /** Hands every group to {@code consumer}, in the order first seen, and forgets them. */
  void drain(GroupConsumer<P> consumer) {
    for (Sum<P> sum : sums.values()) {
      ActivityRecord first = sum.first;
      consumer.accept(sum.amount.equals(first.amount().value()) ? first
          : first.withAmount(Amount.of(sum.amount, first.amount().unit())), sum.at, sum.records);
    }
    sums.clear();
  }
}
