// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.core.units.UnitMismatchException;
import org.junit.jupiter.api.Test;

class MonitoringResultTest {

  private static MonitoringResult result(String expected, String actual) {
    return MonitoringResult.builder().id("M-1").subject(MonitoringSubject.ACTIVITY_DATA)
        .sourceId("boiler-1").period(ReportingPeriod.calendarYear(2025))
        .expected(Amount.parse(expected)).actual(Amount.parse(actual))
        .measuredOn(LocalDate.of(2026, 1, 15)).build();
  }

  @Test
  void deviationConvertsTheActualValueIntoTheExpectedUnitExactly() {
    // 1080 kWh = 1.08 MWh; (1.08 - 1) / 1 * 100 = 8
    assertEquals(new BigDecimal("8"),
        result("1 MWh", "1080 kWh").deviationPercent(MathContext.DECIMAL64));
    // 150000 kg = 150 t; (150 - 200) / 200 * 100 = -25
    assertEquals(new BigDecimal("-25"),
        result("200 t", "150000 kg").deviationPercent(MathContext.DECIMAL64));
    // 12.5 -> 13.75 MWh: 1.25 / 12.5 * 100 = 10
    assertEquals(new BigDecimal("10"),
        result("12.5 MWh", "13.75 MWh").deviationPercent(MathContext.DECIMAL64));
  }

  @Test
  void deviationRoundsOnceAtTheEnd() {
    // (4 - 3) / 3 * 100 = 100/3 = 33.333…
    assertEquals(new BigDecimal("33.33"),
        result("3 t", "4 t").deviationPercent(new MathContext(4, RoundingMode.HALF_EVEN)));
    assertEquals(new BigDecimal("33.334"),
        result("3 t", "4 t").deviationPercent(new MathContext(5, RoundingMode.UP)));
    assertThrows(ArithmeticException.class,
        () -> result("3 t", "4 t").deviationPercent(MathContext.UNLIMITED));
  }

  @Test
  void deviationOfAZeroExpectationIsUndefined() {
    var e = assertThrows(ArithmeticException.class,
        () -> result("0 t", "4 t").deviationPercent(MathContext.DECIMAL64));
    assertEquals("MonitoringResult M-1 has an expected value of zero, so its deviation in percent"
        + " is undefined", e.getMessage());
  }

  @Test
  void deviatesBeyondComparesTheAbsoluteDeviationExactly() {
    MonitoringResult up = result("100 t", "105 t");
    assertFalse(up.deviatesBeyond(new BigDecimal("5")));
    assertTrue(up.deviatesBeyond(new BigDecimal("4.99")));
    MonitoringResult down = result("100 t", "95 t");
    assertFalse(down.deviatesBeyond(new BigDecimal("5.00")));
    assertTrue(down.deviatesBeyond(new BigDecimal("4.999999")));
    // 100/3 % is above 33.3333333333 and below 33.3333333334, no rounding involved
    assertTrue(result("3 t", "4 t").deviatesBeyond(new BigDecimal("33.3333333333")));
    assertFalse(result("3 t", "4 t").deviatesBeyond(new BigDecimal("33.3333333334")));
  }

  @Test
  void expectedAndActualMustMeasureTheSameKind() {
    var e = assertThrows(UnitMismatchException.class, () -> result("100 kWh", "5 t"));
    assertEquals("MonitoringResult M-1: actual 5 t (mass) and expected 100 kWh (energy) measure"
        + " different kinds of quantity", e.getMessage());
    assertEquals("M-1", e.recordId().orElseThrow());
    assertEquals("t", e.given().code());
    assertEquals("kWh", e.expected().code());
  }

  @Test
  void measurementMustNotPrecedeThePeriod() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> result("1 t", "1 t").withMeasuredOn(LocalDate.of(2024, 12, 31)));
    assertEquals("MonitoringResult.measuredOn 2024-12-31 must not be before"
        + " MonitoringResult.period.start 2025-01-01", e.getMessage());
  }
}
