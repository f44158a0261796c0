// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import static org.cnms.core.testing.SystemFixtures.d;
import static org.cnms.quantification.conformity.QuantRulesFixture.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.MeterReading;
import org.cnms.core.conformity.MeterReadings;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.CalibrationResult;
import org.cnms.core.evaluation.DeviationAnalysis;
import org.cnms.core.evaluation.DeviationCause;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

class QuantificationRulesTest {

  private static final List<ConformityRule> RULES = new QuantificationRules().rules();
  private static final ConformityAssessment ASSESSMENT = ConformityAssessment.of(RULES);
  /** The clauses of the rules within T/CAS 612, once per rule. */
  private static final List<String> REQUIREMENTS = List.of("6.2.1", "6.2.2", "6.3", "6.4", "6.5",
      "9.1.1", "9.1.1", "9.1.2", "9.1.3", "9.1.3");

  private static AssessmentReport assess(AssessmentContext c) {
    return ASSESSMENT.assess(c);
  }

  private static AssessmentContext context(ManagementSystem s) {
    return AssessmentContext.of(s, SystemFixtures.ON);
  }

  private static List<Finding> only(AssessmentContext c, String requirement, Verdict verdict) {
    AssessmentReport report = assess(c);
    Map<String, Verdict> expected = new LinkedHashMap<>();
    REQUIREMENTS.forEach(r -> expected.put(r, Verdict.CONFORMS));
    expected.put(requirement, verdict);
    Map<String, Verdict> actual = new LinkedHashMap<>();
    REQUIREMENTS.forEach(r -> actual.put(r, report.verdicts().get(r)));
    assertEquals(expected, actual, () -> report.findings().toString());
    return report.findingsFor(requirement).stream()
        .filter(f -> f.verdict() != Verdict.CONFORMS).toList();
  }

