// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImprovementRoundTripTest {

  @Test
  void nonconformitiesRoundTrip() {
    qt().forAll(ImprovementGen.nonconformities())
        .checkAssert(x -> assertRoundTrips(x, Nonconformity.class));
  }

  @Test
  void generatedNonconformitiesCoverEveryStatusAndPath() {
    Set<NonconformityStatus> seen = EnumSet.noneOf(NonconformityStatus.class);
    boolean[] reopened = {false};
    boolean[] closedWithoutAction = {false};
    qt().withExamples(600).forAll(ImprovementGen.nonconformities()).checkAssert(nc -> {
      seen.add(nc.status());
      reopened[0] |= nc.effectivenessReviews().size() > 1;
      closedWithoutAction[0] |= nc.status() == NonconformityStatus.CLOSED
          && nc.correctiveActions().isEmpty();
    });
    assertEquals(EnumSet.allOf(NonconformityStatus.class), seen);
    assertTrue(reopened[0], "no nonconformity re-opened after an ineffective review");
    assertTrue(closedWithoutAction[0], "no nonconformity closed without action needed");
  }

  @Test
  void correctiveActionsRoundTrip() {
    qt().forAll(ImprovementGen.correctiveActions())
        .checkAssert(x -> assertRoundTrips(x, CorrectiveAction.class));
  }

  @Test
  void containmentsRoundTrip() {
    qt().forAll(ImprovementGen.containments())
        .checkAssert(x -> assertRoundTrips(x, Containment.class));
  }

  @Test
  void causeAnalysesRoundTrip() {
    qt().forAll(ImprovementGen.causeAnalyses())
        .checkAssert(x -> assertRoundTrips(x, CauseAnalysis.class));
  }

  @Test
  void effectivenessReviewsRoundTrip() {
    qt().forAll(ImprovementGen.effectivenessReviews())
        .checkAssert(x -> assertRoundTrips(x, EffectivenessReview.class));
  }

  @Test
  void improvementActionsRoundTrip() {
    qt().forAll(ImprovementGen.improvementActions())
        .checkAssert(x -> assertRoundTrips(x, ImprovementAction.class));
  }
}
