// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cnms.core.conformity.MeterReading;
import org.cnms.core.conformity.MeterReadings;
import org.cnms.quantification.activity.ActivityRecord;

/**
 * The meter readings behind activity data (T/CAS 612 clause 9.1.3), for an assessment context:
 * every {@link ActivityRecord} read from a meter gives one reading of that meter on the last day of
 * the record's period, the day the amount for the period is read. Records without a meter are left
 * out. Add the result with {@code AssessmentContext.builder().extension(MeterReadings.class,
 * ActivityMeterReadings.of(records))}.
 */
public final class ActivityMeterReadings {

  private ActivityMeterReadings() {}

  /**
   * The readings of the metered records among {@code records}, in their order.
   *
   * @param records the activity records, not null
   * @return the readings, immutable
   */
  public static MeterReadings of(Collection<ActivityRecord> records) {
    List<MeterReading> out = new ArrayList<>();
    for (ActivityRecord r : records) {
      r.meterId().ifPresent(m -> out.add(MeterReading.of(r.id(), m, r.period().end())));
    }
    return MeterReadings.of(out);
  }
}
