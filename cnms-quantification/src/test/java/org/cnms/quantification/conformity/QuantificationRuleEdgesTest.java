// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import static org.cnms.core.testing.SystemFixtures.d;
import static org.cnms.core.testing.SystemFixtures.inventory;
import static org.cnms.quantification.conformity.QuantRulesFixture.review;
import static org.cnms.quantification.conformity.QuantRulesFixture.system;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.MeterReading;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.InstrumentKind;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSinkKind;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.planning.CollectionFrequency;
import org.cnms.core.planning.CollectionMethod;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

/**
 * The quantification rules one at a time at the edges the whole-fixture tests do not reach:
 * sinks, a system without sources, records dated after the assessment.
 */
class QuantificationRuleEdgesTest {

  private static final GhgSink FOREST = GhgSink.builder().id("sink-forest").name("厂区林地")
      .facilityId("plant-1").kind(GhgSinkKind.AFFORESTATION).methodId("m-ng").build();

  private static List<Finding> evaluate(AbstractConformityRule rule, ManagementSystem s) {
    return rule.evaluate(AssessmentContext.of(s, SystemFixtures.ON));
  }

  private static Finding single(AbstractConformityRule rule, ManagementSystem s) {
    List<Finding> f = evaluate(rule, s);
    assertEquals(1, f.size(), f::toString);
    return f.get(0);
  }

  @Test
  void sinksAreCountedAndReferencedWithTheSources() {
    ManagementSystem s = system().withSinks(FOREST);
    Finding sources = single(new SourcesRule(), s);
    assertEquals(Verdict.CONFORMS, sources.verdict());
    assertEquals("2 GHG sources and 1 sinks are identified, none excluded, and identified again"
        + " after every recorded change of business activities", sources.messageEn());
    assertEquals(List.of("src-boiler", "src-power", "sink-forest"), sources.recordIds());
    Finding methods = single(new MethodsRule(), s);
    assertEquals(Verdict.CONFORMS, methods.verdict());
    assertEquals("All 3 sources and sinks are quantified with current, documented methods, each"
        + " with its selection rationale (m-ng, m-el)", methods.messageEn());
  }

  @Test
  void withoutSourcesOrSinksNoMethodIsSelected() {
    Finding f = single(new MethodsRule(), SystemFixtures.smallSystem("空"));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.verdict());
    assertEquals("There is no GHG source or sink, so no quantification method is selected",
        f.messageEn());
    assertEquals(List.of("—1"), f.items());
  }

  @Test
  void aSinkAddressesCategoryAOnlyWhenThereIsOne() {
    ManagementSystem s = system();
    // no direct source: the boiler is booked as purchased energy
    List<GhgSource> noDirect = new ArrayList<>();
    for (GhgSource src : s.sources()) {
      noDirect.add(src.withCategory(EmissionCategory.PURCHASED_ENERGY));
    }
    Finding unaddressed = single(new CategoriesRule(), s.withSources(noDirect));
    assertEquals(Verdict.OBSERVATION, unaddressed.verdict());
    assertEquals("Category a) (C1) has neither a source nor a statement of why it has none",
        unaddressed.messageEn());
    Finding bySink = single(new CategoriesRule(), s.withSources(noDirect).withSinks(FOREST));
    assertEquals(Verdict.CONFORMS, bySink.verdict());
  }

  @Test
  void aReviewDatedAfterTheAssessmentIsNotTheLatest() {
    // a later, deficient review (completeness not confirmed, no opportunities) is not yet on record on 2026-03-31
    ManagementSystem s = system().withGhgReviews(review().build(), review().build()
        .withId("rv-later").withCompletenessConfirmed(false).withReviewedOn(d("2026-06-01"))
        .withOpportunities(List.of()));
    Finding f = single(new GhgReviewRule(), s);
    assertEquals(Verdict.CONFORMS, f.verdict(), f::toString);
    assertEquals("rv-2025", f.recordIds().get(0));
  }

  @Test
  void theInfluencersOfAReviewStandForMissingOwners() {
    ManagementSystem s = system();
    List<GhgSource> ownerless = new ArrayList<>();
    for (GhgSource src : s.sources()) {
      ownerless.add(src.withOwnerPersonId(Optional.empty()));
    }
    // the review names p-eng for both sources
    assertEquals(Verdict.CONFORMS, single(new GhgReviewRule(), s.withSources(ownerless))
        .verdict());
    // a sink with neither an owner nor a review of its own names nobody
    List<Finding> f = evaluate(new GhgReviewRule(), s.withSinks(FOREST).withGhgReviews(
        review().build()));
    Finding persons = f.stream().filter(x -> x.items().equals(List.of("d) 3)"))).findFirst()
        .orElseThrow(() -> new AssertionError(f.toString()));
    assertEquals("GHG review rv-2025 (2026-02-20) names no person whose work affects sources or"
        + " sinks sink-forest", persons.messageEn());
  }

  @Test
  void calibrationIsJudgedOverTheLatestInventoryThatHasBegun() {
    // an inventory of 2027 has not begun on 2026-03-31: the period judged stays 2025's
    ManagementSystem s = system().withInventories(inventory(2024, "1000", "2000"),
        inventory(2025, "950", "1900"), inventory(2027, "900", "1800"));
    Finding f = single(new CalibrationLapseRule(), s);
    assertEquals(Verdict.CONFORMS, f.verdict(), f::toString);
    assertEquals("The 2 instruments of the register were calibrated or verified at their set"
        + " intervals without a lapse from 2025-01-01 to 2025-12-31", f.messageEn());
  }

  @Test
  void theDataQualityPlanNamesMetersBesideTheRegister() {
    // the steam meter is registered for the purchased power, the plan names it for the boiler
    ManagementSystem base = system();
    List<MeasuringInstrument> meters = new ArrayList<>(base.instruments());
    meters.add(SystemFixtures.meter("meter-steam", InstrumentKind.HEAT_METER, "src-power"));
    ManagementSystem s = base.withInstruments(meters).withDataQualityPlans(DataQualityPlan.builder().id("dq-1")
        .preparedOn(d("2024-02-01")).addItem(DataQualityItem.builder().id("dqi-steam")
            .dataItem("蒸汽量").addSourceId("src-boiler").sourceOfData("蒸汽表")
            .collectionMethod(CollectionMethod.METERED).frequency(CollectionFrequency.MONTHLY)
            .addMeterId("meter-steam").ownerPersonId("p-eng").retentionYears(5).build())
        .build());
    assertEquals(List.of(MeterReading.of("inv-2025/src-boiler", "meter-steam", d("2025-12-31")),
        MeterReading.of("inv-2025/src-boiler", "meter-gas", d("2025-12-31")),
        MeterReading.of("inv-2025/src-power", "meter-el", d("2025-12-31")),
        MeterReading.of("inv-2025/src-power", "meter-steam", d("2025-12-31"))),
        ReadingsWhileLapsedRule.derived(s));
    Finding f = single(new ReadingsWhileLapsedRule(), s);
    assertEquals(Verdict.CONFORMS, f.verdict());
    assertEquals(List.of("meter-steam", "meter-gas", "meter-el"), f.recordIds());
  }
}
