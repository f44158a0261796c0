// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.cnms.core.EffectivenessEvaluation;
import org.junit.jupiter.api.Test;

class PlanningRoundTripTest {

  @Test
  void effectivenessEvaluationsRoundTrip() {
    qt().forAll(PlanningGen.effectivenessEvaluations())
        .checkAssert(e -> assertRoundTrips(e, EffectivenessEvaluation.class));
  }

  @Test
  void risksAndOpportunitiesRoundTrip() {
    qt().forAll(PlanningGen.risksAndOpportunities())
        .checkAssert(r -> assertRoundTrips(r, RiskOrOpportunity.class));
  }

  @Test
  void riskActionsRoundTrip() {
    qt().forAll(PlanningGen.riskActions()).checkAssert(a -> assertRoundTrips(a, RiskAction.class));
  }

  @Test
  void plannedPurchasesRoundTrip() {
    qt().forAll(PlanningGen.plannedPurchases())
        .checkAssert(p -> assertRoundTrips(p, PlannedPurchase.class));
  }

  @Test
  void carbonAssetPlansRoundTrip() {
    qt().forAll(PlanningGen.carbonAssetPlans())
        .checkAssert(p -> assertRoundTrips(p, CarbonAssetPlan.class));
  }

  @Test
  void dataQualityItemsRoundTrip() {
    qt().forAll(PlanningGen.dataQualityItems())
        .checkAssert(i -> assertRoundTrips(i, DataQualityItem.class));
  }

  @Test
  void dataQualityPlansRoundTrip() {
    qt().forAll(PlanningGen.dataQualityPlans())
        .checkAssert(p -> assertRoundTrips(p, DataQualityPlan.class));
  }

  @Test
  void vocabulariesAreBilingual() {
    org.cnms.core.testing.Labels.assertBilingual(RiskPurpose.class);
    org.cnms.core.testing.Labels.assertBilingual(RiskActionItem.class);
    org.cnms.core.testing.Labels.assertBilingual(CarbonAssetItem.class);
  }
}
