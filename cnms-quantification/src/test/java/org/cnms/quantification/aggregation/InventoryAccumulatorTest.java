// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.testing.CoreGen;
import org.cnms.core.units.Amount;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.internal.Recipe;
import org.cnms.quantification.calculation.internal.RecipeSource;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class InventoryAccumulatorTest {

  private final Calculator calc = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
      .methodForKey("diesel", FuelCombustionMethod.of("diesel")).build();
  private static final ReportingPeriod Y2022 = ReportingPeriod.calendarYear(2022);

  @Test
  void workedInventory() {
    List<ActivityRecord> records = List.of(
        // 1000 kWh = 1 MWh × 0.5366 = 0.5366 t
        record("e1", "grid-1", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
            "1000", "kWh"),
        // 2 MWh × 0.5366 = 1.0732 t
        record("e2", "grid-1", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
            "2", "MWh").withObtainedBy(ObtainedBy.ESTIMATED),
        // 100 TJ gas: CH4 0.1 t → 2.8 tCO2e, N2O 0.01 t → 2.65 tCO2e (AR5)
        record("g1", "boiler", EmissionCategory.DIRECT, "test.gas-boiler", "100", "TJ")
            .withDataQuality(DataQualityRating.of(1, 2, 3)),
        // removal 10 ha × 5.5 = 55 t; biogenic 2 t wood × 1.5 = 3 t
        record("f1", "forest", EmissionCategory.DIRECT, "test.forest", "10", "ha"),
        record("w1", "stove", EmissionCategory.DIRECT, "test.wood", "2", "t"));
    Calculator withRemoval = Calculator.builder().library(SITE).gwpSet(GwpSet.ar5())
        .methodForSource("forest", org.cnms.quantification.method.RemovalMethod.byActivityKey())
        .build();
    InventoryAccumulator acc = InventoryAccumulator.of(withRemoval);
    records.forEach(acc::add);
    GhgInventory inv = acc.toInventory("inv-2022", Y2022);
    // emissions 0.5366 + 1.0732 + 2.8 + 2.65 = 7.0598
    assertEquals(0, new BigDecimal("7.0598").compareTo(inv.totalEmissions().tonnes()));
    assertEquals(0, new BigDecimal("55").compareTo(inv.totalRemovals().tonnes()));
    assertEquals(0, new BigDecimal("3").compareTo(inv.biogenicCo2().tonnes()));
    assertEquals("AR5", inv.gwpSet());
    assertEquals("site-test t1", inv.factorLibraryVersion().get());
    assertEquals(List.of("boiler", "forest", "grid-1", "stove"),
        inv.lines().stream().map(l -> l.sourceId()).distinct().toList());
    assertEquals(0, new BigDecimal("1.6098").compareTo(
        inv.emissionsByCategory().get(EmissionCategory.PURCHASED_ENERGY).tonnes()));
    assertEquals(0, new BigDecimal("2.8").compareTo(
        inv.emissionsByGas().get(GreenhouseGas.CH4).tonnes()));
    DataQualitySummary dq = acc.dataQuality();
    // measured: 0.5366 + 5.45 = 5.9866 of 7.0598; estimated 1.0732
    assertEquals(0, new BigDecimal("5.9866").compareTo(dq.measuredEmissions().tonnes()));
    assertEquals(0, new BigDecimal("1.0732").compareTo(
        dq.emissionsByObtainedBy().get(ObtainedBy.ESTIMATED).tonnes()));
    // 5.9866 / 7.0598 = 0.84798… (4 significant digits: 0.8480)
    assertEquals(new BigDecimal("0.8480"), dq.measuredShare(new MathContext(4)).get());
    // only the boiler is rated: its 5.45 t weigh 1, 2, 3
    assertEquals(0, new BigDecimal("5.45").compareTo(dq.ratedEmissions().tonnes()));
    assertEquals(0, new BigDecimal("2").compareTo(dq.meanTemporal(MathContext.DECIMAL64).get()));
    assertRoundTrips(dq, DataQualitySummary.class);
    assertRoundTrips(inv, GhgInventory.class);
  }

  private static final String[][] KINDS = {{ReferenceData.GRID_AVERAGE, "kWh"},
      {ReferenceData.GRID_AVERAGE, "MWh"}, {ReferenceData.GRID_AVERAGE, "GJ"},
      {"diesel", "t"}, {"test.gas-boiler", "TJ"}, {"test.wood", "kg"}};

  static Gen<List<ActivityRecord>> batches() {
    Gen<ActivityRecord> one = in -> {
      int k = Generate.range(0, KINDS.length - 1).generate(in);
      int source = Generate.range(0, 5).generate(in);
      EmissionCategory c = source < 2 ? EmissionCategory.PURCHASED_ENERGY : EmissionCategory.DIRECT;
      return record("r", "src-" + source, c, KINDS[k][0],
          CoreGen.decimals().generate(in).toPlainString(), KINDS[k][1])
          .withFacilityId("plant-" + (source % 3))
          .withObtainedBy(CoreGen.enums(ObtainedBy.class).generate(in));
    };
    return CoreGen.lists(one, 0, 60);
  }

  @Test
  void totalsDoNotDependOnOrderOrPartitioning() {
    qt().forAll(batches(), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((records, seed) -> {
      GhgInventory sequential = InventoryAccumulator.inventory(calc, "i", Y2022, records.stream());
      List<ActivityRecord> shuffled = new ArrayList<>(records);
      Random random = new Random(seed);
      Collections.shuffle(shuffled, random);
      GhgInventory reordered = InventoryAccumulator.inventory(calc, "i", Y2022, shuffled.stream());
      GhgInventory parallel = InventoryAccumulator.inventory(calc, "i", Y2022,
          shuffled.parallelStream());
      int cut1 = records.isEmpty() ? 0 : random.nextInt(records.size() + 1);
      int cut2 = cut1 + (records.size() == cut1 ? 0 : random.nextInt(records.size() - cut1 + 1));
      InventoryAccumulator a = InventoryAccumulator.of(calc);
      InventoryAccumulator b = InventoryAccumulator.of(calc);
      InventoryAccumulator c = InventoryAccumulator.of(calc);
      shuffled.subList(0, cut1).forEach(a::add);
      shuffled.subList(cut1, cut2).forEach(b::add);
      shuffled.subList(cut2, shuffled.size()).forEach(c::add);
      GhgInventory leftFirst = InventoryAccumulator.of(calc).merge(a).merge(b).merge(c)
          .toInventory("i", Y2022);
      assertEquals(sequential, reordered);
      assertEquals(sequential, parallel);
      assertEquals(sequential, leftFirst);
      assertEquals(sequential, c.merge(b.merge(a)).toInventory("i", Y2022));
    });
  }

  /**
   * Amounts that exercise every path of the accumulator's exact sums: compact digits (up to 18)
   * whose products with the numerators fit a long, 18-digit amounts whose products or sums
   * overflow it, amounts of 19 to 30 digits, and scales 0–24 so that sums are rescaled.
   */
  static Gen<BigDecimal> wideDecimals() {
    Gen<BigInteger> digits = Generate.pick(List.of(0, 1, 2, 3)).flatMap(kind -> switch (kind) {
      case 0 -> Generate.longRange(0, 999_999).map(BigInteger::valueOf);
      case 1 -> Generate.longRange(900_000_000_000_000_000L, 999_999_999_999_999_999L)
          .map(BigInteger::valueOf);
      case 2 -> Generate.longRange(0, Long.MAX_VALUE).map(BigInteger::valueOf);
      default -> Generate.longRange(0, Long.MAX_VALUE).zip(Generate.longRange(0, 999_999_999_999L),
          (hi, lo) -> BigInteger.valueOf(hi).multiply(BigInteger.TEN.pow(12))
              .add(BigInteger.valueOf(lo)));
    });
    return digits.zip(Generate.range(0, 24), BigDecimal::new);
  }

  /**
   * The accumulator sums in longs where the digits fit and in BigDecimal where they do not; either
   * way every line is exactly the BigDecimal sum of its numerator products, divided once per
   * denominator — the same value and the same scale.
   */
  @Test
  void exactSumsDoNotDependOnTheSizeOfTheDigits() {
    Gen<ActivityRecord> one = in -> {
      int k = Generate.range(0, KINDS.length - 1).generate(in);
      int source = Generate.range(0, 2).generate(in);
      EmissionCategory c = k < 3 ? EmissionCategory.PURCHASED_ENERGY : EmissionCategory.DIRECT;
      return record("r", "src-" + source + "-" + k, c, KINDS[k][0],
          wideDecimals().generate(in).toPlainString(), KINDS[k][1]);
    };
    qt().forAll(CoreGen.lists(one, 1, 40)).checkAssert(records -> {
      Map<String, Map<BigInteger, BigDecimal[]>> sums = new TreeMap<>();
      for (ActivityRecord r : records) {
        Recipe recipe = RecipeSource.of(calc).recipe(r, calc.methodFor(r));
        BigDecimal amount = r.amount().value();
        for (int i = 0; i < recipe.size(); i++) {
          String line = r.sourceId() + "/" + recipe.gas(i) + "/" + recipe.kind(i);
          Map<BigInteger, BigDecimal[]> byDenominator = sums.computeIfAbsent(line,
              l -> new LinkedHashMap<>());
          add(byDenominator, recipe.gasDenominator(i), 0, recipe.gasNumerator(i, amount));
          add(byDenominator, recipe.co2eDenominator(i), 1, recipe.co2eNumerator(i, amount));
        }
      }
      Map<String, BigDecimal[]> expected = new TreeMap<>();
      sums.forEach((line, byDenominator) -> {
        BigDecimal[] total = new BigDecimal[2];
        byDenominator.forEach((d, s) -> {
          for (int j = 0; j < 2; j++) {
            if (s[j] != null) {
              BigDecimal q = Recipe.divide(s[j], d, calc.minScale());
              total[j] = total[j] == null ? q : total[j].add(q);
            }
          }
        });
        expected.put(line, total);
      });
      GhgInventory inv = InventoryAccumulator.inventory(calc, "i", Y2022, records.stream());
      Map<String, BigDecimal[]> actual = new TreeMap<>();
      inv.lines().forEach(l -> actual.put(l.sourceId() + "/" + l.gas() + "/" + l.kind(),
          new BigDecimal[] {l.gasTonnes(), l.co2e().tonnes()}));
      assertEquals(expected.keySet(), actual.keySet());
      expected.forEach((line, e) -> {
        // equals, not compareTo: the scale must be the BigDecimal sum's too
        assertEquals(e[0], actual.get(line)[0], line + " gas");
        assertEquals(e[1], actual.get(line)[1], line + " CO2e");
      });
    });
  }

  private static void add(Map<BigInteger, BigDecimal[]> byDenominator, BigInteger denominator,
      int j, BigDecimal product) {
    BigDecimal[] s = byDenominator.computeIfAbsent(denominator, d -> new BigDecimal[2]);
    s[j] = s[j] == null ? product : s[j].add(product);
  }

  /** Hand-computed: sums that overflow a long, and an amount of 20 digits, stay exact. */
  @Test
  void sumsBeyondALongStayExact() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    // 999999999999999999 MWh (18 digits), three times: the product with the factor's digits
    // (5366 × 10^-4) does not fit a long
    for (int i = 0; i < 3; i++) {
      acc.add(record("e" + i, "grid", EmissionCategory.PURCHASED_ENERGY,
          ReferenceData.GRID_AVERAGE, "999999999999999999", "MWh"));
    }
    // 20 digits: 12345678901234567890.5 MWh
    acc.add(record("e3", "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "12345678901234567890.5", "MWh"));
    // (3 × 999999999999999999 + 12345678901234567890.5) × 0.5366
    // = 15345678901234567887.5 × 0.5366 = 8234491298402469128.43250
    assertEquals(new BigDecimal("8234491298402469128.43250"),
        acc.toInventory("i", Y2022).totalEmissions().tonnes());
    // an amount of scale 2,000,000 takes the decimal path: 10^-2000000 × 0.5366 adds 5366 at
    // scale 2,000,004 (an amount built from a BigDecimal: text is limited to 1000 decimals)
    acc.add(record("e4", "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "1", "MWh").withAmount(Amount.of(new BigDecimal("1E-2000000"),
            UnitRegistry.standard().parse("MWh"))));
    BigDecimal total = acc.toInventory("i", Y2022).totalEmissions().tonnes();
    assertEquals(2_000_004, total.scale());
    assertEquals(0, new BigDecimal("8234491298402469128.43250")
        .add(new BigDecimal("5366E-2000004")).compareTo(total));
  }

  @Test
  void missingFactorsOfAStreamAreReportedTogether() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    acc.add(record("a", "x", EmissionCategory.DIRECT, "nope.1", "1", "t"));
    acc.add(record("b", "x", EmissionCategory.DIRECT, "nope.2", "1", "t"));
    acc.add(record("c", "x", EmissionCategory.DIRECT, "nope.1", "1", "t"));
    acc.add(record("d", "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        "1", "MWh"));
    var e = assertThrows(MissingFactorException.class, () -> acc.toInventory("i", Y2022));
    assertEquals(2, e.missing().size());
    assertEquals(List.of("a", "c"), e.missing().get(0).recordIds());
    assertEquals(4, acc.recordCount());
  }

  /** A record of {@code amount} MWh of grid power for source {@code grid}, in plant-1. */
  private static ActivityRecord grid(String id, String amount) {
    return record(id, "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
        amount, "MWh");
  }

  /** Asserts that {@code e} refuses {@code by} for naming facility plant-9 for source grid. */
  private static void assertOneFacility(String by, IllegalArgumentException e) {
    assertEquals("Source grid is recorded in facility plant-1 and, by " + by
        + ", in facility plant-9; a source sits in one facility", e.getMessage());
  }

  @Test
  void aSourceSitsInOneFacilityWhateverHowItsDataWereObtained() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    acc.add(grid("a", "1"));
    // another way of obtaining the data is another bucket of the source: still one facility
    assertOneFacility("b", assertThrows(IllegalArgumentException.class, () -> acc.add(
        grid("b", "1").withObtainedBy(ObtainedBy.INVOICED).withFacilityId("plant-9"))));
    // the record refused is neither counted nor in the span of the activity data
    assertEquals(1, acc.recordCount());
    var later = grid("c", "1").withObtainedBy(ObtainedBy.INVOICED)
        .withPeriod(ReportingPeriod.of(java.time.LocalDate.of(2022, 4, 1),
            java.time.LocalDate.of(2022, 4, 30)));
    assertOneFacility("c", assertThrows(IllegalArgumentException.class,
        () -> acc.add(later.withFacilityId("plant-9"))));
    var p = assertThrows(IllegalArgumentException.class,
        () -> acc.toInventory("i", ReportingPeriod.calendarYear(2023)));
    assertEquals("Inventory i covers 2023, but its activity data span 2022-03-01 to 2022-03-31",
        p.getMessage());
    acc.add(later);
    assertEquals(2, acc.recordCount());
  }

  @Test
  void aMergeOfASourceInAnotherFacilityIsRefusedAndChangesNothing() {
    InventoryAccumulator mine = InventoryAccumulator.of(calc);
    mine.add(grid("a", "1"));
    GhgInventory before = mine.toInventory("i", Y2022);
    InventoryAccumulator theirs = InventoryAccumulator.of(calc);
    theirs.add(grid("b", "2").withFacilityId("plant-9"));
    assertOneFacility("merge", assertThrows(IllegalArgumentException.class,
        () -> mine.merge(theirs)));
    assertEquals(before, mine.toInventory("i", Y2022));
    assertEquals(1, mine.recordCount());
  }

  @Test
  void aSourceSitsInOneFacilityAndRecordsInThePeriod() {
    InventoryAccumulator acc = InventoryAccumulator.of(calc);
    acc.add(grid("a", "1"));
    assertOneFacility("b", assertThrows(IllegalArgumentException.class,
        () -> acc.add(grid("b", "1").withFacilityId("plant-9"))));
    var p = assertThrows(IllegalArgumentException.class,
        () -> acc.toInventory("i", ReportingPeriod.calendarYear(2023)));
    assertEquals("Inventory i covers 2023, but its activity data span 2022-03-01 to 2022-03-31",
        p.getMessage());
    assertEquals(Map.of(), InventoryAccumulator.of(calc).toInventory("e", Y2022)
        .emissionsByFacility());
    assertEquals(Co2e.ZERO, InventoryAccumulator.of(calc).toInventory("e", Y2022).totalEmissions());
  }
}
