// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation.internal;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.ActivityMethod;
import org.cnms.quantification.method.DirectMeasurementMethod;
import org.cnms.quantification.method.EmissionFactorMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The per-accumulator recipe cache: what is one key, what is another, and how misses count. */
class RecipeCacheTest {

  private static final ActivityMethod BY_KEY = EmissionFactorMethod.byActivityKey();
  private static final ActivityMethod MEASURED = DirectMeasurementMethod.of(GreenhouseGas.CO2);

  /** A recipe source that records every recipe it prepares. */
  private static final class Counting implements RecipeSource {
    private final Map<String, ActivityMethod> bySource;
    final List<String> prepared = new ArrayList<>();

    Counting(Map<String, ActivityMethod> bySource) {
      this.bySource = bySource;
    }

    @Override
    public Recipe recipe(ActivityRecord record, ActivityMethod method) {
      prepared.add(record.id() + ":" + method.name());
      return new Recipe(method, List.of(), List.of(), 12);
    }

    @Override
    public ActivityMethod methodFor(ActivityRecord record) {
      return bySource.getOrDefault(record.sourceId(), BY_KEY);
    }

    @Override
    public boolean hasMethodsBySource() {
      return !bySource.isEmpty();
    }
  }

  private static ActivityRecord grid(String id) {
    return record(id, "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "10", "MWh");
  }

  @Test
  void equalKeysHitAndEachDifferingPartMisses() {
    Counting source = new Counting(Map.of());
    RecipeCache cache = new RecipeCache(source);
    Recipe first = cache.recipe(grid("r-1"));
    assertEquals(1, cache.misses());
    // the same key from other instances: another record id and amount, a key string and a
    // period that are equal but not the same objects
    ActivityRecord same = grid("r-2").withActivityKey(new String(ReferenceData.GRID_AVERAGE))
        .withPeriod(ReportingPeriod.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)));
    assertSame(first, cache.recipe(same));
    assertSame(first, cache.recipe(grid("r-3").withAmount(
        org.cnms.core.units.Amount.of("99.5", "MWh"))));
    assertEquals(1, cache.misses());
    assertEquals(List.of("r-1:emission-factor"), source.prepared);

    Recipe kwh = cache.recipe(grid("u").withAmount(org.cnms.core.units.Amount.of("10", "kWh")));
    Recipe key = cache.recipe(grid("k").withActivityKey("test.spend"));
    Recipe region = cache.recipe(grid("g").withRegion("CN-east"));
    Recipe period = cache.recipe(grid("p").withPeriod(ReportingPeriod.calendarYear(2022)));
    assertEquals(5, cache.misses());
    for (Recipe r : List.of(kwh, key, region, period)) {
      assertNotSame(first, r);
    }
    // each of them is cached under its own key; a region equal but not the same string hits
    assertSame(region, cache.recipe(grid("g2").withRegion(new String("CN-east"))));
    assertSame(period, cache.recipe(grid("p2").withPeriod(ReportingPeriod.calendarYear(2022))));
    assertSame(key, cache.recipe(grid("k2").withActivityKey("test.spend")));
    assertEquals(5, cache.misses());
    assertEquals(List.of("r-1:emission-factor", "u:emission-factor", "k:emission-factor",
        "g:emission-factor", "p:emission-factor"), source.prepared);
  }

  @Test
  void withMethodsBySourceTheMethodIsPartOfTheKey() {
    Counting source = new Counting(Map.of("stack", MEASURED));
    RecipeCache cache = new RecipeCache(source);
    Recipe byKey = cache.recipe(grid("a"));
    Recipe measured = cache.recipe(grid("b").withSourceId("stack"));
    assertSame(BY_KEY, byKey.method());
    assertSame(MEASURED, measured.method());
    assertSame(measured, cache.recipe(grid("c").withSourceId("stack")));
    assertSame(byKey, cache.recipe(grid("d").withSourceId("other")));
    assertEquals(2, cache.misses());
    assertEquals(List.of("a:emission-factor", "b:" + MEASURED.name()), source.prepared);
  }

  @Test
  void aCalculatorSaysWhetherSourcesHaveMethodsOfTheirOwn() {
    Calculator plain = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5()).build();
    ActivityMethod named = EmissionFactorMethod.withKey(ReferenceData.GRID_AVERAGE);
    Calculator bySource = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
        .methodForSource("stack", named).build();
    assertFalse(RecipeSource.of(plain).hasMethodsBySource());
    assertTrue(RecipeSource.of(bySource).hasMethodsBySource());
    // and the cache in front of it keeps the two sources' recipes apart
    RecipeCache cache = new RecipeCache(RecipeSource.of(bySource));
    assertEquals(BY_KEY, cache.recipe(grid("a")).method());
    assertEquals(named, cache.recipe(grid("b").withSourceId("stack")).method());
    assertEquals(BY_KEY, cache.recipe(grid("c").withSourceId("other")).method());
    assertEquals(2, cache.misses());
  }
}