  private static Finding single(ManagementSystem s, String requirement, Verdict verdict) {
    List<Finding> findings = only(context(s), requirement, verdict);
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  @Test
  void oneRulePerRequirementAndDiscoverable() {
    assertEquals(REQUIREMENTS, RULES.stream().filter(r -> !r.beyondTheStandard())
        .map(ConformityRule::requirementId).toList());
    List<String> found = ConformityAssessment.discover().rules().stream()
        .map(ConformityRule::id).toList();
    RULES.forEach(r -> assertTrue(found.contains(r.id()), r.id()));
    RULES.forEach(r -> assertTrue(r.id().startsWith("quant." + r.requirementId() + "."), r.id()));
  }

  @Test
  void theFixtureConformsWithOneFindingPerRequirement() {
    AssessmentReport report = assess(context(system()));
    for (String r : new java.util.LinkedHashSet<>(REQUIREMENTS)) {
      assertEquals(java.util.Collections.frequency(REQUIREMENTS, r), report.findingsFor(r).stream()
          .filter(f -> !f.beyondTheStandard()).count(),
          r);
      assertEquals(Verdict.CONFORMS, report.verdicts().get(r), report.findingsFor(r)::toString);
    }
    assertEquals(List.of("Every category a)–f) has a source or a statement (by a statement: c), d),"
        + " e), f))", "2 GHG sources and 0 sinks are identified, none excluded, and identified"
        + " again after every recorded change of business activities"),
        report.findingsFor("6.2.1").stream().map(Finding::messageEn).toList());
    assertEquals("Each reporting period (2024, 2025) has one GHG report (rep-2024, rep-2025)",
        report.findingsFor("9.1.2").get(0).messageEn());
  }

  @Test
  void anExcludedSourceIsMajorAndAnUnaddressedCategoryOnlyAnObservation() {
    ManagementSystem s = system();
    Finding f = single(s.withSources(SystemFixtures.boiler().excluded(true)
        .exclusionJustification("排放量小").build(), s.sources().get(1)), "6.2.1",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("GHG source src-boiler (1号燃气锅炉) is excluded (排放量小), but no source within"
        + " the scope and boundary may be excluded", f.messageEn());
    assertEquals(List.of("—2"), f.items());
    Finding g = single(s.withCategoryStatements(s.categoryStatements().subList(1, 4)), "6.2.1",
        Verdict.OBSERVATION);
    assertEquals("Category c) (C3) has neither a source nor a statement of why it has none",
        g.messageEn());
    assertTrue(g.beyondTheStandard());
    assertEquals(List.of("c)"), g.items());
  }

  @Test
  void aSupersededOrUndocumentedMethodIsMinor() {
    ManagementSystem s = system();
    Finding f = single(s.withMethods(s.methods().get(0), s.methods().get(1),
        QuantRulesFixture.gasMethod().build().withId("m-ng-2").withSupersedes("m-ng")), "6.2.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG sources or sinks src-boiler still use quantification method m-ng, which"
        + " m-ng-2 supersedes", f.messageEn());
    assertEquals(List.of("m-ng", "m-ng-2", "src-boiler"), f.recordIds());
    single(s.withMethods(s.methods().get(0).withParameters(List.of()), s.methods().get(1)),
        "6.2.2", Verdict.MINOR_NONCONFORMITY);
  }

  @Test
  void anIncompleteInventoryIsMajorAndAMissingProjectionMinor() {
    ManagementSystem s = system();
    GhgInventory partial = s.inventories().get(1).withLines(
        SystemFixtures.line("src-boiler", EmissionCategory.DIRECT, "950"));
    Finding f = single(s.withInventories(s.inventories().get(0), partial), "6.3",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("Inventory inv-2025 of GHG review rv-2025 (2026-02-20) leaves out sources or"
        + " sinks src-power", f.messageEn());
    Finding g = single(s.withGhgReviews(QuantRulesFixture.review().build()
        .withProjections(List.of())), "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG review rv-2025 (2026-02-20) estimates no future emissions and removals",
        g.messageEn());
  }

  @Test
  void noIndicatorIsMajor() {
    Finding f = single(system().withIndicators(List.of()), "6.4", Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No carbon neutrality performance indicator is chosen", f.messageEn());
    assertEquals("未选择碳中和绩效参数", f.messageZh());
  }

  @Test
  void aBaselineThatDoesNotTraceToItsInventoriesIsMajor() {
    Baseline b = system().baselines().get(0);
    Finding f = single(system().withBaselines(b.withEmissions(Co2e.tonnes("3100"))), "6.5",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("Baseline bl-2024 states emissions of 3100 tCO2e, which does not trace to the"
        + " inventories it cites (3000 tCO2e)", f.messageEn());
    assertEquals(List.of("bl-2024", "inv-2024"), f.recordIds());
    Baseline averaged = b.withPeriods(ReportingPeriod.calendarYear(2024),
        ReportingPeriod.calendarYear(2025)).withInventoryIds("inv-2024", "inv-2025")
        .withEmissions(Co2e.tonnes("2925"));
    only(context(system().withBaselines(averaged)), "6.5", Verdict.CONFORMS);
    Finding g = single(system().withBaselines(b.withInventoryIds("inv-2024", "inv-2025")
        .withEmissions(Co2e.tonnes("2925"))), "6.5", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Inventory inv-2025 that baseline bl-2024 cites covers 2025, outside the base"
        + " period 2024", g.messageEn());
  }

  @Test
  void anAverageRoundedToTheBaselinesPrecisionTraces() {
    assertTrue(BaselineRule.traces(Co2e.tonnes("2925.5"), Co2e.tonnes("5851"), 2));
    assertTrue(BaselineRule.traces(Co2e.tonnes("2926"), Co2e.tonnes("5851"), 2));
    assertTrue(BaselineRule.traces(Co2e.tonnes("3333.333333333333"), Co2e.tonnes("10000"), 3));
    assertFalse(BaselineRule.traces(Co2e.tonnes("2927"), Co2e.tonnes("5851"), 2));
    assertFalse(BaselineRule.traces(Co2e.tonnes("2925.4"), Co2e.tonnes("5851"), 2));
  }

  @Test
  void aSeriousDeviationRecordedAsSuchNeedsAnAnalysisWithActions() {
    ManagementSystem base = system();
    List<MonitoringResult> results = new java.util.ArrayList<>(base.monitoringResults());
    results.set(0, results.get(0).withSeriousDeviation(true));
    ManagementSystem s = base.withMonitoringResults(results);
    Finding f = single(s, "9.1.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Monitoring result mr-gas (2025, expected 1000 MWh, actual 1050 MWh) is recorded"
        + " as a serious deviation, but was not analysed", f.messageEn());
    assertEquals(List.of("b)"), f.items());
    DeviationAnalysis analysis = DeviationAnalysis.builder().id("da-1")
        .monitoringResultId("mr-gas").cause(DeviationCause.UNRELIABLE_DATA)
        .description("燃气表读数错误").analysedOn(d("2026-01-20")).build();
    Finding g = single(s.withDeviationAnalyses(analysis), "9.1.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Monitoring result mr-gas is recorded as a serious deviation; its analysis da-1"
        + " records no action", g.messageEn());
    // the cause (可能) is optional and never judged
    only(context(s.withDeviationAnalyses(analysis.withActions("更正台账")
        .withCause(java.util.Optional.empty()))), "9.1.1", Verdict.CONFORMS);
  }

  @Test
  void aDeviationBeyondTheThresholdIsOnlyAnObservation() {
    ManagementSystem base = system();
    List<MonitoringResult> results = new java.util.ArrayList<>(base.monitoringResults());
    results.set(0, QuantRulesFixture.result("mr-gas", "1000", "1150"));
    Finding f = single(base.withMonitoringResults(results), "9.1.1", Verdict.OBSERVATION);
    assertTrue(f.beyondTheStandard());
    assertEquals("Monitoring result mr-gas (expected 1000 MWh, actual 1150 MWh) deviates by more"
        + " than 10 %, but is not recorded as a serious deviation", f.messageEn());
    results.set(0, results.get(0).withSeriousDeviation(true));
    // recorded as serious, it needs an analysis: the requirement of b), not the threshold
    Finding g = single(base.withMonitoringResults(results), "9.1.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("quant.9.1.1.serious-deviations-analysed", g.ruleId());
  }

  @Test
  void everySubjectOfA1To5IsMonitored() {
    ManagementSystem s = system();
    Finding f = single(s.withMonitoringResults(s.monitoringResults().stream()
        .filter(m -> m.subject() != MonitoringSubject.PROCUREMENT_RESULT).toList()), "9.1.1",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("No monitoring result is retained for a) 3) Purchasing outcomes", f.messageEn());
    assertEquals(List.of("a) 3)"), f.items());
  }

  @Test
  void aPeriodWithoutReportIsMinor() {
    ManagementSystem s = system();
    Finding f = single(s.withGhgReports(s.ghgReports().get(1)), "9.1.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("There is no GHG report for the period 2024 (inventory inv-2024)",
        f.messageEn());
  }

  @Test
  void aCalibrationLapseInsideThePeriodIsMinorAndReadingsWhileLapsedAnObservation() {
    ManagementSystem s = system();
    MeasuringInstrument gas = s.instruments().get(0).withCalibrations(
        Calibration.of(d("2024-12-15"), CalibrationResult.PASS));
    ManagementSystem lapsed = s.withInstruments(gas, s.instruments().get(1));
    AssessmentReport report = assess(context(lapsed));
    assertEquals(Verdict.MINOR_NONCONFORMITY, report.verdicts().get("9.1.3"));
    List<String> problems = report.findingsFor("9.1.3").stream()
        .filter(x -> x.verdict() != Verdict.CONFORMS).map(Finding::messageEn).sorted().toList();
    assertEquals(List.of("Activity data inv-2025/src-boiler were read on 2025-12-31 from meter"
        + " meter-gas, whose calibration had lapsed (last calibrated on 2024-12-15, Pass, interval"
        + " 12 months)", "The calibration or verification of instrument meter-gas lapsed on"
        + " 2025-12-15, inside the period 2025-01-01 to 2025-12-31 (interval 12 months)"),
        problems);
    // readings supplied by the module that holds activity data are judged instead
    AssessmentContext mid = AssessmentContext.builder().system(lapsed)
        .assessmentDate(SystemFixtures.ON).extension(MeterReadings.class, MeterReadings.of(
            List.of(MeterReading.of("ad-2025-06", "meter-gas", d("2025-06-30"))))).build();
    assertEquals(List.of(Verdict.MINOR_NONCONFORMITY), assess(mid).findingsFor("9.1.3").stream()
        .map(Finding::verdict).filter(v -> v != Verdict.CONFORMS).toList());
    AssessmentContext unknown = AssessmentContext.builder().system(s)
        .assessmentDate(SystemFixtures.ON).extension(MeterReadings.class, MeterReadings.of(
            List.of(MeterReading.of("ad-7", "meter-x", d("2025-06-30"))))).build();
    List<Finding> g = only(unknown, "9.1.3", Verdict.OBSERVATION);
    assertEquals("Activity data ad-7 were read from meter meter-x, which the instrument register"
        + " does not list", g.get(0).messageEn());
  }

  @Test
  void anEnergyInstrumentNotRecordedAsFittedPerGb17167IsMinor() {
    ManagementSystem s = system();
    MeasuringInstrument gas = s.instruments().get(0);
    Finding f = single(s.withInstruments(gas.withFittedPerGb17167(false), s.instruments().get(1)),
        "9.1.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Energy measuring instrument meter-gas is recorded as not fitted as GB 17167"
        + " requires", f.messageEn());
    Finding g = single(s.withInstruments(gas.withFittedPerGb17167(java.util.Optional.empty()),
        s.instruments().get(1)), "9.1.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("a)"), g.items());
  }

  /**
   * {@code s} with only the inventories {@code kept}: without the GHG review, the reports and the
   * baseline's references to the fixture's inventories.
   */
  private static ManagementSystem withInventoriesOnly(ManagementSystem s,
      GhgInventory... kept) {
    return s.withGhgReviews(List.of()).withGhgReports(List.of())
        .withBaselines(s.baselines().get(0).withInventoryIds(List.of())).withInventories(kept);
  }

  /** The single finding of {@code rule} alone in {@code c}, asserted to have {@code verdict}. */
  private static Finding alone(AbstractConformityRule rule, AssessmentContext c,
      Verdict verdict) {
    List<Finding> findings = rule.evaluate(c);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals(verdict, findings.get(0).verdict(), findings::toString);
    return findings.get(0);
  }

  @Test
  void changesAndTheirResultsAreAskedForOnlyWhenChangesAreRecorded() {
    var rule = new MonitoringRule();
    // the fixture records no change, and no result of a) 5)
    Finding ok = alone(rule, context(system()), Verdict.CONFORMS);
    assertEquals("4 monitoring results are retained, covering activity data, operating"
        + " parameters, purchasing outcomes, improvement against the baseline and, where changes"
        + " are recorded, changes and their results", ok.messageEn());
    assertEquals(List.of("mr-gas", "mr-steam", "mr-buy", "mr-base"), ok.recordIds());
    ManagementSystem changed = system().withChanges(ChangeRecord.builder().id("ch-1")
        .kind(ChangeKind.COMPLIANCE_AND_PARTY_REQUIREMENTS).planned(true)
        .description("地方排放报告要求更新").changedOn(d("2026-01-15")).build());
    Finding f = alone(rule, context(changed), Verdict.MINOR_NONCONFORMITY);
    assertEquals("No monitoring result is retained for a) 5) Changes and their results",
        f.messageEn());
    assertEquals("没有保留 a) 5) 变更及其结果 的监视、测量结果", f.messageZh());
    assertEquals(List.of("a) 5)"), f.items());
    assertEquals(List.of(), f.recordIds());
    List<MonitoringResult> results = new java.util.ArrayList<>(changed.monitoringResults());
    results.add(QuantRulesFixture.result("mr-change", MonitoringSubject.EFFECT_OF_CHANGE, "0",
        "0"));
    Finding g = alone(rule, context(changed.withMonitoringResults(results)), Verdict.CONFORMS);
    assertTrue(g.messageEn().startsWith("5 monitoring results are retained"), g.messageEn());
  }

  @Test
  void seriousDeviationsAnalysedWithActionsConform() {
    var rule = new DeviationsRule();
    Finding none = alone(rule, context(system()), Verdict.CONFORMS);
    assertEquals("4 monitoring results, 0 recorded as serious deviations (—), each analysed with"
        + " actions", none.messageEn());
    assertEquals(List.of(), none.recordIds());
    assertEquals(List.of("b)"), none.items());
    List<MonitoringResult> results = new java.util.ArrayList<>(system().monitoringResults());
    results.set(0, results.get(0).withSeriousDeviation(true));
    ManagementSystem s = system().withMonitoringResults(results);
    DeviationAnalysis first = DeviationAnalysis.builder().id("da-1").monitoringResultId("mr-gas")
        .description("燃气表读数错误").analysedOn(d("2026-01-20")).build();
    DeviationAnalysis second = first.withId("da-2").withAnalysedOn(d("2026-02-10"))
        .withDescription("复核抄表流程");
    // two analyses, neither with an action
    Finding f = alone(rule, context(s.withDeviationAnalyses(first, second)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Monitoring result mr-gas is recorded as a serious deviation; its analysis da-1,"
        + " da-2 records no action", f.messageEn());
    assertEquals("监视测量结果 mr-gas 记录为严重偏离，其分析 da-1, da-2 未记录所采取的措施", f.messageZh());
    assertEquals(List.of("mr-gas", "da-1", "da-2"), f.recordIds());
    assertEquals(List.of("b)"), f.items());
    // one of them with an action is enough
    ManagementSystem analysed = s.withDeviationAnalyses(first, second.withActions("更正台账"));
    only(context(analysed), "9.1.1", Verdict.CONFORMS);
    Finding ok = alone(rule, context(analysed), Verdict.CONFORMS);
    assertEquals("4 monitoring results, 1 recorded as serious deviations (mr-gas), each analysed"
        + " with actions", ok.messageEn());
    assertEquals("监视测量结果 4 项，记录为严重偏离的 1 项（mr-gas）均已分析原因并采取措施", ok.messageZh());
    assertEquals(List.of("mr-gas"), ok.recordIds());
    assertEquals(List.of("b)"), ok.items());
  }

  @Test
  void aResultExpectedToBeZeroDeviatesWhenItIsNot() {
    var rule = new DeviationThresholdRule();
    List<MonitoringResult> results = new java.util.ArrayList<>(system().monitoringResults());
    results.set(0, QuantRulesFixture.result("mr-gas", "0", "5"));
    Finding f = alone(rule, context(system().withMonitoringResults(results)),
        Verdict.OBSERVATION);
    assertEquals("Monitoring result mr-gas (expected 0 MWh, actual 5 MWh) deviates by more than"
        + " 10 %, but is not recorded as a serious deviation", f.messageEn());
    assertEquals("监视测量结果 mr-gas（预期 0 MWh，实际 5 MWh）偏差超过 10%，但未记录为严重偏离",
        f.messageZh());
    assertEquals(List.of("b)"), f.items());
    assertEquals(List.of("mr-gas"), f.recordIds());
    results.set(0, QuantRulesFixture.result("mr-gas", "0", "0"));
    Finding ok = alone(rule, context(system().withMonitoringResults(results)), Verdict.CONFORMS);
    assertEquals("Every monitoring result that deviates by more than 10 % is recorded as a"
        + " serious deviation", ok.messageEn());
    assertEquals(List.of("b)"), ok.items());
  }

  @Test
  void readingsFromAMeterNeverCalibratedAndSuppliedReadingsAreJudged() {
    var rule = new ReadingsWhileLapsedRule();
    ManagementSystem s = system();
    Finding derived = alone(rule, context(s), Verdict.CONFORMS);
    assertEquals("2 readings of the meters the data-quality plan and instrument register name for"
        + " the sources of the latest inventory, read at the end of its period: every meter"
        + " (meter-gas, meter-el) was within its calibration interval", derived.messageEn());
    assertEquals(List.of("meter-gas", "meter-el"), derived.recordIds());
    MeasuringInstrument never = s.instruments().get(0).withCalibrations(List.of());
    Finding f = alone(rule, context(s.withInstruments(never, s.instruments().get(1))),
        Verdict.OBSERVATION);
    assertTrue(f.beyondTheStandard());
    assertEquals("Activity data inv-2025/src-boiler were read on 2025-12-31 from meter meter-gas,"
        + " which was never calibrated", f.messageEn());
    assertEquals("活动数据 inv-2025/src-boiler 于 2025-12-31 读自从未校准/检定的计量器具 meter-gas",
        f.messageZh());
    assertEquals(List.of("inv-2025/src-boiler", "meter-gas"), f.recordIds());
    AssessmentContext supplied = AssessmentContext.builder().system(s)
        .assessmentDate(SystemFixtures.ON).extension(MeterReadings.class, MeterReadings.of(
            List.of(MeterReading.of("ad-2025-06", "meter-gas", d("2025-06-30"))))).build();
    Finding ok = alone(rule, supplied, Verdict.CONFORMS);
    assertEquals("1 meter readings supplied: every meter (meter-gas) was within its calibration"
        + " interval on the reading date", ok.messageEn());
    assertEquals("所提供的 1 条计量读数所用计量器具（meter-gas）在读数日均处于校准/检定有效期内",
        ok.messageZh());
    assertEquals(List.of("meter-gas"), ok.recordIds());
    // the same reading, from the meter never calibrated
    AssessmentContext suppliedNever = AssessmentContext.builder()
        .system(s.withInstruments(never, s.instruments().get(1)))
        .assessmentDate(SystemFixtures.ON).extension(MeterReadings.class, MeterReadings.of(
            List.of(MeterReading.of("ad-2025-06", "meter-gas", d("2025-06-30"))))).build();
    assertEquals("Activity data ad-2025-06 were read on 2025-06-30 from meter meter-gas, which was"
        + " never calibrated", alone(rule, suppliedNever, Verdict.OBSERVATION).messageEn());
  }

  @Test
  void theCalibrationPeriodIsTwelveMonthsWithoutInventoryAndEndsOnTheAssessmentDate() {
    var rule = new CalibrationLapseRule();
    ManagementSystem s = system();
    Finding ok = alone(rule, context(s), Verdict.CONFORMS);
    assertEquals("The 2 instruments of the register were calibrated or verified at their set"
        + " intervals without a lapse from 2025-01-01 to 2025-12-31", ok.messageEn());
    assertEquals(List.of("meter-gas", "meter-el"), ok.recordIds());
    Finding none = alone(rule, context(withInventoriesOnly(s)), Verdict.CONFORMS);
    assertEquals("器具台账中的 2 台监视和测量设备在 2025-04-01 至 2026-03-31 期间均按规定周期校准/检定，未出现失效",
        none.messageZh());
    MeasuringInstrument gas = s.instruments().get(0).withCalibrations(
        Calibration.of(d("2024-12-15"), CalibrationResult.PASS));
    ManagementSystem lapsed = s.withInstruments(gas, s.instruments().get(1));
    Finding f = alone(rule, context(withInventoriesOnly(lapsed)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The calibration or verification of instrument meter-gas lapsed on 2025-12-15,"
        + " inside the period 2025-04-01 to 2026-03-31 (interval 12 months)", f.messageEn());
    assertEquals("计量器具 meter-gas 的校准/检定于 2025-12-15 失效，在 2025-04-01 至 2026-03-31 期间内（周期 12 个月）",
        f.messageZh());
    assertEquals(List.of("meter-gas"), f.recordIds());
    // an inventory of 2026, the period still running: judged from 2026-01-01 to the assessment
    List<GhgInventory> inventories = new java.util.ArrayList<>(s.inventories());
    inventories.add(SystemFixtures.inventory(2026, "200", "400"));
    Finding g = alone(rule, context(lapsed.withInventories(inventories)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The calibration or verification of instrument meter-gas lapsed on 2026-01-01,"
        + " inside the period 2026-01-01 to 2026-03-31 (interval 12 months)", g.messageEn());
    Finding h = alone(rule, context(s.withInventories(inventories)), Verdict.CONFORMS);
    assertTrue(h.messageEn().endsWith("from 2026-01-01 to 2026-03-31"), h.messageEn());
  }

  @Test
  void onlyInstrumentsThatGb17167RequiresAreJudgedForIt() {
    var rule = new EnergyInstrumentsRule();
    ManagementSystem s = system();
    Finding ok = alone(rule, context(s), Verdict.CONFORMS);
    assertEquals("2 energy measuring instruments (meter-gas, meter-el) are recorded as fitted as"
        + " GB 17167 requires", ok.messageEn());
    assertEquals(List.of("meter-gas", "meter-el"), ok.recordIds());
    assertEquals(List.of("a)"), ok.items());
    MeasuringInstrument gas = s.instruments().get(0);
    MeasuringInstrument el = s.instruments().get(1);
    // not required (false) or not stated: not an energy measuring instrument of GB 17167
    Finding none = alone(rule, context(s.withInstruments(gas.withGb17167Required(false)
        .withFittedPerGb17167(false), el.withGb17167Required(java.util.Optional.empty())
        .withFittedPerGb17167(java.util.Optional.empty()))), Verdict.CONFORMS);
    assertEquals("0 energy measuring instruments (—) are recorded as fitted as GB 17167 requires",
        none.messageEn());
    assertEquals("0 台能源计量器具（—）均记录为按 GB 17167 的要求配备", none.messageZh());
    assertEquals(List.of(), none.recordIds());
    Finding f = alone(rule, context(s.withInstruments(gas, el.withFittedPerGb17167(
        java.util.Optional.empty()))), Verdict.MINOR_NONCONFORMITY);
    assertEquals("Energy measuring instrument meter-el is not recorded as fitted as GB 17167"
        + " requires", f.messageEn());
    assertEquals("能源计量器具 meter-el 未记录是否按 GB 17167 的要求配备", f.messageZh());
    assertEquals(List.of("meter-el"), f.recordIds());
  }

  @Test
  void aPeriodWithSeveralCurrentReportsIsMinorAndWithoutEndedPeriodNothingIsReported() {
    var rule = new ReportsRule();
    ManagementSystem s = system();
    GhgReport again = s.ghgReports().get(1).withId("rep-2025b").withIssuedOn(d("2026-03-25"));
    Finding f = single(s.withGhgReports(s.ghgReports().get(0), s.ghgReports().get(1), again),
        "9.1.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The period 2025 has several current GHG reports (rep-2025, rep-2025b), none"
        + " superseding another", f.messageEn());
    assertEquals("报告期 2025 有多份现行温室气体报告（rep-2025, rep-2025b），且互不替代", f.messageZh());
    assertEquals(List.of("inv-2025", "rep-2025", "rep-2025b"), f.recordIds());
    // a re-issued report that supersedes the first is the one current report
    Finding ok = alone(rule, context(s.withGhgReports(s.ghgReports().get(0),
        s.ghgReports().get(1), again.withSupersedes("rep-2025"))), Verdict.CONFORMS);
    assertEquals("Each reporting period (2024, 2025) has one GHG report (rep-2024, rep-2025b)",
        ok.messageEn());
    assertEquals(List.of("rep-2024", "rep-2025b"), ok.recordIds());
    // the inventory of 2026 has a period not yet ended: no report is due for it
    List<GhgInventory> inventories = new java.util.ArrayList<>(s.inventories());
    inventories.add(SystemFixtures.inventory(2026, "200", "400"));
    assertEquals(ok.messageEn().replace("rep-2025b", "rep-2025"), alone(rule,
        context(s.withInventories(inventories)), Verdict.CONFORMS).messageEn());
    Finding none = alone(rule, context(withInventoriesOnly(s,
        SystemFixtures.inventory(2026, "200", "400"))), Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No GHG inventory of a period ended before 2026-03-31 exists, so emissions and"
        + " removals are not accounted for and reported at regular intervals", none.messageEn());
    assertEquals("评价日 2026-03-31 前没有已结束报告期的温室气体清单，未定期核算和报告排放量和清除量",
        none.messageZh());
    assertEquals(List.of(), none.recordIds());
  }

  @Test
  void withoutInventoryNoReadingIsDerived() {
    Finding ok = alone(new ReadingsWhileLapsedRule(), context(withInventoriesOnly(
        system())), Verdict.CONFORMS);
    assertTrue(ok.messageEn().startsWith("0 readings of the meters"), ok.messageEn());
    assertEquals(List.of(), ok.recordIds());
  }
}
