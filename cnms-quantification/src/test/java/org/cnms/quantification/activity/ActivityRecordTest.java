// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class ActivityRecordTest {

  @Test
  void recordsRoundTrip() {
    qt().forAll(ActivityGen.records()).checkAssert(r -> assertRoundTrips(r, ActivityRecord.class));
  }

  @Test
  void aNegativeAmountIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> ActivityRecord.builder().id("r-1")
        .sourceId("grid").facilityId("plant").category(EmissionCategory.PURCHASED_ENERGY)
        .activityKey("electricity").amount(Amount.of("-5", "kWh"))
        .period(ReportingPeriod.calendarYear(2025)).obtainedBy(ObtainedBy.METERED).build());
    assertEquals("ActivityRecord.amount of record r-1 must not be negative, but was -5 kWh",
        e.getMessage());
  }

  @Test
  void ratingScoresAreOneToFive() {
    var e = assertThrows(IllegalArgumentException.class, () -> DataQualityRating.of(1, 6, 2));
    assertEquals("DataQualityRating.temporal must be a score from 1 to 5, but was 6",
        e.getMessage());
    assertEquals(true, ObtainedBy.INVOICED.isMeasured());
    assertEquals(false, ObtainedBy.ESTIMATED.isMeasured());
  }
}
