// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import static org.cnms.core.testing.SystemFixtures.d;
import static org.cnms.quantification.conformity.QuantRulesFixture.review;
import static org.cnms.quantification.conformity.QuantRulesFixture.system;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.SourceReview;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

/** The rules of clauses 6.2 to 6.5 on one defect of the conforming fixture at a time. */
class GhgQuantificationRulesTest {

  private static final List<ConformityRule> RULES = new QuantificationRules().rules();

  private static AssessmentReport assess(ManagementSystem s) {
    return ConformityAssessment.of(RULES).assess(AssessmentContext.of(s, SystemFixtures.ON));
  }

  /** The one finding on {@code clause} that is not CONFORMS; the clause's verdict is asserted. */
  private static Finding single(ManagementSystem s, String clause, Verdict verdict) {
    AssessmentReport report = assess(s);
    assertEquals(verdict, report.verdicts().get(clause), () -> report.findings().toString());
    List<Finding> found = report.findingsFor(clause).stream()
        .filter(f -> f.verdict() != Verdict.CONFORMS).toList();
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private static ConformityRule rule(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static ChangeRecord change(ChangeKind kind, String on) {
    return ChangeRecord.builder().id("ch-1").kind(kind).planned(true)
        .description("新增二号热处理线").changedOn(d(on)).build();
  }

  private static ManagementSystem withSourceReviews(SourceReview... reviews) {
    return system().withGhgReviews(review().build().withSourceReviews(reviews));
  }

  @Test
  void theRulesDeclareTheItemsTheyJudge() {
    assertEquals(List.of("—1", "—2", "—9"), rule("quant.6.2.1.sources-identified").judgedItems());
    assertEquals(List.of(), rule("quant.6.2.1.beyond.categories-addressed").judgedItems());
    assertEquals(List.of("—1", "—2", "—3"), rule("quant.6.2.2.methods-documented").judgedItems());
    assertEquals(List.of("—1", "a)", "b)", "c)", "d)", "d) 1)", "d) 2)", "d) 3)", "e)", "f)",
        "—11", "—12", "—14"), rule("quant.6.3.ghg-review").judgedItems());
    assertEquals(List.of("—1", "b)"), rule("quant.6.4.indicators-chosen").judgedItems());
    assertEquals(List.of("—1", "—2", "—4"), rule("quant.6.5.baseline-traceable").judgedItems());
  }

  // 6.2.1

  @Test
  void noSourceOrSinkIsMajor() {
    ManagementSystem s = system().withMonitoringResults(List.of()).withDataQualityPlans(List.of())
        .withInstruments(List.of()).withGhgReports(List.of()).withBaselines(List.of())
        .withGhgReviews(List.of()).withInventories(List.of());
    AssessmentReport report = assess(s.withSources(List.of()));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, report.verdicts().get("6.2.1"));
    assertEquals("未识别任何 GHG 源和汇", report.findingsFor("6.2.1").stream()
        .filter(f -> f.verdict() == Verdict.MAJOR_NONCONFORMITY).findFirst().orElseThrow()
        .messageZh());
  }

  @Test
  void aChangeOfBusinessActivitiesAfterTheLastReviewIsMinorUntilAReviewFollows() {
    ManagementSystem s = system().withChanges(change(ChangeKind.FACILITIES_AND_PROCESSES,
        "2026-03-01"));
    Finding f = single(s, "6.2.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("After change ch-1 of business activities on 2026-03-01 (新增二号热处理线), no GHG"
        + " review identified the sources and sinks again and confirmed their completeness",
        f.messageEn());
    assertEquals(List.of("—9"), f.items());
    GhgReview first = review().build();
    ManagementSystem reviewed = s.withGhgReviews(first, first.withId("rv-2026")
        .withReviewedOn(d("2026-03-20"))
        .withOpportunities(first.opportunities().get(0).withId("opp-2")));
    assertEquals(Verdict.CONFORMS, assess(reviewed).verdicts().get("6.2.1"));
    // a change of another kind asks for no new identification
    assertEquals(Verdict.CONFORMS, assess(system().withChanges(change(
        ChangeKind.COMPLIANCE_AND_PARTY_REQUIREMENTS, "2026-03-01"))).verdicts().get("6.2.1"));
  }

  // 6.2.2

  @Test
  void aMethodWithoutSelectionRationaleIsMinor() {
    ManagementSystem s = system();
    Finding f = single(s.withMethods(s.methods().get(0).withSelectionRationale(Optional.empty()),
        s.methods().get(1)), "6.2.2", Verdict.MINOR_NONCONFORMITY);
    assertEquals("量化方法 m-ng（化石燃料燃烧排放）未记录选择理由（技术可行性和成本）", f.messageZh());
    assertEquals(List.of("—3"), f.items());
    assertEquals(List.of("m-ng", "src-boiler"), f.recordIds());
  }

  // 6.3

  @Test
  void noReviewIsMajor() {
    AssessmentReport report = assess(system().withGhgReviews(List.of()));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, report.verdicts().get("6.3"));
    assertEquals("No GHG review has been carried out",
        report.findingsFor("6.3").get(0).messageEn());
  }

