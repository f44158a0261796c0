// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.junit.jupiter.api.Test;

class GhgTargetTest {

  private static GhgTarget.Builder facilityCap() {
    return GhgTarget.builder().id("GT-1").phasedTargetId("PT-1").level(TargetLevel.FACILITY)
        .facilityId("plant-1").kind(GhgTargetKind.EMISSION)
        .addCategory(EmissionCategory.DIRECT).targetYear(2030);
  }

  @Test
  void facilityCapIsRecorded() {
    GhgTarget t = facilityCap().targetValue(Co2e.tonnes("8000")).build();
    assertEquals(Optional.of(Co2e.tonnes("8000")), t.targetValue());
    assertEquals(Optional.empty(), t.reductionPercent());
    assertEquals(List.of(EmissionCategory.DIRECT), t.categories());
  }

  @Test
  void exactlyOneOfValueAndPercentIsRequired() {
    var neither = assertThrows(IllegalArgumentException.class, () -> facilityCap().build());
    assertEquals("GhgTarget GT-1 needs exactly one of targetValue and reductionPercent, but has"
        + " neither", neither.getMessage());
    var both = assertThrows(IllegalArgumentException.class, () -> facilityCap()
        .targetValue(Co2e.tonnes("8000")).reductionPercent(new BigDecimal("20")).build());
    assertEquals("GhgTarget GT-1 needs exactly one of targetValue and reductionPercent, but has"
        + " both", both.getMessage());
  }

  @Test
  void levelAndFacilityMustAgree() {
    var e = assertThrows(IllegalArgumentException.class, () -> GhgTarget.builder().id("GT-2")
        .phasedTargetId("PT-1").level(TargetLevel.FACILITY).kind(GhgTargetKind.EMISSION)
        .targetYear(2030).reductionPercent(BigDecimal.TEN).build());
    assertEquals("GhgTarget GT-2 is set at FACILITY level and needs a facilityId", e.getMessage());
    var o = assertThrows(IllegalArgumentException.class, () -> GhgTarget.builder().id("GT-3")
        .phasedTargetId("PT-1").level(TargetLevel.ORGANISATION).facilityId("plant-1")
        .kind(GhgTargetKind.EMISSION).targetYear(2030).reductionPercent(BigDecimal.TEN).build());
    assertEquals("GhgTarget GT-3 is set at ORGANISATION level, but names facility plant-1",
        o.getMessage());
  }

  @Test
  void badNumbersAreRejected() {
    var p = assertThrows(IllegalArgumentException.class,
        () -> facilityCap().reductionPercent(new BigDecimal("100.01")).build());
    assertEquals("GhgTarget.reductionPercent must be a percentage between 0 and 100, but was"
        + " 100.01", p.getMessage());
    var v = assertThrows(IllegalArgumentException.class,
        () -> facilityCap().targetValue(Co2e.tonnes("-1")).build());
    assertEquals("GhgTarget.targetValue must not be negative, but was -1 tCO2e", v.getMessage());
    var c = assertThrows(IllegalArgumentException.class, () -> facilityCap()
        .addCategory(EmissionCategory.DIRECT).targetValue(Co2e.ZERO).build());
    assertEquals("GhgTarget.categories holds 'DIRECT' twice", c.getMessage());
  }
}
