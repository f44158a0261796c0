// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.cnms.core.testing.Labels.assertBilingual;
import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PerformanceRoundTripTest {

  @Test
  void recalculationPoliciesRoundTrip() {
    qt().forAll(PerformanceGen.recalculationPolicies())
        .checkAssert(p -> assertRoundTrips(p, RecalculationPolicy.class));
  }

  @Test
  void baselinesRoundTrip() {
    qt().forAll(PerformanceGen.baselines()).checkAssert(b -> assertRoundTrips(b, Baseline.class));
  }

  @Test
  void baselineRecalculationsRoundTrip() {
    qt().forAll(PerformanceGen.baselineRecalculations())
        .checkAssert(r -> assertRoundTrips(r, BaselineRecalculation.class));
  }

  @Test
  void phasedTargetsRoundTrip() {
    qt().forAll(PerformanceGen.phasedTargets())
        .checkAssert(p -> assertRoundTrips(p, PhasedTarget.class));
  }

  @Test
  void carbonNeutralityTargetsRoundTrip() {
    qt().forAll(PerformanceGen.carbonNeutralityTargets())
        .checkAssert(t -> assertRoundTrips(t, CarbonNeutralityTarget.class));
  }

  @Test
  void ghgTargetsRoundTrip() {
    qt().forAll(PerformanceGen.ghgTargets()).checkAssert(t -> assertRoundTrips(t, GhgTarget.class));
  }

  @Test
  void performanceIndicatorsRoundTrip() {
    qt().forAll(PerformanceGen.performanceIndicators())
        .checkAssert(i -> assertRoundTrips(i, PerformanceIndicator.class));
  }

  @Test
  void actionPlansRoundTrip() {
    qt().forAll(PerformanceGen.actionPlans())
        .checkAssert(p -> assertRoundTrips(p, ActionPlan.class));
  }

  @Test
  void vocabulariesAreBilingual() {
    assertBilingual(TargetLevel.class);
    assertBilingual(GhgTargetKind.class);
    assertBilingual(ActionMeasure.class);
    assertBilingual(ActionPlanItem.class);
    assertBilingual(IndicatorCriterion.class);
    assertBilingual(IndicatorOption.class);
    assertBilingual(NeutralityTargetItem.class);
    assertBilingual(ActionStatus.class);
    assertBilingual(IndicatorKind.class);
    assertBilingual(RecalculationTrigger.class);
    assertBilingual(NeutralityMeans.class);
    assertBilingual(PhasedTargetKind.class);
  }
}
