// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class GhgReviewTest {

  private static ImprovementOpportunity opportunity(String id, int rank) {
    return ImprovementOpportunity.builder().id(id).description("机会 " + id).rank(rank)
        .addSourceId("SRC-boiler-1").expectedReduction(Co2e.tonnes("120.5")).build();
  }

  private static GhgReview.Builder review() {
    return GhgReview.builder().id("REV-2025").period(ReportingPeriod.calendarYear(2025))
        .inventoryId("INV-2025").completenessConfirmed(true)
        .addHistoricalLevels(
            YearLevel.builder().year(2024).emissions(Co2e.tonnes("10500")).removals(Co2e.ZERO)
                .intensity(Amount.of("0.82", "tCO2e")).build(),
            YearLevel.builder().year(2025).emissions(Co2e.tonnes("10100"))
                .removals(Co2e.tonnes("35")).build())
        .addSourceReview(SourceReview.builder().sourceId("SRC-boiler-1")
            .addRelevantVariables("蒸汽产量", "heating degree days")
            .currentLevel(Co2e.tonnes("6200")).addInfluencerPersonIds("p-boiler-op", "p-energy")
            .build())
        .addProjection(Projection.builder().year(2026).emissions(Co2e.tonnes("9800"))
            .assumptions("产量增长3%，余热发电投运").build())
        .reviewedOn(LocalDate.of(2026, 2, 20));
  }

  @Test
  void opportunitiesComeOutInRankOrder() {
    GhgReview r = review().addOpportunities(opportunity("IO-b", 2), opportunity("IO-c", 3),
        opportunity("IO-a", 1)).nextReviewDue(LocalDate.of(2027, 2, 20)).build();
    assertEquals(List.of("IO-a", "IO-b", "IO-c"),
        r.opportunitiesByRank().stream().map(ImprovementOpportunity::id)
            .collect(Collectors.toList()));
    assertEquals(List.of("p-boiler-op", "p-energy"),
        r.sourceReview("SRC-boiler-1").orElseThrow().influencerPersonIds());
    assertRoundTrips(r, GhgReview.class);
  }

  @Test
  void sharedRanksAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> review()
        .addOpportunities(opportunity("IO-a", 1), opportunity("IO-b", 2), opportunity("IO-c", 1))
        .build());
    assertEquals("GhgReview REV-2025: opportunities IO-a and IO-c share rank 1; ranks must be"
        + " distinct", e.getMessage());
  }

  @Test
  void rankBelowOneIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> opportunity("IO-a", 0));
    assertEquals("ImprovementOpportunity.rank must be at least 1, but was 0", e.getMessage());
  }

  @Test
  void repeatedYearsAndSourcesAreRejected() {
    var y = assertThrows(IllegalArgumentException.class, () -> review().addHistoricalLevel(
        YearLevel.builder().year(2024).emissions(Co2e.ZERO).removals(Co2e.ZERO).build()).build());
    assertEquals("GhgReview.historicalLevels holds '2024' twice", y.getMessage());
    var s = assertThrows(IllegalArgumentException.class, () -> review()
        .addSourceReview(SourceReview.builder().sourceId("SRC-boiler-1").build()).build());
    assertEquals("GhgReview.sourceReviews holds 'SRC-boiler-1' twice", s.getMessage());
    var p = assertThrows(IllegalArgumentException.class, () -> review().addProjection(
        Projection.builder().year(2026).emissions(Co2e.ZERO).assumptions("flat").build()).build());
    assertEquals("GhgReview.projections holds '2026' twice", p.getMessage());
  }

  @Test
  void nextReviewCannotBeDueBeforeThisOne() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> review().nextReviewDue(LocalDate.of(2026, 1, 1)).build());
    assertEquals("GhgReview.nextReviewDue 2026-01-01 must not be before GhgReview.reviewedOn"
        + " 2026-02-20", e.getMessage());
  }

  @Test
  void negativeLevelsAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> YearLevel.builder().year(2024)
        .emissions(Co2e.tonnes("-1")).removals(Co2e.ZERO).build());
    assertEquals("YearLevel.emissions must not be negative, but was -1 tCO2e", e.getMessage());
    var c = assertThrows(IllegalArgumentException.class, () -> SourceReview.builder()
        .sourceId("S").currentLevel(Co2e.tonnes("-2")).build());
    assertEquals("SourceReview.currentLevel must not be negative, but was -2 tCO2e",
        c.getMessage());
  }
}
