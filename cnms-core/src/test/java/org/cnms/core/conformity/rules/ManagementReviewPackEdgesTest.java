// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cnms.core.conformity.ManagementReviewPack;
import org.cnms.core.conformity.ReviewPackItem;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

/** The review pack at the edges: targets met exactly, overdue plans, what lies after the date. */
class ManagementReviewPackEdgesTest {

  private static List<String> en(ManagementReviewPack pack, ReviewInput input) {
    return pack.itemsFor(input).stream().map(ReviewPackItem::textEn).toList();
  }

  private static PhasedTarget phased(String id, PhasedTargetKind kind, String value) {
    return PhasedTarget.builder().id(id).year(2025).kind(kind).value(new BigDecimal(value))
        .description(id).build();
  }

  @Test
  void aTargetMetExactlyIsMet() {
    // 2025: DIRECT 950 + PURCHASED_ENERGY 1900 = 2850 tCO2e, 5.0 % below the baseline's 3000
    ManagementSystem s = system();
    CarbonNeutralityTarget t = s.neutralityTargets().get(0);
    List<PhasedTarget> phased = new ArrayList<>(t.phasedTargets());
    phased.add(phased("pt-r5", PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE, "5"));
    phased.add(phased("pt-r6", PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE, "5.1"));
    phased.add(phased("pt-cap", PhasedTargetKind.ABSOLUTE_EMISSIONS_CAP, "2850"));
    phased.add(phased("pt-cap2", PhasedTargetKind.ABSOLUTE_EMISSIONS_CAP, "2849.9"));
    ManagementReviewPack pack = ManagementReviewPack.assemble(
        s.withNeutralityTargets(t.withPhasedTargets(phased)), SystemFixtures.ON);
    // phased targets of one year in id order
    assertEquals(List.of(
        "Phased target pt-cap (2025: pt-cap): covered categories emit 2850 tCO2e, met",
        "Phased target pt-cap2 (2025: pt-cap2): covered categories emit 2850 tCO2e, not met",
        "Phased target pt-r5 (2025: pt-r5): covered categories 5.0 % below the baseline, met",
        "Phased target pt-r6 (2025: pt-r6): covered categories 5.0 % below the baseline, not met"),
        en(pack, ReviewInput.TARGET_ATTAINMENT));
  }

  @Test
  void aPlanIsOverdueTheDayAfterItsDueDateUnlessCompleted() {
    ManagementSystem s = system();
    assertEquals("Action plan ap-1 \"锅炉烟气余热回收\": Planned, due 2027-06-30",
        en(ManagementReviewPack.assemble(s, d("2027-06-30")),
            ReviewInput.STATUS_OF_PREVIOUS_ACTIONS).get(0));
    assertEquals("Action plan ap-1 \"锅炉烟气余热回收\": Planned, due 2027-06-30 (overdue)",
        en(ManagementReviewPack.assemble(s, d("2027-07-01")),
            ReviewInput.STATUS_OF_PREVIOUS_ACTIONS).get(0));
    assertEquals("Action plan ap-1 \"锅炉烟气余热回收\": In progress, due 2027-06-30 (overdue)",
        en(ManagementReviewPack.assemble(s.withActionPlans(
            RulesFixture.plan().status(ActionStatus.IN_PROGRESS).build()), d("2027-07-01")),
            ReviewInput.STATUS_OF_PREVIOUS_ACTIONS).get(0));
    assertEquals("Action plan ap-1 \"锅炉烟气余热回收\": Cancelled, due 2027-06-30",
        en(ManagementReviewPack.assemble(s.withActionPlans(
            RulesFixture.plan().status(ActionStatus.CANCELLED).build()), d("2027-07-01")),
            ReviewInput.STATUS_OF_PREVIOUS_ACTIONS).get(0));
  }

  @Test
  void theLatestInventoryIsTheLastEndedByTheDate() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(system(), d("2025-06-30"));
    assertEquals("Latest inventory inv-2024 (2024): total emissions 3000 tCO2e against 3000 tCO2e"
        + " in baseline bl-2024, a change of 0.0 %",
        en(pack, ReviewInput.PERFORMANCE_AND_IMPROVEMENT).get(0));
  }

  @Test
  void theLatestEvaluationByTheDateCountsWhateverTheOrder() {
    ManagementSystem s = system();
    List<ComplianceEvaluation> evaluations = new ArrayList<>(s.complianceEvaluations());
    evaluations.add(ComplianceEvaluation.builder().id("ce-0").obligationId("obl-1")
        .evaluatedOn(d("2024-12-20")).result(ComplianceResult.PARTIALLY_COMPLIANT)
        .evidence("2023年度报告迟报").build());
    evaluations.add(ComplianceEvaluation.builder().id("ce-2").obligationId("obl-1")
        .evaluatedOn(d("2026-06-01")).result(ComplianceResult.NONCOMPLIANT)
        .evidence("2025年度报告未报").build());
    ManagementReviewPack pack = ManagementReviewPack.assemble(
        s.withComplianceEvaluations(evaluations), SystemFixtures.ON);
    assertEquals(List.of(
        "Compliance obligation obl-1 \"温室气体排放报告管理办法\": Compliant (2025-12-20)"),
        en(pack, ReviewInput.COMPLIANCE_EVALUATION_RESULTS));
    assertEquals(List.of("obl-1", "ce-1"),
        pack.itemsFor(ReviewInput.COMPLIANCE_EVALUATION_RESULTS).get(0).recordIds());
  }

  @Test
  void aGhgReviewAfterTheDateOffersNoOpportunityYet() {
    GhgReview review = GhgReview.builder().id("ghg-rev-2025")
        .period(ReportingPeriod.calendarYear(2025)).inventoryId("inv-2025")
        .completenessConfirmed(true).reviewedOn(d("2026-06-01"))
        .addOpportunities(ImprovementOpportunity.builder().id("io-1").description("锅炉余热回收")
            .rank(1).addSourceId("src-boiler").build())
        .build();
    ManagementSystem s = system().withGhgReviews(review);
    assertEquals(List.of(), en(ManagementReviewPack.assemble(s, SystemFixtures.ON),
        ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT));
    assertEquals(List.of("ghg-rev-2025", "io-1"), ManagementReviewPack.assemble(s,
        d("2026-06-01")).itemsFor(ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT).get(0).recordIds());
  }

  @Test
  void itemsAreInTheOrderOfTheInputs() {
    // as of 2030 a phased target is due: its item is made before the indicators' items
    List<ReviewInput> inputs = ManagementReviewPack.assemble(system(), d("2030-12-31")).items()
        .stream().map(ReviewPackItem::input).toList();
    assertEquals(inputs.stream().sorted(Comparator.naturalOrder()).toList(), inputs);
    assertEquals(true, inputs.contains(ReviewInput.TARGET_ATTAINMENT));
  }
}