  @Test
  void aReviewWithoutConfirmedCompletenessOrPastLevelsIsMinor() {
    Finding f = single(system().withGhgReviews(review().build().withCompletenessConfirmed(false)),
        "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("a)"), f.items());
    GhgReview current = review().build();
    Finding g = single(system().withGhgReviews(current.withHistoricalLevels(
        current.historicalLevels().get(1))), "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG review rv-2025 (2026-02-20) does not assess both past levels and the"
        + " current level (2025)", g.messageEn());
    assertEquals(List.of("b)"), g.items());
  }

  @Test
  void eachSourceNeedsVariablesCurrentLevelAndThePersonsAffectingIt() {
    SourceReview boiler = review().build().sourceReviews().get(0);
    SourceReview power = review().build().sourceReviews().get(1);
    Finding v = single(withSourceReviews(boiler, power.withRelevantVariables(List.of())),
        "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("d) 1)"), v.items());
    Finding l = single(withSourceReviews(boiler, power.withCurrentLevel(Optional.empty())),
        "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG 评审 rv-2025（2026-02-20）未确定源或汇 src-power 当前的排放水平或清除水平",
        l.messageZh());
    assertEquals(List.of("rv-2025", "inv-2025", "src-power"), l.recordIds());
    // the source's owner stands for the persons when the review names none
    assertEquals(Verdict.CONFORMS, assess(withSourceReviews(boiler,
        power.withInfluencerPersonIds(List.of()))).verdicts().get("6.3"));
    ManagementSystem ownerless = withSourceReviews(boiler,
        power.withInfluencerPersonIds(List.of()));
    ownerless = ownerless.withSources(ownerless.sources().get(0),
        ownerless.sources().get(1).withOwnerPersonId(Optional.empty()));
    Finding p = single(ownerless, "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("d) 3)"), p.items());
  }

  @Test
  void aReviewWithoutRankedOpportunitiesIsMinor() {
    Finding f = single(system().withGhgReviews(review().build().withOpportunities(List.of())),
        "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals("GHG review rv-2025 (2026-02-20) identifies and ranks no opportunity to improve"
        + " carbon neutrality performance", f.messageEn());
  }

  @Test
  void aReviewPastItsUpdateDateOrASignificantChangeIsMinor() {
    Finding f = single(system().withGhgReviews(review().nextReviewDue(d("2026-02-28")).build()),
        "6.3", Verdict.MINOR_NONCONFORMITY);
    assertEquals(List.of("—11"), f.items());
    assertEquals(Verdict.CONFORMS, assess(system().withGhgReviews(review()
        .nextReviewDue(d("2027-02-28")).build())).verdicts().get("6.3"));
    ManagementSystem changed = system().withChanges(change(ChangeKind.MAJOR_SOURCES_AND_SINKS,
        "2026-03-01"));
    AssessmentReport report = assess(changed);
    assertEquals(Verdict.MINOR_NONCONFORMITY, report.verdicts().get("6.3"));
    Finding c = report.findingsFor("6.3").get(0);
    assertEquals("源和汇的重大变化 ch-1（2026-03-01：新增二号热处理线）后，GHG 评审未更新",
        c.messageZh());
    assertEquals(List.of("—12"), c.items());
  }

  // 6.5

  @Test
  void noBaselineIsMajor() {
    AssessmentReport report = assess(system().withBaselines(List.of()));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, report.verdicts().get("6.5"));
    assertEquals("未建立碳中和基准", report.findingsFor("6.5").get(0).messageZh());
  }

  @Test
  void aBaseYearNoReviewAssessedIsMinor() {
    Baseline b = system().baselines().get(0);
    GhgReview r = review().build();
    Finding f = single(system().withGhgReviews(r.withHistoricalLevels(
        r.historicalLevels().get(1))).withBaselines(b), "6.5", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The base period 2024 of baseline bl-2024 was assessed by no GHG review",
        f.messageEn());
    assertEquals(List.of("—1"), f.items());
  }

  @Test
  void aBaselineWithoutInventoriesOrWithWrongRemovalsIsMajor() {
    Baseline b = system().baselines().get(0);
    Finding f = single(system().withBaselines(b.withInventoryIds(List.of())), "6.5",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals(List.of("—4"), f.items());
    Finding g = single(system().withBaselines(b.withRemovals(Co2e.tonnes("5"))), "6.5",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("Baseline bl-2024 states removals of 5 tCO2e, which does not trace to the"
        + " inventories it cites (0 tCO2e)", g.messageEn());
    assertEquals(ReportingPeriod.calendarYear(2024), b.periods().get(0));
  }
}
