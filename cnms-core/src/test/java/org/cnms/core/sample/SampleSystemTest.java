// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.sample;

import static org.cnms.core.sample.SampleSystem.ASSESSMENT_DATE;
import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnms.core.conformity.AssessmentParameters;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.FactorKind;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskKind;
import org.cnms.core.planning.RiskRating;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

/**
 * The sample system loads, validates, round-trips, holds the facts it is written to hold, and
 * passes every machine check of the requirement table as of {@link SampleSystem#ASSESSMENT_DATE}
 * with the default parameters (12-month intervals, 10 % deviation threshold).
 */
class SampleSystemTest {

  private static final ManagementSystem SAMPLE = SampleSystem.load();
  private static final AssessmentParameters PARAMETERS = AssessmentParameters.defaults();

  private static boolean within(LocalDate date, int months) {
    return !date.isAfter(ASSESSMENT_DATE)
        && date.isAfter(ASSESSMENT_DATE.minusMonths(months));
  }

  private static GhgInventory inventory(int year) {
    return SAMPLE.find("INV-" + year, GhgInventory.class).orElseThrow();
  }

  // ---------------------------------------------------------------- loading

  @Test
  void roundTripsThroughJsonAndYaml() {
    assertRoundTrips(SAMPLE, ManagementSystem.class);
  }

  @Test
  void loadsTheSameValueTwice() {
    assertEquals(SAMPLE, SampleSystem.load());
  }

  // ---------------------------------------------------------------- facts

  @Test
  void hasTwoPlantsAHeadOfficeAndAForestInsideTheBoundary() {
    assertEquals("华东精密部件有限公司", SAMPLE.organisation().name());
    assertFalse(SAMPLE.organisation().coveredByEts());
    assertEquals(4, SAMPLE.facilities().size());
    Map<FacilityKind, Long> kinds = SAMPLE.facilities().stream()
        .collect(Collectors.groupingBy(f -> f.kind(), Collectors.counting()));
    assertEquals(Map.of(FacilityKind.PLANT, 2L, FacilityKind.OFFICE, 1L, FacilityKind.LAND, 1L),
        kinds);
    SAMPLE.facilities().forEach(f -> assertTrue(SAMPLE.boundary().includes(f.id()), f.id()));
    assertEquals(List.of("F-SZ", "F-HF", "F-SH"), SAMPLE.facilities().stream()
        .filter(f -> f.gridRegion().filter("east (华东)"::equals).isPresent())
        .map(f -> f.id()).toList());
  }

  @Test
  void everySourceAndSinkSitsInAFacilityInsideTheBoundary() {
    assertEquals(19, SAMPLE.sources().size());
    assertEquals(1, SAMPLE.sinks().size());
    for (GhgSource s : SAMPLE.sources()) {
      assertTrue(SAMPLE.boundary().includes(s.facilityId()), s.id());
    }
    for (GhgSink s : SAMPLE.sinks()) {
      assertTrue(SAMPLE.boundary().includes(s.facilityId()), s.id());
    }
    assertEquals("F-AJ", SAMPLE.sinks().get(0).facilityId());
  }

  @Test
  void theBaselineEqualsThe2021Inventory() {
    Baseline baseline = SAMPLE.currentBaselines().get(0);
    GhgInventory base = inventory(2021);
    assertEquals(List.of("INV-2021"), baseline.inventoryIds());
    assertEquals(base.period(), baseline.span());
    assertEquals(base.totalEmissions(), baseline.emissions());
    assertEquals(base.totalRemovals(), baseline.removals());
    assertEquals(base.emissionsByCategory(), baseline.emissionsByCategory());
    assertEquals(Co2e.tonnes("21938.3435"), baseline.emissions());
  }

