// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.progress;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.testing.InventoryFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ProgressRoundTripTest {

  static Gen<Scenario> scenarios() {
    return in -> Scenario.builder()
        .name(Generate.pick(List.of("可再生 +10/年", "RE +10/yr", "−4 %/yr")).generate(in))
        .kind(Generate.enumValues(ScenarioKind.class).generate(in))
        .ratePercent(BigDecimal.valueOf(Generate.range(1, 10_000).generate(in), 2))
        .initialRenewableShare(BigDecimal.valueOf(Generate.range(0, 100).generate(in)))
        .build();
  }

  @Test
  void scenariosRoundTrip() {
    qt().withExamples(200).forAll(scenarios())
        .checkAssert(x -> assertRoundTrips(x, Scenario.class));
  }

  /* Trend projections and scenario projections made by the calculator. */
  @Test
  void projectionsRoundTrip() {
    ProgressCalculator calc = ProgressCalculator.withDefaultRounding();
    qt().withExamples(100).forAll(InventoryFixtures.inventories(2021, 4),
        InventoryFixtures.inventories(2022, 4), scenarios(), Generate.range(2023, 2040))
        .checkAssert((a, b, s, horizon) -> {
          List<GhgInventory> two = List.of(a, b.withId("inv-b"));
          assertRoundTrips(calc.linearTrend(two, horizon, Co2e.ZERO), Projection.class);
          assertRoundTrips(calc.scenario(s, b, horizon, Co2e.tonnes("100")), Projection.class);
        });
  }

  @Test
  void reportsRoundTrip() {
    ProgressCalculator calc = ProgressCalculator.withDefaultRounding();
    qt().withExamples(100).forAll(InventoryFixtures.inventories(2023, 5)).checkAssert(inv -> {
      ProgressReport r = calc.assess(ProgressCalculatorTest.TARGET,
          ProgressCalculatorTest.BASELINE, List.of(inv));
      assertRoundTrips(r, ProgressReport.class);
      assertRoundTrips(r.progress().get(0), TargetProgress.class);
    });
  }
}
