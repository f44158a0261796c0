// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.baseline;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.performance.RecalculationPolicy;
import org.cnms.core.performance.RecalculationTrigger;
import org.cnms.quantification.testing.InventoryFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BaselineRoundTripTest {

  static Gen<BaselineDefinition> definitions() {
    return in -> BaselineDefinition.builder()
        .id("bl-" + Generate.range(0, 99).generate(in))
        .selectionCriteria(Generate.pick(List.of("首个完整年度", "first full year")).generate(in))
        .establishedOn(LocalDate.ofEpochDay(Generate.range(10_000, 30_000).generate(in)))
        .recalculationPolicy(Generate.booleans().generate(in)
            ? Optional.of(RecalculationPolicy.builder()
                .significanceThresholdPercent(BigDecimal.valueOf(
                    Generate.range(1, 10_000).generate(in), 2))
                .addTrigger(Generate.enumValues(RecalculationTrigger.class).generate(in)).build())
            : Optional.empty())
        .build();
  }

  /** Changes with effects on C1 and C2 that sum to the emissions effect. */
  static Gen<BaselineChange> changes() {
    return in -> {
      BigDecimal c1 = BigDecimal.valueOf(Generate.range(-500_000, 500_000).generate(in), 2);
      BigDecimal c2 = BigDecimal.valueOf(Generate.range(-500_000, 500_000).generate(in), 1);
      return BaselineChange.builder()
          .recalculationId("rc-" + Generate.range(0, 99).generate(in))
          .restatedBaselineId("bl-new-" + Generate.range(0, 99).generate(in))
          .trigger(Generate.enumValues(RecalculationTrigger.class).generate(in))
          .description("change")
          .emissionsEffect(Co2e.tonnes(c1.add(c2)))
          .removalsEffect(Co2e.tonnes(BigDecimal.valueOf(Generate.range(0, 99).generate(in))))
          .putCategoryEffect(EmissionCategory.DIRECT, Co2e.tonnes(c1))
          .putCategoryEffect(EmissionCategory.PURCHASED_ENERGY, Co2e.tonnes(c2))
          .decidedOn(LocalDate.ofEpochDay(Generate.range(10_000, 30_000).generate(in)))
          .build();
    };
  }

  @Test
  void definitionsRoundTrip() {
    qt().withExamples(200).forAll(definitions())
        .checkAssert(x -> assertRoundTrips(x, BaselineDefinition.class));
  }

  @Test
  void changesRoundTrip() {
    qt().withExamples(200).forAll(changes())
        .checkAssert(x -> assertRoundTrips(x, BaselineChange.class));
  }

  /* Outcomes made by the calculator, with and without a restated baseline. */
  @Test
  void outcomesRoundTrip() {
    BaselineCalculator calc = BaselineCalculator.withDefaultRounding();
    java.util.concurrent.atomic.AtomicInteger restated =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
    // a fixed seed: the coverage check below (both outcomes seen) must not depend on chance
    qt().withFixedSeed(20260331L).withExamples(200).forAll(definitions(),
        InventoryFixtures.inventories(2020, 5), changes()).assuming((d, inv, c) -> !inv.totalEmissions().isZero())
        .checkAssert((d, inv, c) -> {
          java.util.Map<EmissionCategory, Co2e> byCategory = inv.emissionsByCategory();
          BaselineChange fitting = c.withCategoryEffects(java.util.Map.of(
              byCategory.keySet().iterator().next(), c.emissionsEffect()));
          try {
            RecalculationOutcome o = calc.examine(calc.fromBaseYear(d, inv), fitting);
            assertRoundTrips(o, RecalculationOutcome.class);
            (o.restatedBaseline().isPresent() ? restated : kept).incrementAndGet();
          } catch (IllegalArgumentException negative) {
            // the effect would make a figure negative: not a value to round-trip
          }
        });
    org.junit.jupiter.api.Assertions.assertTrue(restated.get() > 0 && kept.get() > 0,
        () -> "restated " + restated + ", kept " + kept);
  }
}