  /**
   * The 2025 inventory, by hand. AR5 GWP; line values rounded half up when written.
   *
   * <pre>
   * C1  natural gas, each plant 58 × 10^4 Nm3 = 22.57998 TJ:
   *       CO2 22.57998 × 15.30 × 0.99 × 44/12 = 1254.07; CH4 0.0226 × 28 = 0.6328;
   *       N2O 0.0023 × 265 = 0.6095                              → 1255.3123 × 2 = 2510.6246
   *     diesel forklifts 30 t and 25 t                            →   95.8443 + 79.8606
   *     petrol company cars 19 t                                  →   57.0250
   *     R-410A 0.060 t: 0.030 × 677 + 0.030 × 3170 = 115.41; head office 0.015 t → 28.8525
   *     HFC-134a 0.050 × 1300                                     →   65.0000
   *                                                         C1 = 2952.6170
   * C2  electricity × 0.5703: 6300 → 3592.89, 5350 → 3051.11, 555 → 316.52;
   *     steam 5400 GJ × 0.11 → 594.00                        C2 = 7554.52
   * C3  9,500,000 t·km × 0.065 kg → 617.50; 7,000,000 t·km → 455.00;
   *     2,300,000 passenger·km × 0.115 kg → 264.50             C3 = 1337.00
   * C4  steel 3000 t × 1.70 = 5100.00; aluminium 300 t × 7.5 = 2250.00;
   *     waste 360 t: 126.00 + 0.0720 × 28 + 0.0180 × 265 = 132.7860;
   *     waste 295 t: 103.25 + 0.0590 × 28 + 0.0148 × 265 = 108.8240    C4 = 7591.6100
   * emissions = 2952.6170 + 7554.52 + 1337.00 + 7591.6100 = 19435.7470
   * removals (forest) 1310.00; biogenic CO2 (360 + 295) × 0.45 = 294.75 (kept apart)
   * </pre>
   */
  @Test
  void the2025InventoryTotalsAsComputedByHand() {
    GhgInventory inv = inventory(2025);
    Map<EmissionCategory, Co2e> byCategory = inv.emissionsByCategory();
    assertEquals(Co2e.tonnes("2952.6170"), byCategory.get(EmissionCategory.DIRECT));
    assertEquals(Co2e.tonnes("7554.52"), byCategory.get(EmissionCategory.PURCHASED_ENERGY));
    assertEquals(Co2e.tonnes("1337.00"), byCategory.get(EmissionCategory.TRANSPORTATION));
    assertEquals(Co2e.tonnes("7591.6100"), byCategory.get(EmissionCategory.PRODUCTS_USED));
    assertEquals(Co2e.tonnes("19435.7470"), inv.totalEmissions());
    assertEquals(Co2e.tonnes("1310.00"), inv.totalRemovals());
    assertEquals(Co2e.tonnes("294.75"), inv.biogenicCo2());
    assertEquals(Co2e.tonnes("18125.7470"), inv.netEmissions());
  }

  @Test
  void everyLineIsItsGasMassTimesTheAr5Gwp() {
    Map<GreenhouseGas, BigDecimal> ar5 = Map.of(GreenhouseGas.CO2, BigDecimal.ONE,
        GreenhouseGas.CH4, BigDecimal.valueOf(28), GreenhouseGas.N2O, BigDecimal.valueOf(265),
        GreenhouseGas.HFC_32, BigDecimal.valueOf(677), GreenhouseGas.HFC_125,
        BigDecimal.valueOf(3170), GreenhouseGas.HFC_134A, BigDecimal.valueOf(1300));
    for (GhgInventory inv : SAMPLE.inventories()) {
      assertEquals("AR5", inv.gwpSet());
      inv.lines().forEach(l -> assertEquals(Co2e.tonnes(l.gasTonnes().multiply(ar5.get(l.gas()))),
          l.co2e(), () -> inv.id() + " " + l));
    }
  }

  @Test
  void emissionsFallEveryYearAfterTheBaseYear() {
    List<GhgInventory> inventories = SAMPLE.inventoriesByPeriod();
    assertEquals(List.of("INV-2021", "INV-2022", "INV-2023", "INV-2024", "INV-2025"),
        inventories.stream().map(GhgInventory::id).toList());
    for (int i = 1; i < inventories.size(); i++) {
      assertTrue(inventories.get(i).totalEmissions()
          .compareTo(inventories.get(i - 1).totalEmissions()) < 0, inventories.get(i).id());
    }
    // the phased target of 2025: categories 1 and 2 at least 15 % below the baseline
    List<EmissionCategory> c1c2 = List.of(EmissionCategory.DIRECT,
        EmissionCategory.PURCHASED_ENERGY);
    BigDecimal ratio = inventory(2025).emissionsOf(c1c2)
        .ratioTo(SAMPLE.currentBaselines().get(0).emissionsOf(c1c2).orElseThrow(),
            MathContext.DECIMAL64);
    assertTrue(ratio.compareTo(new BigDecimal("0.85")) <= 0, ratio::toPlainString);
  }

