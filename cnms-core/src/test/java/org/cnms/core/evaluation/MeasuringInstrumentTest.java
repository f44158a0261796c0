// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasuringInstrumentTest {

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static MeasuringInstrument.Builder meter(int intervalMonths) {
    return MeasuringInstrument.builder().id("EM-1").kind(InstrumentKind.ELECTRICITY_METER)
        .facilityId("plant-1").addSourceId("grid-1").accuracyClass("0.5S")
        .gb17167Required(true).calibrationIntervalMonths(intervalMonths);
  }

  private final MeasuringInstrument meter = meter(12)
      .addCalibrations(Calibration.of(d("2024-03-15"), CalibrationResult.PASS),
          Calibration.builder().calibratedOn(d("2025-03-20")).result(CalibrationResult.PASS)
              .certificate("JJG-2025-0042").calibratedBy("江苏省计量科学研究院").build())
      .build();

  @Test
  void calibrationHoldsUntilTheDayBeforeTheIntervalEnds() {
    assertFalse(meter.calibrationValidOn(d("2024-03-14")), "before the first calibration");
    assertTrue(meter.calibrationValidOn(d("2024-03-15")), "on the calibration day");
    // 2024-03-15 plus 12 months = 2025-03-15, which is after 2025-03-14
    assertTrue(meter.calibrationValidOn(d("2025-03-14")), "last valid day");
    assertFalse(meter.calibrationValidOn(d("2025-03-15")), "lapsed");
    assertFalse(meter.calibrationValidOn(d("2025-03-19")), "still lapsed");
    assertTrue(meter.calibrationValidOn(d("2025-03-20")), "recalibrated");
    assertTrue(meter.calibrationValidOn(d("2026-03-19")));
    assertFalse(meter.calibrationValidOn(d("2026-03-20")));
  }

  @Test
  void intervalEndsAreClampedToTheEndOfTheMonth() {
    MeasuringInstrument monthly = meter(1)
        .addCalibration(Calibration.of(d("2024-01-31"), CalibrationResult.PASS)).build();
    // 2024-01-31 plus one month = 2024-02-29 (a leap year)
    assertTrue(monthly.calibrationValidOn(d("2024-02-28")));
    assertFalse(monthly.calibrationValidOn(d("2024-02-29")));
  }

  @Test
  void aFailedCalibrationEndsValidityAtOnce() {
    MeasuringInstrument failed = meter(12)
        .addCalibrations(Calibration.of(d("2024-01-10"), CalibrationResult.PASS),
            Calibration.of(d("2024-06-01"), CalibrationResult.FAIL),
            Calibration.of(d("2024-06-20"), CalibrationResult.PASS))
        .build();
    assertTrue(failed.calibrationValidOn(d("2024-05-31")));
    assertFalse(failed.calibrationValidOn(d("2024-06-01")));
    assertFalse(failed.calibrationValidOn(d("2024-06-19")));
    assertTrue(failed.calibrationValidOn(d("2024-06-20")));
  }

  @Test
  void lastCalibrationBeforeIsStrictlyBefore() {
    assertEquals(Optional.empty(), meter.lastCalibrationBefore(d("2024-03-15")));
    assertEquals(d("2024-03-15"),
        meter.lastCalibrationBefore(d("2024-03-16")).orElseThrow().calibratedOn());
    assertEquals(d("2024-03-15"),
        meter.lastCalibrationBefore(d("2025-03-20")).orElseThrow().calibratedOn());
    assertEquals(Optional.of("JJG-2025-0042"),
        meter.lastCalibrationBefore(d("2025-03-21")).orElseThrow().certificate());
  }

  @Test
  void intervalMustBePositive() {
    var e = assertThrows(IllegalArgumentException.class, () -> meter(0).build());
    assertEquals("MeasuringInstrument.calibrationIntervalMonths of EM-1 must be above 0, but was 0",
        e.getMessage());
  }

  @Test
  void calibrationDatesMustStrictlyIncrease() {
    var e = assertThrows(IllegalArgumentException.class, () -> meter(12)
        .addCalibrations(Calibration.of(d("2024-03-15"), CalibrationResult.PASS),
            Calibration.of(d("2024-03-15"), CalibrationResult.FAIL))
        .build());
    assertEquals("MeasuringInstrument EM-1: calibrations must be in strictly increasing order of"
        + " date, but calibration 1 on 2024-03-15 follows one on 2024-03-15", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> meter(12)
        .addCalibrations(Calibration.of(d("2024-03-15"), CalibrationResult.PASS),
            Calibration.of(d("2023-03-15"), CalibrationResult.PASS))
        .build());
    assertTrue(e.getMessage().contains("calibration 1 on 2023-03-15 follows one on 2024-03-15"),
        e.getMessage());
  }

  @Test
  void blankAccuracyClassAndCertificateAreRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> meter(12).build().withAccuracyClass(" "));
    assertEquals("MeasuringInstrument.accuracyClass must not be blank, but was ' '",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Calibration.builder()
        .calibratedOn(d("2024-03-15")).result(CalibrationResult.PASS).certificate("").build());
    assertEquals("Calibration.certificate must not be blank, but was ''", e.getMessage());
  }
}
