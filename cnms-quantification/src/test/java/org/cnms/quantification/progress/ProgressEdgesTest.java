// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import static org.cnms.core.ghg.EmissionCategory.DIRECT;
import static org.cnms.core.ghg.GreenhouseGas.CO2;
import static org.cnms.quantification.progress.ProgressCalculatorTest.BASELINE;
import static org.cnms.quantification.progress.ProgressCalculatorTest.TARGET;
import static org.cnms.quantification.progress.ProgressCalculatorTest.net;
import static org.cnms.quantification.testing.InventoryFixtures.emission;
import static org.cnms.quantification.testing.InventoryFixtures.inventory;
import static org.cnms.quantification.testing.InventoryFixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.junit.jupiter.api.Test;

/** Progress at its boundaries: a level met exactly, the target year itself, the first year. */
class ProgressEdgesTest {

  private final ProgressCalculator calc = ProgressCalculator.withDefaultRounding();

  private static List<String> plain(Projection p) {
    return p.projected().stream()
        .map(v -> v.netEmissions().tonnes().stripTrailingZeros().toPlainString()).toList();
  }

  @Test
  void theRoundingPolicyIsReportedAndMustBeLimited() {
    ProgressReport r = ProgressCalculator.of(new MathContext(5, RoundingMode.HALF_UP))
        .assess(TARGET.withPhasedTargets(List.of()).withVisionYear(2027), BASELINE,
            List.of(net("i", 2023, "500", "350")));
    assertEquals(5, r.precision());
    assertEquals(RoundingMode.HALF_UP, r.roundingMode());
    // vision 2027, 2023: 1000 − 1000·3/7 = 1000 − 428.57 = 571.43 at five digits
    assertEquals(Co2e.tonnes("571.43"), r.progress().get(0).pathLevel());
    assertEquals(16, calc.assess(TARGET, BASELINE, List.of(net("i", 2023, "500", "350")))
        .precision());
    var e = assertThrows(IllegalArgumentException.class,
        () -> ProgressCalculator.of(MathContext.UNLIMITED));
    assertEquals("ProgressCalculator needs a limited precision for its divisions, but was"
        + " unlimited", e.getMessage());
  }

  @Test
  void anInventoryBeforeTheBaselineIsAnError() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> calc.assess(TARGET, BASELINE, List.of(net("i-2019", 2019, "1", "1"))));
    assertEquals("Inventory i-2019 of 2019 is before baseline bl-2020 of 2020", e.getMessage());
  }

  /*
   * 2025 is p-2025's own year: its level 700 is judged, not a path. At exactly 700 t the target is
   * achieved; at 700.01 t missed. The baseline year itself (2020, 1000 t) is on the path of every
   * target.
   */
  @Test
  void inTheTargetYearTheLevelIsMetExactlyOrMissed() {
    TargetProgress exact = calc.assess(TARGET, BASELINE, List.of(net("i", 2025, "400", "300")))
        .progress().get(0);
    assertEquals("p-2025", exact.targetId());
    assertEquals(0, exact.pathLevel().compareTo(Co2e.tonnes("700")));
    assertEquals(TargetStatus.ACHIEVED, exact.status());
    assertEquals(TargetStatus.MISSED, calc.assess(TARGET, BASELINE,
        List.of(net("i", 2025, "400.01", "300"))).progress().get(0).status());
    ProgressReport first = calc.assess(TARGET, BASELINE, List.of(net("i", 2020, "600", "400")));
    for (TargetProgress p : first.progress()) {
      assertEquals(0, p.pathLevel().compareTo(Co2e.tonnes("1000")), p::toString);
      assertEquals(TargetStatus.ON_TRACK, p.status(), p::toString);
    }
  }

  /* A level reached before the target year is achieved early; just above the path is at risk. */
  @Test
  void beforeTheTargetYearALevelMetIsAchievedAndThePathDecides() {
    // 2022: p-2025 path 1000 − 300·2/5 = 880; 700 t → ACHIEVED; 880 t → ON_TRACK; 880.1 → AT_RISK
    assertEquals(TargetStatus.ACHIEVED, calc.assess(TARGET, BASELINE,
        List.of(net("i", 2022, "400", "300"))).progress().get(0).status());
    TargetProgress onPath = calc.assess(TARGET, BASELINE, List.of(net("i", 2022, "480", "400")))
        .progress().get(0);
    assertEquals(0, onPath.pathLevel().compareTo(Co2e.tonnes("880")));
    assertEquals(TargetStatus.ON_TRACK, onPath.status());
    assertEquals(TargetStatus.AT_RISK, calc.assess(TARGET, BASELINE,
        List.of(net("i", 2022, "480.1", "400"))).progress().get(0).status());
  }

  @Test
  void aTargetInTheBaselineYearIsAnError() {
    var e = assertThrows(IllegalArgumentException.class, () -> calc.assess(
        TARGET.withPhasedTargets(List.of()).withVisionYear(2020), BASELINE,
        List.of(net("i", 2023, "1", "1"))));
    assertEquals("Target vision year 2020 must be after the baseline year 2020", e.getMessage());
  }

  /* A trend whose last year is already at the level has reached it in that year. */
  @Test
  void aLevelAlreadyMetIsReachedInTheLastObservedYear() {
    Projection p = calc.linearTrend(List.of(single("a", 2021, "1000"),
        single("b", 2022, "700")), 2024, Co2e.tonnes("700"));
    assertEquals(Optional.of(2022), p.yearReached());
    // slope −300: 2023 400, 2024 100
    assertEquals(List.of("400", "100"), plain(p));
    assertEquals(2, p.projected().size());
  }

  @Test
  void aScenarioFromALevelAlreadyMetOrFromAllRenewablePower() {
    // 700 t at the start: the level 700 is reached in the start year
    Projection met = calc.scenario(Scenario.constantReduction("−10 %", "10"),
        inventory("i", 2024, emission("kiln", "p", DIRECT, CO2, "700")), 2026,
        Co2e.tonnes("700"));
    assertEquals(Optional.of(2024), met.yearReached());
    // 10 %: 630, 567
    assertEquals(List.of("630", "567"), plain(met));
    assertEquals(List.of(2025, 2026), met.projected().stream().map(YearValue::year).toList());
    // all power renewable already: nothing left to cut, the net stays 600 t
    Projection green = calc.scenario(Scenario.renewableShare("RE", "100", "10"),
        net("i", 2024, "600", "0"), 2026, Co2e.ZERO);
    assertEquals(List.of("600", "600"), plain(green));
    assertEquals(Optional.empty(), green.yearReached());
    var e = assertThrows(IllegalArgumentException.class, () -> calc.scenario(
        Scenario.constantReduction("x", "10"), net("i", 2024, "1", "1"), 2024, Co2e.ZERO));
    assertEquals("The horizon year 2024 must be after the last year 2024", e.getMessage());
  }
}
