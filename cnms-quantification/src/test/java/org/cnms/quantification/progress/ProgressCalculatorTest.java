// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.EmissionCategory.PURCHASED_ENERGY;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.cnms.quantification.testing.InventoryFixtures.line;
import static org.cnms.quantification.testing.InventoryFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.quantification.baseline.BaselineCalculator;
import org.cnms.quantification.baseline.BaselineDefinition;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

  final ProgressCalculator calc = ProgressCalculator.withDefaultRounding();

  /* Baseline 2020: C1 600 + C2 400 = 1000 t net. */
  static final Baseline BASELINE = BaselineCalculator.withDefaultRounding().fromBaseYear(
      BaselineDefinition.of("bl-2020", "first full year", LocalDate.of(2021, 2, 1)),
      inventory("inv-2020", 2020, emission("kiln", "p", DIRECT, CO2, "600"),
          emission("grid", "p", PURCHASED_ENERGY, CO2, "400")));

  static PhasedTarget phased(String id, int year, PhasedTargetKind kind, String value) {
    PhasedTarget.Builder b = PhasedTarget.builder().id(id).year(year).kind(kind)
        .description(id);
    if (value != null) {
      b.value(new BigDecimal(value));
    }
    if (kind == PhasedTargetKind.INTENSITY_REDUCTION_PERCENT) {
      b.indicatorId("intensity-per-t");
    }
    return b.build();
  }

  /* −30 % by 2025 (level 700), cap 400 t by 2030, an intensity target, neutral by 2040. */
  static final CarbonNeutralityTarget TARGET = CarbonNeutralityTarget.builder().id("cn")
      .visionYear(2040).baselineId("bl-2020").setOn(LocalDate.of(2021, 6, 1))
      .addCoveredCategories(DIRECT, PURCHASED_ENERGY)
      .addPhasedTargets(
          phased("p-2030", 2030, PhasedTargetKind.ABSOLUTE_EMISSIONS_CAP, "400"),
          phased("p-2025", 2025, PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE, "30"),
          phased("p-int", 2028, PhasedTargetKind.INTENSITY_REDUCTION_PERCENT, "20"))
      .build();

  static GhgInventory net(String id, int year, String c1, String c2) {
    return inventory(id, year, emission("kiln", "p", DIRECT, CO2, c1),
        emission("grid", "p", PURCHASED_ENERGY, CO2, c2));
  }

  /*
   * 2023: 500 + 350 = 850 t.
   *   p-2025: path 1000 + (700 − 1000)·3/5  = 820; 850 > 820 -> AT_RISK
   *   p-2030: path 1000 + (400 − 1000)·3/10 = 820; 850 > 820 -> AT_RISK
   *   vision: path 1000 + (0 − 1000)·3/20   = 850; 850 ≤ 850 -> ON_TRACK
   */
  @Test
  void statusAgainstTheStraightLinePath() {
    ProgressReport r = calc.assess(TARGET, BASELINE, List.of(net("i-2022", 2022, "550", "400"),
        net("i-2023", 2023, "500", "350")));
    assertEquals("i-2023", r.inventoryId());
    assertEquals(List.of("p-int"), r.notAssessed());
    assertEquals(3, r.progress().size());
    TargetProgress p2025 = r.progress().get(0);
    assertEquals("p-2025", p2025.targetId());
    assertEquals(0, p2025.targetLevel().compareTo(Co2e.tonnes("700")));
    assertEquals(0, p2025.pathLevel().compareTo(Co2e.tonnes("820")));
    assertEquals(TargetStatus.AT_RISK, p2025.status());
    assertEquals("p-2030", r.progress().get(1).targetId());
    assertEquals(TargetStatus.AT_RISK, r.progress().get(1).status());
    TargetProgress vision = r.progress().get(2);
    assertEquals(ProgressCalculator.VISION, vision.targetId());
    assertEquals(0, vision.pathLevel().compareTo(Co2e.tonnes("850")));
    assertEquals(TargetStatus.ON_TRACK, vision.status());
  }

  /*
   * 2026 at 720 t: p-2025 year passed and 720 > 700 -> MISSED; p-2030 path 1000 − 600·6/10 = 640
   * -> AT_RISK. At 650 t: p-2025 650 ≤ 700 -> ACHIEVED.
   */
  @Test
  void missedAndAchieved() {
    ProgressReport late = calc.assess(TARGET, BASELINE, List.of(net("i", 2026, "420", "300")));
    assertEquals(TargetStatus.MISSED, late.progress().get(0).status());
    assertEquals(0, late.progress().get(1).pathLevel().compareTo(Co2e.tonnes("640")));
    assertEquals(TargetStatus.AT_RISK, late.progress().get(1).status());
    ProgressReport good = calc.assess(TARGET, BASELINE, List.of(net("i", 2026, "400", "250")));
    assertEquals(TargetStatus.ACHIEVED, good.progress().get(0).status());
  }

  /* Vision 2027, 2023: path 1000 − 1000·3/7 = 1000 − 428.5714285714286 = 571.4285714285714. */
  @Test
  void pathIsRoundedOnce() {
    CarbonNeutralityTarget t = TARGET.withPhasedTargets(List.of()).withVisionYear(2027);
    ProgressReport r = calc.assess(t, BASELINE, List.of(net("i", 2023, "500", "350")));
    assertEquals(Co2e.tonnes("571.4285714285714"), r.progress().get(0).pathLevel());
    assertEquals(TargetStatus.AT_RISK, r.progress().get(0).status());
  }

  /* Removals of covered categories count: 2023 emits 900 and removes 100 -> 800 net. */
  @Test
  void levelsAreNet() {
    GhgInventory inv = inventory("i", 2023, emission("kiln", "p", DIRECT, CO2, "900"),
        line("forest", "p", DIRECT, CO2, LineKind.REMOVAL, "100"));
    assertEquals(0, calc.assess(TARGET, BASELINE, List.of(inv)).progress().get(2)
        .latestLevel().compareTo(Co2e.tonnes("800")));
  }

  @Test
  void targetYearBeforeTheBaselineIsAnError() {
    CarbonNeutralityTarget t = TARGET.withPhasedTargets(List.of(
        phased("p-2019", 2019, PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE, "5")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> calc.assess(t, BASELINE, List.of(net("i", 2023, "1", "1"))));
    assertEquals("Target p-2019 year 2019 must be after the baseline year 2020", e.getMessage());
  }

  @Test
  void otherBaselinesAndMissingInventoriesAreErrors() {
    assertEquals("CarbonNeutralityTarget cn refers to baseline bl-2020, not bl-x",
        assertThrows(IllegalArgumentException.class, () -> calc.assess(TARGET,
            BASELINE.withId("bl-x"), List.of(net("i", 2023, "1", "1")))).getMessage());
    assertEquals("Progress of cn needs at least one inventory, but none was given",
        assertThrows(IllegalArgumentException.class,
            () -> calc.assess(TARGET, BASELINE, List.of())).getMessage());
  }

  /* 1000, 950, 900 in 2021–2023: slope −50; 2024 850 … 2027 700 -> level 700 reached in 2027. */
  @Test
  void linearTrend() {
    Projection p = calc.linearTrend(List.of(single("c", 2023, "900"), single("a", 2021, "1000"),
        single("b", 2022, "950")), 2030, Co2e.tonnes("700"));
    assertEquals(0, p.slope().orElseThrow().compareTo(new BigDecimal("-50")));
    assertEquals(2024, p.projected().get(0).year());
    assertEquals(0, p.projected().get(0).netEmissions().compareTo(Co2e.tonnes("850")));
    assertEquals(0, p.projected().get(3).netEmissions().compareTo(Co2e.tonnes("700")));
    assertEquals(7, p.projected().size());
    assertEquals(Optional.of(2027), p.yearReached());
  }

  /*
   * 1000, 1000, 900 in 2021–2023: mean 2900/3, slope −50; 2024: 2900/3 − 100 = 866.666… ->
   * 866.6666666666667. Zero is not reached by 2030 (2030: 2900/3 − 400 = 566.67).
   */
  @Test
  void linearTrendRoundsEachYearOnce() {
    Projection p = calc.linearTrend(List.of(single("a", 2021, "1000"),
        single("b", 2022, "1000"), single("c", 2023, "900")), 2030, Co2e.ZERO);
    assertEquals(Co2e.tonnes("866.6666666666667"), p.projected().get(0).netEmissions());
    assertEquals(Co2e.tonnes("566.6666666666667"), p.projected().get(6).netEmissions());
    assertEquals(Optional.empty(), p.yearReached());
  }

  @Test
  void trendNeedsTwoDistinctYearsAndAHorizonAfterThem() {
    assertEquals("A linear trend needs inventories of at least two years, but 1 was given",
        assertThrows(IllegalArgumentException.class, () -> calc.linearTrend(
            List.of(single("a", 2021, "1")), 2030, Co2e.ZERO)).getMessage());
    assertEquals("A linear trend takes one inventory per year, but 2021 has two",
        assertThrows(IllegalArgumentException.class, () -> calc.linearTrend(
            List.of(single("a", 2021, "1"), single("b", 2021, "2")), 2030, Co2e.ZERO))
            .getMessage());
    assertEquals("The horizon year 2022 must be after the last year 2022",
        assertThrows(IllegalArgumentException.class, () -> calc.linearTrend(
            List.of(single("a", 2021, "1"), single("b", 2022, "2")), 2022, Co2e.ZERO))
            .getMessage());
  }

  /*
   * 2024: 600 t direct + 400 t electricity, renewable share 0 -> +25 points a year: electricity
   * 300, 200, 100, 0, 0 t; net 900, 800, 700, 600, 600 t; level 700 reached in 2027, zero never.
   */
  @Test
  void renewableShareScenario() {
    GhgInventory y2024 = net("i-2024", 2024, "600", "400");
    Scenario s = Scenario.renewableShare("RE +25/yr", "0", "25");
    Projection p = calc.scenario(s, y2024, 2029, Co2e.tonnes("700"));
    assertEquals(List.of("900", "800", "700", "600", "600"), p.projected().stream()
        .map(v -> v.netEmissions().tonnes().stripTrailingZeros().toPlainString()).toList());
    assertEquals(Optional.of(2027), p.yearReached());
    assertEquals(Optional.empty(), calc.scenario(s, y2024, 2029, Co2e.ZERO).yearReached());
  }

  /* Share 40 % -> +20 points: 2025 electricity 400·(100 − 60)/(100 − 40) = 266.666… t. */
  @Test
  void renewableShareFromAStartingShare() {
    Projection p = calc.scenario(Scenario.renewableShare("RE", "40", "20"),
        net("i", 2024, "600", "400"), 2025, Co2e.ZERO);
    assertEquals(Co2e.tonnes("866.6666666666667"), p.projected().get(0).netEmissions());
  }

  /*
   * Gross 1000 t, removals 100 t, −10 % a year: net 1000·0.9 − 100 = 800, 810 − 100 = 710,
   * 729 − 100 = 629 -> the level 650 is reached in 2027.
   */
  @Test
  void constantReductionScenario() {
    GhgInventory y2024 = inventory("i", 2024, emission("kiln", "p", DIRECT, CO2, "1000"),
        line("forest", "p", DIRECT, CO2, LineKind.REMOVAL, "100"));
    Projection p = calc.scenario(Scenario.constantReduction("−10 %/yr", "10"), y2024, 2030,
        Co2e.tonnes("650"));
    assertEquals(0, p.projected().get(0).netEmissions().compareTo(Co2e.tonnes("800")));
    assertEquals(0, p.projected().get(1).netEmissions().compareTo(Co2e.tonnes("710")));
    assertEquals(0, p.projected().get(2).netEmissions().compareTo(Co2e.tonnes("629")));
    assertEquals(Optional.of(2027), p.yearReached());
  }

  @Test
  void scenarioRatesAreChecked() {
    assertEquals("Scenario x: ratePercent must be in (0, 100], but was 0",
        assertThrows(IllegalArgumentException.class,
            () -> Scenario.constantReduction("x", "0")).getMessage());
  }
}
