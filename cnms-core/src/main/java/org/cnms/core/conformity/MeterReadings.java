// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.util.Collection;
import java.util.List;

/**
 * The meter readings behind an organisation's activity data, as an {@linkplain
 * AssessmentContext#extension(Class) extension} of an assessment context (T/CAS 612 clause 9.1.3):
 * the module that holds activity data (cnms-quantification) supplies them, and the rule of clause
 * 9.1.3 judges each against the calibration of its meter.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface MeterReadings {

  /** The readings, in a stable order. */
  List<MeterReading> readings();

  /** The given readings. */
  static MeterReadings of(Collection<MeterReading> readings) {
    List<MeterReading> copy = List.copyOf(readings);
    return () -> copy;
  }
}
