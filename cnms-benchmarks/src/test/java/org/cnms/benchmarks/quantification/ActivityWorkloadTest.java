// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.quantification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnms.benchmarks.quantification.ActivityWorkload.Factors;
import org.cnms.benchmarks.quantification.ActivityWorkload.Group;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.junit.jupiter.api.Test;

class ActivityWorkloadTest {

  private static final long SEED = QuantificationBenchmark.SEED;
  private final Calculator calc = ActivityWorkload.calculator();
  private final Factors factors = ActivityWorkload.factors();

  @Test
  void recordsArePureFunctionsOfSeedAndIndex() {
    List<ActivityRecord> list = ActivityWorkload.records(SEED, 1000);
    assertEquals(list, ActivityWorkload.stream(SEED, 1000).collect(Collectors.toList()));
    assertEquals(list.get(999), ActivityWorkload.record(SEED, 999));
    Set<String> units = list.stream().map(r -> r.activityKey() + " " + r.amount().unit().code())
        .collect(Collectors.toSet());
    assertEquals(Set.of("electricity.grid.mee-nbs-average kWh",
        "electricity.grid.mee-nbs-average MWh", "diesel t", "natural-gas 1e4Nm3",
        "refrigerant.hfc-134a kg", "refrigerant.r-410a kg"), units);
    assertEquals(Set.of(EmissionCategory.DIRECT, EmissionCategory.PURCHASED_ENERGY,
        EmissionCategory.TRANSPORTATION),
        list.stream().map(ActivityRecord::category).collect(Collectors.toSet()));
    assertEquals(6, list.stream().map(ActivityRecord::facilityId).distinct().count());
  }

  @Test
  void engineAndBigDecimalLoopGiveTheSameTotalsInEveryGroup() {
    List<ActivityRecord> list = ActivityWorkload.records(SEED, 20_000);
    GhgInventory inv = InventoryAccumulator.inventory(calc, "i", ActivityWorkload.YEAR,
        list.stream());
    Map<Group, BigDecimal[]> engine = ActivityWorkload.breakdown(inv);
    Map<Group, BigDecimal[]> loop = ActivityWorkload.bigDecimalLoop(factors, list);
    assertEquals(List.of(), ActivityWorkload.differences(engine, loop));
    // R-410A splits into HFC-32 and HFC-125 lines
    assertTrue(engine.keySet().stream().anyMatch(g -> g.gas() == GreenhouseGas.HFC_32));
    assertEquals(0, ActivityWorkload.totalCo2e(engine).compareTo(inv.totalEmissions().tonnes()));
    GhgInventory parallel = InventoryAccumulator.inventory(calc, "i", ActivityWorkload.YEAR,
        ActivityWorkload.stream(SEED, 20_000).parallel());
    assertEquals(inv, parallel);
  }

  @Test
  void aLoopThatDiffersIsCaught() {
    List<ActivityRecord> list = ActivityWorkload.records(SEED, 100);
    Map<Group, BigDecimal[]> loop = ActivityWorkload.bigDecimalLoop(factors, list);
    Map<Group, BigDecimal[]> changed = ActivityWorkload.bigDecimalLoop(factors, list);
    BigDecimal[] first = changed.values().iterator().next();
    first[1] = first[1].add(new BigDecimal("1E-12"));
    assertEquals(1, ActivityWorkload.differences(loop, changed).size());
  }

  @Test
  void workedRecordOfDiesel() {
    ActivityRecord r = ActivityWorkload.records(SEED, 200).stream()
        .filter(x -> x.activityKey().equals("diesel")).findFirst().orElseThrow();
    BigDecimal t = r.amount().value();
    // 42.652 GJ/t × 0.001 TJ/GJ × 20.2 tC/TJ × 0.98 × 44/12 = 0.844338992 × 11 / 3
    // = 9.287728912 / 3 = 3.0959096373… tCO2 per t; amounts in t have 3 decimals, so the
    // quotient is rounded to 3 + 9 = 12 decimals, half-even (once per line: here one record)
    BigDecimal expected = t.multiply(new BigDecimal("42.652")).multiply(new BigDecimal("0.001"))
        .multiply(new BigDecimal("20.2")).multiply(new BigDecimal("0.98"))
        .multiply(new BigDecimal("11"))
        .divide(new BigDecimal("3"), 12, java.math.RoundingMode.HALF_EVEN);
    BigDecimal[] sums = ActivityWorkload.bigDecimalLoop(factors, List.of(r)).values().iterator()
        .next();
    assertEquals(0, expected.compareTo(sums[1]));
    assertEquals(0, expected.compareTo(InventoryAccumulator.inventory(calc, "i",
        ActivityWorkload.YEAR, List.of(r).stream()).totalEmissions().tonnes()));
  }

  @Test
  void bulkTotalsDivideOncePerLine() {
    ActivityRecord r = ActivityWorkload.records(SEED, 200).stream()
        .filter(x -> x.activityKey().equals("diesel")).findFirst().orElseThrow();
    Amount oneTonne = Amount.of(new BigDecimal("1.000"), r.amount().unit());
    List<ActivityRecord> two = List.of(r.withId("d1").withAmount(oneTonne),
        r.withId("d2").withAmount(oneTonne).withObtainedBy(ObtainedBy.ESTIMATED));
    // per record: 1.000 × 9.287728912 / 3 = 3.095909637333|33… → 3.095909637333 (12 decimals),
    // twice: 6.191819274666; the accumulator divides the line's exact sum once, even across
    // ways of obtaining data: 18.575457824 / 3 = 6.191819274666|66… → 6.191819274667
    BigDecimal perRecord = two.stream().map(x -> calc.calculate(x).emissions().tonnes())
        .reduce(BigDecimal::add).orElseThrow();
    assertEquals(0, new BigDecimal("6.191819274666").compareTo(perRecord));
    BigDecimal bulk = InventoryAccumulator.inventory(calc, "i", ActivityWorkload.YEAR,
        two.stream()).totalEmissions().tonnes();
    assertEquals(0, new BigDecimal("6.191819274667").compareTo(bulk));
    assertEquals(0, bulk.compareTo(
        ActivityWorkload.bigDecimalLoop(factors, two).values().iterator().next()[1]));
    InventoryAccumulator a = InventoryAccumulator.of(calc).add(two.get(0));
    InventoryAccumulator b = InventoryAccumulator.of(calc).add(two.get(1));
    assertEquals(0, bulk.compareTo(a.merge(b).emissionsSoFar().orElseThrow().tonnes()));
  }
}