  @Test
  void everyClauseFrom4To10HasRecords() {
    Map<String, List<? extends List<?>>> byClause = Map.of(
        "4", List.of(SAMPLE.facilities(), SAMPLE.contextFactors(), SAMPLE.interestedParties(),
            SAMPLE.complianceObligations()),
        "5", List.of(SAMPLE.policies(), SAMPLE.leadershipCommitments(), SAMPLE.teams(),
            SAMPLE.roles()),
        "6", List.of(SAMPLE.risks(), SAMPLE.riskActions(), SAMPLE.sources(), SAMPLE.sinks(),
            SAMPLE.categoryStatements(), SAMPLE.methods(), SAMPLE.ghgReviews(),
            SAMPLE.inventories(), SAMPLE.indicators(), SAMPLE.baselines(),
            SAMPLE.baselineRecalculations(), SAMPLE.neutralityTargets(), SAMPLE.ghgTargets(),
            SAMPLE.actionPlans(), SAMPLE.carbonAssetPlans(), SAMPLE.dataQualityPlans()),
        "7", List.of(SAMPLE.resources(), SAMPLE.competenceRequirements(),
            SAMPLE.competenceRecords(), SAMPLE.awarenessRecords(), SAMPLE.communications(),
            SAMPLE.suggestions(), SAMPLE.documents()),
        "8", List.of(SAMPLE.operationalCriteria(), SAMPLE.outsourcedProcessControls(),
            SAMPLE.designReviews(), SAMPLE.procurementCriteria(), SAMPLE.supplierNotices(),
            SAMPLE.changes()),
        "9", List.of(SAMPLE.monitoringResults(), SAMPLE.deviationAnalyses(),
            SAMPLE.ghgReports(), SAMPLE.verificationStatements(), SAMPLE.instruments(),
            SAMPLE.complianceEvaluations(), SAMPLE.auditProgrammes(), SAMPLE.audits(),
            SAMPLE.managementReviews()),
        "10", List.of(SAMPLE.nonconformities(), SAMPLE.improvementActions()));
    byClause.forEach((clause, lists) -> {
      for (int i = 0; i < lists.size(); i++) {
        assertFalse(lists.get(i).isEmpty(), "clause " + clause + ", list " + i);
      }
    });
    assertEquals(20, SAMPLE.sources().size() + SAMPLE.sinks().size());
    assertEquals(5, SAMPLE.ghgReports().size());
  }

  // ---------------------------------------------------------------- machine checks (4)

