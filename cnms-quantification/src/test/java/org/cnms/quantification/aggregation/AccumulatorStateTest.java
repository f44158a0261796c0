// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.testing.CoreGen;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AccumulatorStateTest {

  private static final ReportingPeriod Y2022 = ReportingPeriod.calendarYear(2022);
  private final Calculator calc = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
      .methodForKey("diesel", FuelCombustionMethod.of("diesel")).build();

  private static final String[][] KINDS = {{ReferenceData.GRID_AVERAGE, "kWh"},
      {ReferenceData.GRID_AVERAGE, "GJ"}, {"diesel", "t"}, {"test.gas-boiler", "TJ"},
      {"test.wood", "kg"}, {"nope.1", "t"}, {"nope.2", "t"}};

  /** Records of every kind of line, with missing factors, ratings and distinct ids. */
  static Gen<List<ActivityRecord>> batches(boolean withMissing) {
    int kinds = withMissing ? KINDS.length : KINDS.length - 2;
    Gen<ActivityRecord> one = in -> {
      int k = Generate.range(0, kinds - 1).generate(in);
      int source = Generate.range(0, 5).generate(in);
      EmissionCategory c = source < 2 ? EmissionCategory.PURCHASED_ENERGY : EmissionCategory.DIRECT;
      ActivityRecord r = record("r", "src-" + source, c, KINDS[k][0],
          AccumulatorStateTest.decimal(in), KINDS[k][1])
          .withFacilityId("plant-" + (source % 3))
          .withObtainedBy(CoreGen.enums(ObtainedBy.class).generate(in));
      return Generate.booleans().generate(in)
          ? r.withDataQuality(DataQualityRating.of(Generate.range(1, 5).generate(in),
              Generate.range(1, 5).generate(in), Generate.range(1, 5).generate(in)))
          : r;
    };
    return CoreGen.lists(one, 0, 80).map(list -> {
      List<ActivityRecord> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(list.get(i).withId("r" + i));
      }
      return out;
    });
  }

  private static String decimal(org.quicktheories.core.RandomnessSource in) {
    return InventoryAccumulatorTest.wideDecimals().generate(in).toPlainString();
  }

  /**
   * The partition law: records split into any number of partitions, each accumulated apart,
   * carried as JSON or Java-serialised state, restored and merged in any order, give the state,
   * the inventory and the missing-factor report of the single pass.
   */
  @Test
  void anySplitMergedInAnyOrderEqualsTheSinglePass() {
    qt().forAll(batches(true), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((recs, seed) -> {
      InventoryAccumulator single = InventoryAccumulator.of(calc);
      recs.forEach(single::add);
      Random random = new Random(seed);
      List<ActivityRecord> shuffled = new ArrayList<>(recs);
      Collections.shuffle(shuffled, random);
      int n = 1 + random.nextInt(7);
      List<AccumulatorState> parts = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        InventoryAccumulator a = InventoryAccumulator.of(calc);
        for (int i = p; i < shuffled.size(); i += n) {
          a.add(shuffled.get(i));
        }
        AccumulatorState s = a.snapshot();
        parts.add(random.nextBoolean() ? AccumulatorState.fromJson(s.toJson()) : javaCopy(s));
      }
      // merge in a random tree: repeatedly merge two random states
      while (parts.size() > 1) {
        AccumulatorState x = parts.remove(random.nextInt(parts.size()));
        AccumulatorState y = parts.remove(random.nextInt(parts.size()));
        parts.add(InventoryAccumulator.restore(calc, x)
            .merge(InventoryAccumulator.restore(calc, y)).snapshot());
      }
      InventoryAccumulator merged = InventoryAccumulator.restore(calc, parts.get(0));
      assertEquals(single.snapshot(), merged.snapshot());
      assertEquals(single.missingFactors(), merged.missingFactors());
      assertEquals(single.recordCount(), merged.recordCount());
      assertEquals(single.dataQuality(), merged.dataQuality());
      if (single.missingFactors().isEmpty()) {
        assertEquals(single.toInventory("i", Y2022), merged.toInventory("i", Y2022));
      } else {
        assertEquals(
            assertThrows(MissingFactorException.class, () -> single.toInventory("i", Y2022))
                .missing(),
            assertThrows(MissingFactorException.class, () -> merged.toInventory("i", Y2022))
                .missing());
      }
    });
  }

  @Test
  void restoringAndAddingMoreIsAddingItAll() {
    qt().forAll(batches(false), Generate.range(0, 80)).checkAssert((recs, cut) -> {
      int c = Math.min(cut, recs.size());
      InventoryAccumulator first = InventoryAccumulator.of(calc);
      recs.subList(0, c).forEach(first::add);
      InventoryAccumulator rest = InventoryAccumulator.restore(calc,
          AccumulatorState.fromJson(first.snapshot().toJson()));
      recs.subList(c, recs.size()).forEach(rest::add);
      assertEquals(InventoryAccumulator.inventory(calc, "i", Y2022, recs.stream()),
          rest.toInventory("i", Y2022));
    });
  }

  /** A worked state: 1000 kWh and 3.6 GJ of grid power, and a missing factor met 12 times. */
  @Test
  void workedState() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    acc.add(record("e1", "grid-1", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "1000", "kWh"));
    acc.add(record("e2", "grid-1", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "3.6", "GJ"));
    for (int i = 12; i >= 1; i--) {
      acc.add(record("m" + i, "x", EmissionCategory.DIRECT, "nope.1", "1", "t"));
    }
    AccumulatorState s = acc.snapshot();
    assertEquals(AccumulatorState.VERSION, s.version());
    assertEquals("AR5", s.gwpSet());
    assertEquals("site-test t1", s.factorLibraryVersion());
    assertEquals(14, s.records());
    assertEquals("2022-03-01", s.earliest());
    assertEquals("2022-03-31", s.latest());
    AccumulatorState.Line co2 = s.lines().stream()
        .filter(l -> l.gas().name().equals("CO2")).findFirst().orElseThrow();
    assertEquals("grid-1", co2.sourceId());
    assertEquals("plant-1", co2.facilityId());
    assertEquals(ObtainedBy.METERED, co2.obtainedBy());
    // the sum is kept apart by denominator: 1000 kWh × 0.5366 t/MWh / 1000 = 0.5366000 exactly
    // (over 1); 3.6 GJ is 3.6 × 2683 / 18000 (GJ to MWh is 5/18), kept as numerator 9658.8 over
    // 18000 until the inventory divides it once
    assertEquals(List.of(new AccumulatorState.Term("1", "0.5366000"),
        new AccumulatorState.Term("18000", "9658.8")), co2.co2e());
    assertEquals(co2.co2e(), co2.gasTonnes());
    MissingFactor m = s.missingFactors().get(0);
    assertEquals(12, m.recordCount());
    // the ten smallest ids, sorted, though the records came from m12 down to m1
    assertEquals(List.of("m1", "m10", "m11", "m12", "m2", "m3", "m4", "m5", "m6", "m7"),
        m.recordIds());
    AccumulatorState back = AccumulatorState.fromJson(s.toJson());
    assertEquals(s, back);
    assertTrue(s.toJson().contains("\"version\" : 1"), s.toJson());
  }

  @Test
  void aStateRestoresOnlyWithTheSameCalculatorFacts() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    acc.add(record("e1", "grid-1", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "1000", "kWh"));
    AccumulatorState s = acc.snapshot();
    Calculator ar6 = Calculator.builder().library(SITE).gwpSet(GwpSet.ar6()).build();
    var e = assertThrows(IllegalArgumentException.class,
        () -> InventoryAccumulator.restore(ar6, s));
    assertTrue(e.getMessage().contains("GWP set AR5"), e.getMessage());
    Calculator scale = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5()).minScale(20)
        .build();
    assertThrows(IllegalArgumentException.class, () -> InventoryAccumulator.restore(scale, s));
    var v = assertThrows(IllegalArgumentException.class, () -> new AccumulatorState(2, "AR5",
        "x", 12, 0, null, null, List.of(), s.ratings(), List.of()));
    assertEquals("Accumulator state version 2 is not supported; this release reads version 1",
        v.getMessage());
  }

  @Test
  void missingFactorSamplesAreTheSmallestIdsWhateverTheOrder() {
    MissingFactor none = new MissingFactor("emission factor", "k", "", "", "why", List.of(), 0);
    MissingFactor a = none;
    MissingFactor b = none;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(String.format("id-%02d", i));
    }
    for (String id : ids) {
      a = a.withRecord(id);
    }
    Collections.shuffle(ids, new Random(7));
    for (String id : ids) {
      b = b.withRecord(id);
    }
    assertEquals(a, b);
    assertEquals(List.of("id-00", "id-01", "id-02", "id-03", "id-04", "id-05", "id-06", "id-07",
        "id-08", "id-09"), a.recordIds());
    assertEquals(60, a.merge(b).recordCount());
    assertEquals(a.recordIds(), a.merge(b).recordIds());
  }

  @SuppressWarnings("unchecked")
  private static <T> T javaCopy(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
