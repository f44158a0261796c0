// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One reading of a measuring instrument that activity data rest on (T/CAS 612 clause 9.1.3): the
 * id of the activity record, the id of the meter, and the date it was read. The conformity rule of
 * clause 9.1.3 checks that the meter's calibration was valid on that date.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMeterReading.class)
public abstract class MeterReading implements WithMeterReading {

  /** The id of the activity record the reading gave. */
  public abstract String activityRecordId();

  /** The id of the {@link org.cnms.core.evaluation.MeasuringInstrument} read. */
  public abstract String meterId();

  /** The date of the reading. */
  public abstract LocalDate readOn();

  /** A reading of {@code meterId} on {@code readOn} that gave activity record {@code recordId}. */
  public static MeterReading of(String recordId, String meterId, LocalDate readOn) {
    return builder().activityRecordId(recordId).meterId(meterId).readOn(readOn).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeterReading}; all attributes are required. */
  public static final class Builder extends ImmutableMeterReading.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireNonBlank("MeterReading", "activityRecordId", activityRecordId());
    Checks.requireNonBlank("MeterReading", "meterId", meterId());
  }
}