  @Test
  void clause4ContextPartiesAndBoundary() {
    Set<FactorKind> kinds = SAMPLE.contextFactors().stream().map(ContextFactor::kind)
        .collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(FactorKind.class), kinds);
    for (InterestedParty p : SAMPLE.interestedParties()) {
      assertFalse(p.requirements().isEmpty(), p.id());
      assertTrue(within(p.lastReviewedOn().orElseThrow(), PARAMETERS.partyReviewIntervalMonths()),
          p.id());
    }
    assertFalse(SAMPLE.boundary().facilities().isEmpty());
  }

  // ---------------------------------------------------------------- machine checks (5)

  @Test
  void clause5TeamPolicyAndDuties() {
    assertTrue(SAMPLE.persons().stream().anyMatch(p -> p.topManagement()));
    assertTrue(SAMPLE.actionPlans().stream().allMatch(a -> a.approval().isPresent()));
    List<CarbonNeutralityPolicy> current = SAMPLE.currentPolicies();
    assertEquals(List.of("POL-2024"), current.stream().map(CarbonNeutralityPolicy::id).toList());
    assertTrue(current.get(0).missingItems().isEmpty());
    assertTrue(current.get(0).approval().isPresent());
    assertTrue(within(current.get(0).lastReviewedOn().orElseThrow(),
        PARAMETERS.policyReviewIntervalMonths()));
    for (RoleDuty duty : RoleDuty.values()) {
      assertTrue(SAMPLE.roles().stream().anyMatch(r -> r.carries(duty) && r.hasHolder()),
          duty::name);
    }
  }

  // ---------------------------------------------------------------- machine checks (6)

  @Test
  void clause6RisksSourcesAndMethods() {
    assertTrue(SAMPLE.risks().stream().anyMatch(r -> r.hasContextLink()));
    SAMPLE.risks().stream()
        .filter(r -> r.kind() == RiskKind.RISK
            && r.rating().equals(java.util.Optional.of(RiskRating.HIGH)))
        .forEach(r -> assertTrue(SAMPLE.riskActions().stream()
            .anyMatch(a -> a.addresses(r.id()) && a.evaluationMethod().isPresent()), r.id()));
    Set<EmissionCategory> addressed = EnumSet.noneOf(EmissionCategory.class);
    SAMPLE.sources().forEach(s -> addressed.add(s.category()));
    SAMPLE.categoryStatements().forEach(c -> addressed.add(c.category()));
    assertEquals(EnumSet.allOf(EmissionCategory.class), addressed);
    for (GhgSource s : SAMPLE.sources()) {
      assertFalse(s.excluded(), s.id());
      assertTrue(SAMPLE.find(s.methodId(), org.cnms.core.inventory.QuantificationMethod.class)
          .isPresent(), s.id());
    }
  }

  @Test
  void clause63TheReviewCoversEverySource() {
    GhgReview review = SAMPLE.ghgReviews().get(0);
    assertTrue(review.completenessConfirmed());
    GhgInventory inv = SAMPLE.find(review.inventoryId(), GhgInventory.class).orElseThrow();
    Set<String> inInventory = inv.lines().stream().map(l -> l.sourceId())
        .collect(Collectors.toSet());
    for (String id : allSourceAndSinkIds()) {
      assertTrue(inInventory.contains(id), id);
      var sr = review.sourceReview(id).orElseThrow();
      assertFalse(sr.relevantVariables().isEmpty(), id);
      assertFalse(sr.influencerPersonIds().isEmpty(), id);
    }
    assertEquals(List.of(1, 2, 3, 4, 5), review.opportunitiesByRank().stream()
        .map(o -> o.rank()).toList());
    assertFalse(review.projections().isEmpty());
    assertEquals(5, review.historicalLevels().size());
  }

  @Test
  void clause64To66IndicatorsBaselineTargetsAndPlans() {
    for (PerformanceIndicator i : SAMPLE.indicators()) {
      if (i.kind().needsDenominator()) {
        assertTrue(i.denominator().isPresent(), i.id());
      }
    }
    Baseline baseline = SAMPLE.currentBaselines().get(0);
    assertFalse(baseline.selectionCriteria().isBlank());
    CarbonNeutralityTarget target = SAMPLE.currentNeutralityTargets().get(0);
    assertEquals(2035, target.visionYear());
    assertEquals(List.of(2025, 2030, 2030), target.phasedTargetsByYear().stream()
        .map(PhasedTarget::year).toList());
    assertTrue(target.covers(EmissionCategory.DIRECT));
    assertTrue(target.covers(EmissionCategory.PURCHASED_ENERGY));
    assertFalse(target.means().isEmpty());
    for (PhasedTarget p : target.phasedTargets()) {
      assertTrue(SAMPLE.ghgTargets().stream().anyMatch(g -> g.phasedTargetId().equals(p.id())),
          p.id());
    }
    for (GhgTarget g : SAMPLE.ghgTargets()) {
      List<ActionPlan> plans = SAMPLE.actionPlans().stream()
          .filter(a -> a.ghgTargetIds().contains(g.id())).toList();
      assertFalse(plans.isEmpty(), g.id());
      plans.forEach(a -> assertTrue(a.hasAllFiveItems() && a.approval().isPresent(), a.id()));
    }
  }

  @Test
  void clause68TheDataQualityPlanCoversEverySourceAndSink() {
    DataQualityPlan plan = SAMPLE.dataQualityPlans().get(0);
    for (String id : allSourceAndSinkIds()) {
      assertTrue(plan.covers(id), id);
    }
  }

  // ---------------------------------------------------------------- machine checks (7, 8)

  @Test
  void clause7CompetenceAndDocuments() {
    for (Role r : SAMPLE.roles()) {
      assertTrue(SAMPLE.competenceRequirements().stream().anyMatch(q -> q.roleId().equals(r.id())),
          r.id());
      for (String holder : r.holderPersonIds()) {
        assertTrue(SAMPLE.competenceRecords().stream().anyMatch(c -> c.roleId().equals(r.id())
            && c.personId().equals(holder) && c.validOn(ASSESSMENT_DATE)), r.id() + " " + holder);
      }
    }
    for (DocumentedInformation d : SAMPLE.documents()) {
      d.versions().forEach(v -> assertTrue(v.approval().isPresent(), d.id() + " " + v));
    }
  }

  @Test
  void clause8CriteriaAndChanges() {
    SAMPLE.sources().stream().filter(GhgSource::significant).forEach(s ->
        assertTrue(SAMPLE.operationalCriteria().stream().anyMatch(c -> c.appliesTo(s.id())),
            s.id()));
    List<ChangeRecord> triggering = SAMPLE.changes().stream()
        .filter(ChangeRecord::needsBaselineRecalculationCheck).toList();
    assertEquals(2, triggering.size());
    for (ChangeRecord c : triggering) {
      BaselineRecalculation r = SAMPLE.find(c.baselineRecalculationId().orElseThrow(),
          BaselineRecalculation.class).orElseThrow();
      assertFalse(r.recalculationRequired());
      assertTrue(r.shiftPercent().abs().compareTo(r.thresholdPercent()) < 0, r.id());
    }
  }

  // ---------------------------------------------------------------- machine checks (9, 10)

  @Test
  void clause91DeviationsReportsAndMeters() {
    BigDecimal threshold = PARAMETERS.deviationThresholdPercent();
    List<String> serious = SAMPLE.monitoringResults().stream()
        .filter(m -> m.deviatesBeyond(threshold)).map(MonitoringResult::id).toList();
    assertEquals(List.of("MR-02"), serious);
    serious.forEach(id -> assertTrue(SAMPLE.deviationAnalyses().stream()
        .anyMatch(d -> d.monitoringResultId().equals(id)), id));
    for (GhgInventory inv : SAMPLE.inventories()) {
      List<GhgReport> reports = SAMPLE.ghgReports().stream()
          .filter(r -> r.inventoryId().equals(inv.id()) && r.period().equals(inv.period()))
          .toList();
      assertEquals(1, reports.size(), inv.id());
      assertTrue(reports.get(0).verificationStatementId().isPresent(), inv.id());
    }
    for (MeasuringInstrument m : SAMPLE.instruments()) {
      LocalDate first = m.calibrations().get(0).calibratedOn();
      for (LocalDate d = first; !d.isAfter(ASSESSMENT_DATE); d = d.plusDays(1)) {
        assertTrue(m.calibrationValidOn(d), m.id() + " on " + d);
      }
    }
  }

  @Test
  void clause92To94ComplianceAuditsAndReview() {
    SAMPLE.complianceObligations().forEach(o -> assertTrue(SAMPLE.complianceEvaluations().stream()
        .anyMatch(e -> e.obligationId().equals(o.id())
            && within(e.evaluatedOn(), PARAMETERS.complianceEvaluationIntervalMonths())), o.id()));
    List<Audit> recent = SAMPLE.audits().stream()
        .filter(a -> within(a.conductedOn(), PARAMETERS.auditCycleMonths())).toList();
    for (String clause : List.of("4.1", "4.2", "4.3.1", "4.4", "5.1", "5.2", "5.3", "6.1.1",
        "6.1.2", "6.2.1", "6.2.2", "6.3", "6.4", "6.5", "6.6.1", "6.6.2", "6.6.3", "6.7", "6.8",
        "7.1", "7.2", "7.3", "7.4", "7.5.3", "8.1.1", "8.2", "8.3", "8.4", "9.1.1", "9.1.2", "9.1.3",
        "9.2", "9.3.2", "9.4.2", "10.1", "10.2", "10.3")) {
      assertTrue(recent.stream().anyMatch(a -> a.covers(clause)), clause);
      assertTrue(SAMPLE.auditProgrammes().get(0).plansClause(clause), clause);
    }
    SAMPLE.audits().forEach(a -> assertEquals(List.of(), a.auditorsOfOwnWork(), a.id()));
    ManagementReview review = SAMPLE.managementReviews().stream()
        .filter(r -> within(r.heldOn(), PARAMETERS.managementReviewIntervalMonths()))
        .findFirst().orElseThrow();
    assertTrue(review.missingInputs().isEmpty());
    assertTrue(review.missingOutputs().isEmpty());
    assertEquals(List.of("GT-2025-HF"), review.missedTargetIds());
    assertTrue(review.missedTargetsWithoutActions().isEmpty());
  }

  @Test
  void clause10NonconformitiesAtThreeStages() {
    Map<String, NonconformityStatus> status = SAMPLE.nonconformities().stream()
        .collect(Collectors.toMap(Nonconformity::id, Nonconformity::status));
    assertEquals(Map.of("NC-2025-01", NonconformityStatus.CLOSED,
        "NC-2025-02", NonconformityStatus.CAUSE_ANALYSED,
        "NC-2025-03", NonconformityStatus.ACTION_TAKEN), status);
    Nonconformity closed = SAMPLE.find("NC-2025-01", Nonconformity.class).orElseThrow();
    assertTrue(closed.causeAnalysis().isPresent());
    assertTrue(closed.correctiveActions().stream().allMatch(a -> a.completed()));
    assertTrue(closed.effectivenessReview().orElseThrow().effective());
    assertFalse(SAMPLE.improvementActions().isEmpty());
  }

  private static List<String> allSourceAndSinkIds() {
    List<String> ids = new ArrayList<>();
    SAMPLE.sources().forEach(s -> ids.add(s.id()));
    SAMPLE.sinks().forEach(s -> ids.add(s.id()));
    return ids;
  }
}
