// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.plan;
import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cnms.core.EffectivenessEvaluation;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.GhgTargetKind;
import org.cnms.core.performance.IndicatorDenominator;
import org.cnms.core.performance.IndicatorKind;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.MeasureUnit;
import org.junit.jupiter.api.Test;

/** The rules of clauses 6.1, 6.6 and 6.8 on one defect of the conforming fixture at a time. */
class PlanningRulesTest {

  private static final List<ConformityRule> RULES = new CoreRules().rules();

  private static AssessmentReport assess(ManagementSystem s) {
    return ConformityAssessment.of(RULES).assess(RulesFixture.context(s));
  }

  /** The findings on {@code clause} that are not CONFORMS; the clause's verdict is asserted. */
  private static List<Finding> problems(ManagementSystem s, String clause, Verdict verdict) {
    AssessmentReport report = assess(s);
    assertEquals(verdict, report.verdicts().get(clause), () -> report.findings().toString());
    return report.findingsFor(clause).stream().filter(f -> f.verdict() != Verdict.CONFORMS)
        .toList();
  }

  private static Finding single(ManagementSystem s, String clause, Verdict verdict) {
    List<Finding> found = problems(s, clause, verdict);
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private static ConformityRule rule(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theRulesDeclareTheItemsTheyJudge() {
    assertEquals(List.of("—1", "—5", "a)", "b)", "c)", "d)", "e)"),
        rule("core.6.1.1.risks-to-address").judgedItems());
    assertEquals(List.of("a)", "b)", "c)"), rule("core.6.1.2.actions-for-risks").judgedItems());
    assertEquals(List.of("—1", "a)", "b)", "c)", "d)", "—6"),
        rule("core.6.6.1.vision-and-phases").judgedItems());
    assertEquals(List.of("—1", "—2"), rule("core.6.6.2.ghg-targets").judgedItems());
    assertEquals(List.of("a)", "b)", "c)", "d)", "e)"),
        rule("core.6.6.3.plans-for-targets").judgedItems());
    assertEquals(List.of("—1", "—2", "—3"), rule("core.6.8.data-quality-plan").judgedItems());
    assertTrue(rule("core.6.6.1.beyond.phases-before-vision").beyondTheStandard());
    assertTrue(rule("core.6.6.2.beyond.phases-broken-down").beyondTheStandard());
  }

  @Test
  void theFixtureConformsWithMessagesInBothLanguages() {
    AssessmentReport report = assess(system());
    Finding f = report.findingsFor("6.1.1").get(0);
    assertEquals(Verdict.CONFORMS, f.verdict());
    assertEquals("1 risks and opportunities are determined, 1 of them linked to factors or"
        + " interested parties; 1 are to be addressed, each with its ends among a)–e)",
        f.messageEn());
    assertEquals("风险和机遇 1 项，其中 1 项关联内外部因素或相关方；需要应对的 1 项均说明了 a)–e) 中的目的",
        f.messageZh());
    assertEquals("cnt-1: vision year 2050, phased years 2030, 2 categories covered, 2 means,"
        + " communicated", report.findingsFor("6.6.1").stream().filter(g -> !g.beyondTheStandard())
        .findFirst().orElseThrow().messageEn());
  }

  // 6.1.1

  @Test
  void noRiskDeterminedIsMajor() {
    Finding f = single(system().withRiskActions(List.of()).withRisks(List.of()), "6.1.1",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("未确定任何风险和机遇", f.messageZh());
  }

  @Test
  void aRiskToBeAddressedWithoutItsEndsIsMinorButOneNotToBeAddressedNeedsNone() {
    RiskOrOpportunity r = system().risks().get(0).withPurposes(List.of());
    Finding f = single(system().withRisks(r), "6.1.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("risk-1 (碳价上涨增加履约成本) is to be addressed, but it is not stated which of"
        + " the ends a)–e) addressing it serves", f.messageEn());
    assertEquals(List.of("—5"), f.items());
    AssessmentReport report = assess(system().withRisks(r.withToBeAddressed(false)));
    assertEquals(Verdict.CONFORMS, report.verdicts().get("6.1.1"));
    assertEquals(Verdict.CONFORMS, report.verdicts().get("6.1.2"));
  }

  // 6.1.2

  @Test
  void everyRiskToBeAddressedNeedsAnActionNotOnlyHighOnes() {
    RiskOrOpportunity low = system().risks().get(0).withId("risk-2")
        .withRating(Optional.empty());
    ManagementSystem s = system().withRisks(system().risks().get(0), low);
    Finding f = single(s, "6.1.2", Verdict.MAJOR_NONCONFORMITY);
    assertEquals(List.of("risk-2"), f.recordIds());
    assertEquals(List.of("a)"), f.items());
  }

  @Test
  void anActionBuiltIntoNoProcessIsMinor() {
    RiskAction a = system().riskActions().get(0).withProcess(Optional.empty());
    Finding f = single(system().withRiskActions(a), "6.1.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("措施 ra-1（实施锅炉余热回收）未融入碳中和管理体系过程", f.messageZh());
    assertEquals(List.of("b)"), f.items());
  }

  @Test
  void anActionPastItsDueDateWithoutEvaluatedEffectivenessIsMinor() {
    RiskAction due = system().riskActions().get(0).withDueDate(d("2026-01-31"));
    Finding f = single(system().withRiskActions(due), "6.1.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Action ra-1 was due on 2026-01-31, but its effectiveness is not evaluated by"
        + " 2026-03-31", f.messageEn());
    assertEquals(List.of("c)"), f.items());
    RiskAction evaluated = due.withEffectivenessEvaluation(EffectivenessEvaluation.builder()
        .evaluatedOn(d("2026-02-15")).effective(true).notes("天然气单耗下降 6 %")
        .evaluatedBy("p-mgr").build());
    assertEquals(Verdict.CONFORMS, assess(system().withRiskActions(evaluated)).verdicts()
        .get("6.1.2"));
  }

  // 6.6.1

  @Test
  void noTargetOrATargetWithoutPhasesIsMajor() {
    ManagementSystem untargeted = system().withActionPlans(List.of()).withGhgTargets(List.of());
    ManagementSystem none = untargeted.withNeutralityTargets(List.of());
    AssessmentReport report = assess(none);
    assertEquals(Verdict.MAJOR_NONCONFORMITY, report.verdicts().get("6.6.1"));
    CarbonNeutralityTarget t = system().neutralityTargets().get(0);
    List<Finding> found = problems(untargeted.withNeutralityTargets(
        t.withPhasedTargets(List.<PhasedTarget>of())), "6.6.1", Verdict.MAJOR_NONCONFORMITY);
    assertEquals("碳中和目标 cnt-1 只有碳中和愿景目标（2050 年），没有碳中和阶段性目标",
        found.get(0).messageZh());
    assertEquals(List.of("—1", "b)"), found.get(0).items());
  }

  @Test
  void aTargetCoveringNoCategoryIsMajorAndAnUncommunicatedOneMinor() {
    CarbonNeutralityTarget t = system().neutralityTargets().get(0);
    Finding c = single(system().withNeutralityTargets(t.withCoveredCategories(List.of())),
        "6.6.1", Verdict.MAJOR_NONCONFORMITY);
    assertEquals(List.of("c)"), c.items());
    Finding m = single(system().withNeutralityTargets(t.withCommunicatedOn(Optional.empty())),
        "6.6.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Carbon neutrality target cnt-1 is not communicated", m.messageEn());
    assertEquals(List.of("—6"), m.items());
  }

  @Test
  void aPhasedYearNotBeforeTheVisionYearIsAnObservationOnly() {
    CarbonNeutralityTarget t = system().neutralityTargets().get(0).withVisionYear(2030);
    Finding f = single(system().withNeutralityTargets(t), "6.6.1", Verdict.OBSERVATION);
    assertEquals("Phased target pt-2030 is set for 2030, not before the vision year 2030",
        f.messageEn());
    assertTrue(f.beyondTheStandard());
    AssessmentReport without = ConformityAssessment.of(RULES).withoutBeyondTheStandard()
        .assess(RulesFixture.context(system().withNeutralityTargets(t)));
    assertEquals(Verdict.CONFORMS, without.verdicts().get("6.6.1"));
  }

  // 6.6.2

  @Test
  void noGhgTargetIsMajor() {
    List<Finding> found = problems(system().withActionPlans(List.of())
        .withGhgTargets(List.of()), "6.6.2", Verdict.MAJOR_NONCONFORMITY);
    // the report orders findings by rule id: the beyond-the-standard observation comes first
    assertEquals(List.of(Verdict.OBSERVATION, Verdict.MAJOR_NONCONFORMITY),
        found.stream().map(Finding::verdict).toList());
    assertEquals("Phased target pt-2030 (2030: 较2024年减排30%) is broken down into no GHG target",
        found.get(0).messageEn());
    assertEquals("No GHG objective or target derives from the carbon neutrality targets",
        found.get(1).messageEn());
  }

  @Test
  void removalTargetsAloneOrUncommunicatedTargetsAreMinor() {
    GhgTarget g = system().ghgTargets().get(0);
    Finding f = single(system().withGhgTargets(g.withKind(GhgTargetKind.REMOVAL)), "6.6.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG 目标和指标（gt-2030）中没有排放目标", f.messageZh());
    Finding c = single(system().withGhgTargets(g.withCommunicatedOn(Optional.empty())), "6.6.2",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG target gt-2030 is not communicated", c.messageEn());
    assertEquals(List.of("—2"), c.items());
  }

  // 6.6.3

  @Test
  void aPlanMissingSeveralItemsNamesThemInTheClausesOrder() {
    Finding f = single(system().withActionPlans(plan().build()
        .withResources(Optional.empty()).withDueDate(Optional.empty())), "6.6.3",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("b)", "d)"), f.items());
    assertEquals("The planned actions ap-1 (锅炉烟气余热回收) do not state: b) Which resources are"
        + " needed; d) The schedule", f.messageEn());
    assertEquals(Verdict.CONFORMS, assess(system().withActionPlans(plan().build()
        .withMeasure(Optional.empty()).withExpectedReduction(Optional.empty())))
        .verdicts().get("6.6.3"));
  }

  // 6.8

  @Test
  void theDenominatorOfAnIntensityIndicatorOutsideThePlanIsMinor() {
    PerformanceIndicator intensity = PerformanceIndicator.builder().id("ind-int")
        .name("单位产品排放").kind(IndicatorKind.INTENSITY_PER_PRODUCT).unit(MeasureUnit.parse("tCO2e"))
        .denominator(IndicatorDenominator.of("产品产量", MeasureUnit.parse("t")))
        .methodDescription("排放量/产量")
        .build();
    ManagementSystem s = system().withIndicators(system().indicators().get(0), intensity);
    Finding f = single(s, "6.8", Verdict.MINOR_NONCONFORMITY);
    assertEquals("强度类碳中和绩效参数 ind-int 的数据（分母）不在数据质量控制计划 dq-1 覆盖范围内",
        f.messageZh());
    DataQualityPlan p = s.dataQualityPlans().get(0);
    DataQualityPlan covering = p.withItems(p.items().get(0), p.items().get(1),
        p.items().get(0).withId("dqi-output").withSourceIds(List.of())
            .withIndicatorIds(List.of("ind-int")));
    assertEquals(Verdict.CONFORMS, assess(s.withDataQualityPlans(covering)).verdicts()
        .get("6.8"));
  }

  @Test
  void aPlanNotRevisedAfterAChangeOfSourcesIsMinor() {
    ChangeRecord c = ChangeRecord.builder().id("ch-1").kind(ChangeKind.MAJOR_SOURCES_AND_SINKS)
        .planned(true).description("新增燃气锅炉").changedOn(d("2026-01-15"))
        .addAffectedSourceId("src-boiler").build();
    AssessmentReport report = assess(system().withChanges(c));
    List<Finding> found = report.findingsFor("6.8").stream()
        .filter(f -> f.verdict() != Verdict.CONFORMS).toList();
    assertEquals(1, found.size(), found::toString);
    assertEquals("After change ch-1 of sources and sinks on 2026-01-15 (新增燃气锅炉), data quality"
        + " control plan dq-1 was not revised (last prepared on 2025-12-01)",
        found.get(0).messageEn());
    assertEquals(List.of("—3"), found.get(0).items());
    DataQualityPlan p = system().dataQualityPlans().get(0);
    ManagementSystem revised = system().withChanges(c)
        .withDataQualityPlans(p.withPreparedOn(d("2026-02-01")));
    assertTrue(assess(revised).findingsFor("6.8").stream()
        .allMatch(f -> f.verdict() == Verdict.CONFORMS));
  }

  @Test
  void anOrganisationWithSinksNeedsARemovalTarget() {
    ManagementSystem sample = org.cnms.core.sample.SampleSystem.load();
    ManagementSystem noRemoval = sample.withGhgTargets(sample.ghgTargets().stream()
        .map(g -> g.withKind(GhgTargetKind.EMISSION)).toList());
    AssessmentReport report = ConformityAssessment.of(RULES).assess(
        org.cnms.core.conformity.AssessmentContext.of(noRemoval,
            org.cnms.core.sample.SampleSystem.ASSESSMENT_DATE));
    assertEquals(Verdict.MINOR_NONCONFORMITY, report.verdicts().get("6.6.2"));
    Finding f = report.findingsFor("6.6.2").stream()
        .filter(x -> x.verdict() != Verdict.CONFORMS).findFirst().orElseThrow();
    assertTrue(f.messageEn().startsWith("The organisation has GHG sinks (K-AJ-FOREST), but its"
        + " GHG objectives and targets ("), f.messageEn());
    assertEquals(List.of("—1"), f.items());
  }
}
