// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.cnms.core.Problem;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityImport;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.aggregation.AccumulatorState;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local mode against the single-JVM engine: equal inventories, equal reports. */
class SparkInventoriesTest {

  private static final int ROWS = Integer.getInteger("cnms.spark.rows", 1_000_000);
  private static final ReportingPeriod Y2022 = ReportingPeriod.calendarYear(2022);
  private static final Calculator CALC = Calculator.builder()
      .library(ReferenceData.chinaFactorLibrary()).gwpSet(GwpSet.ar5())
      .methodForKey("diesel", FuelCombustionMethod.of("diesel"))
      .methodForKey("natural-gas", FuelCombustionMethod.of("natural-gas")).build();
  private static final InventoryGrouping GROUPING = new InventoryGrouping("beta",
      Map.of("F-0", "acme", "F-1", "acme"), false);
  private static final String[] UNITS = {"kWh", "MWh", "GJ"};
  private static final ObtainedBy[] OBTAINED = ObtainedBy.values();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("cnms-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /**
   * Record {@code i} of a generated year: 24 sources in 4 facilities, grid power in kWh, MWh and
   * GJ (multipliers 5/18 that do not terminate), diesel and natural gas by fuel combustion (44/12),
   * amounts of 0 to 3 decimals, monthly periods, every way of obtaining, every fifth rated.
   */
  static ActivityRecord generated(long i) {
    int s = (int) (i % 24);
    long m = (i * 2_654_435_761L) % 1_000_000;
    String key;
    String unit;
    EmissionCategory category;
    if (s < 8) {
      key = ReferenceData.GRID_AVERAGE;
      unit = UNITS[(int) ((i / 24) % 3)];
      category = EmissionCategory.PURCHASED_ENERGY;
    } else if (s < 16) {
      key = "diesel";
      unit = "t";
      category = EmissionCategory.DIRECT;
    } else {
      key = "natural-gas";
      unit = "1e4Nm3";
      category = EmissionCategory.DIRECT;
    }
    int month = (int) ((i / 7) % 12) + 1;
    LocalDate start = LocalDate.of(2022, month, 1);
    ActivityRecord.Builder b = ActivityRecord.builder().id("r" + i).sourceId("S-" + s)
        .facilityId("F-" + (s % 4)).category(category).activityKey(key)
        .amount(Amount.of(BigDecimal.valueOf(m, (int) (i % 4)).toPlainString(), unit))
        .period(ReportingPeriod.of(start, start.withDayOfMonth(start.lengthOfMonth())))
        .obtainedBy(OBTAINED[(int) ((i / 3) % OBTAINED.length)]);
    if (i % 5 == 0) {
      b.dataQuality(DataQualityRating.of(1 + (int) (i % 3), 2, 1 + (int) (i % 4) / 2));
    }
    return b.build();
  }

  private static Dataset<ActivityRow> generatedRows(int partitions) {
    return spark.range(0, ROWS, 1, partitions).map(
        (MapFunction<Long, ActivityRow>) i -> ActivityRow.of(generated(i), "generated", i),
        Encoders.bean(ActivityRow.class));
  }

  /** The single-JVM inventories of the same records, one accumulator per key. */
  private static Map<InventoryKey, InventoryAccumulator> singleJvm(Stream<ActivityRecord> records,
      InventoryGrouping grouping) {
    Map<InventoryKey, InventoryAccumulator> byKey = new TreeMap<>();
    records.forEach(r -> byKey.computeIfAbsent(grouping.key(ActivityRow.of(r, "", 0)),
        k -> InventoryAccumulator.of(CALC)).add(r));
    return byKey;
  }

  @Test
  void aMillionRowsInAnyPartitioningGiveTheSingleJvmInventories() {
    Map<InventoryKey, InventoryAccumulator> single = singleJvm(
        LongStream.range(0, ROWS).mapToObj(SparkInventoriesTest::generated), GROUPING);
    Map<InventoryKey, GhgInventory> expected = new TreeMap<>();
    Map<InventoryKey, AccumulatorState> expectedStates = new TreeMap<>();
    single.forEach((k, acc) -> {
      expected.put(k, acc.toInventory(k.inventoryId(), Y2022));
      expectedStates.put(k, acc.snapshot());
    });
    assertEquals(List.of(new InventoryKey("acme", 2022, null),
        new InventoryKey("beta", 2022, null)), List.copyOf(expected.keySet()));
    assertEquals(ROWS, expectedStates.values().stream().mapToLong(AccumulatorState::records)
        .sum());
    for (int partitions : new int[] {1, 7, 64}) {
      SparkInventories.InventoryRun run = SparkInventories.compute(generatedRows(partitions),
          CALC, GROUPING);
      assertEquals(expected, run.inventories(), partitions + " partitions");
      assertEquals(expectedStates, run.states(), partitions + " partitions");
      assertTrue(run.missingFactors().isEmpty());
    }
  }

  @Test
  void inventoriesPerFacilityEqualTheSingleJvms() {
    long n = Math.min(ROWS, 100_000);
    Map<InventoryKey, InventoryAccumulator> perFacility = singleJvm(
        LongStream.range(0, n).mapToObj(SparkInventoriesTest::generated), GROUPING.perFacility());
    SparkInventories.InventoryRun run = SparkInventories.compute(
        spark.range(0, n, 1, 7).map((MapFunction<Long, ActivityRow>) i -> ActivityRow.of(
            generated(i), "generated", i), Encoders.bean(ActivityRow.class)),
        CALC, GROUPING.perFacility());
    assertEquals(List.of(new InventoryKey("acme", 2022, "F-0"),
        new InventoryKey("acme", 2022, "F-1"), new InventoryKey("beta", 2022, "F-2"),
        new InventoryKey("beta", 2022, "F-3")), List.copyOf(run.inventories().keySet()));
    perFacility.forEach((k, acc) -> assertEquals(acc.toInventory(k.inventoryId(), Y2022),
        run.inventories().get(k), k.toString()));
  }

  @Test
  void everyBadRowIsReportedWithItsFileAndPhysicalLine(@TempDir Path dir) throws Exception {
    String header = "id,source,facility,category,activity,amount,unit,start,end,obtained_by\n";
    Path a = dir.resolve("a.csv");
    Files.writeString(a, header
        + "a1,S-1,F-1,C2," + ReferenceData.GRID_AVERAGE + ",1000,kWh,2022-01-01,2022-01-31,metered\n"
        + "a2,S-1,F-1,C2," + ReferenceData.GRID_AVERAGE + ",abc,kWh,2022-02-01,2022-02-28,metered\n"
        + "\"a3\",\"S-2\",F-1,C1,diesel,\"2\n.5\",t,2022-01-01,2022-01-31,invoiced\n"
        + "a4,S-2,F-1,C9,diesel,2.5,t,2022-01-01,2022-01-31,invoiced\n"
        + "a5,S-2,F-1,C1,diesel,2.5,zz,2022-01-01,2022-01-31,invoiced\n"
        + "a6,S-2,F-1,C1,diesel,2.5,t,2022-01-01,2022-01-31,invoiced\n"
        + "a7,S-2,F-1,C1,diesel,1.5,t,2023-01-01,2023-01-31,invoiced\n", StandardCharsets.UTF_8);
    Path b = dir.resolve("b.csv");
    Files.writeString(b, header
        + "b1,S-3,F-2,C1,natural-gas,3,1e4Nm3,2022-05-01,2022-05-31,metered\n"
        + "b1,S-3,F-2,C1,natural-gas,4,1e4Nm3,2022-06-01,2022-06-30,metered\n"
        + "b3,S-3,F-2,C1,natural-gas,-4,1e4Nm3,2022-06-01,2022-06-30,metered\n",
        StandardCharsets.UTF_8);
    List<String> files = List.of(a.toString(), b.toUri().toString());
    SparkActivityImport.ActivityDatasets in = SparkActivityImport.csv(spark,
        ImportSettings.of(Y2022), files);
    List<String> sparkProblems = in.problems().collectAsList().stream()
        .map(ProblemRow::toString).sorted().toList();
    // the same files through the single-machine import, file by file
    List<String> expected = new ArrayList<>();
    List<ActivityRecord> records = new ArrayList<>();
    ActivityImport imp = ImportSettings.of(Y2022).toImport();
    for (String f : files) {
      Path p = f.startsWith("file:") ? Path.of(java.net.URI.create(f)) : Path.of(f);
      List<Problem> found = new ArrayList<>();
      try (Stream<ActivityImport.Located> s = imp.streamLocated(List.of(p), x -> f,
          found::add)) {
        s.forEach(l -> records.add(l.record()));
      }
      found.forEach(pr -> expected.add(ProblemRow.of(pr, f).toString()));
    }
    assertEquals(expected.stream().sorted().toList(), sparkProblems);
    // a2 (amount), a3 (amount over two lines, line 4), a4 (category), a5 (unit), a7 (period),
    // the second b1 (duplicate id) and b3 (negative amount)
    assertEquals(7, in.problems().select("file", "line").distinct().count(), sparkProblems
        .toString());
    assertTrue(sparkProblems.stream().anyMatch(p -> p.startsWith(a + ":4:")), sparkProblems
        .toString());
    assertTrue(sparkProblems.stream().anyMatch(p -> p.startsWith(b.toUri() + ":3:")),
        sparkProblems.toString());
    List<ActivityRow> rows = in.records().collectAsList();
    assertEquals(records.stream().map(ActivityRecord::id).sorted().toList(),
        rows.stream().map(ActivityRow::getId).sorted().toList());
    assertEquals(records.stream().sorted(Comparator.comparing(ActivityRecord::id)).toList(),
        rows.stream().map(ActivityRow::toRecord)
            .sorted(Comparator.comparing(ActivityRecord::id)).toList());
    // a6 is on physical line 8: the header, a1, a2, a3 over lines 4 and 5, a4, a5
    assertEquals(8, rows.stream().filter(r -> r.getId().equals("a6")).findFirst().orElseThrow()
        .getLine());
  }

  @Test
  void parquetRowsAreJudgedAsCsvRowsAndPlacedByRowIndex(@TempDir Path dir) {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("id", "string").add("source", "string").add("facility", "string")
        .add("category", "string").add("activity", "string").add("amount", "decimal(18,3)")
        .add("unit", "string").add("start", "date").add("end", "date")
        .add("obtained_by", "string");
    java.sql.Date jan1 = java.sql.Date.valueOf("2022-01-01");
    java.sql.Date jan31 = java.sql.Date.valueOf("2022-01-31");
    List<org.apache.spark.sql.Row> rows = List.of(
        org.apache.spark.sql.RowFactory.create("p0", "S-1", "F-1", "C2",
            ReferenceData.GRID_AVERAGE, new BigDecimal("1000"), "kWh", jan1, jan31, "metered"),
        org.apache.spark.sql.RowFactory.create("p1", "S-2", "F-1", "C1", "diesel",
            new BigDecimal("-5"), "t", jan1, jan31, "invoiced"),
        org.apache.spark.sql.RowFactory.create("p2", "S-2", "F-1", "C1", "diesel",
            new BigDecimal("2.25"), "t", jan1, jan31, "invoiced"),
        org.apache.spark.sql.RowFactory.create("p3", "S-2", "F-1", "C1", "diesel",
            new BigDecimal("1"), "zz", jan1, jan31, "invoiced"),
        org.apache.spark.sql.RowFactory.create("p4", "S-2", "F-1", "C9", "diesel",
            new BigDecimal("1"), "t", jan1, jan31, "invoiced"),
        org.apache.spark.sql.RowFactory.create("p5", "S-3", "F-2", "C1", "natural-gas",
            new BigDecimal("3.5"), "1e4Nm3", jan1, jan31, "metered"),
        org.apache.spark.sql.RowFactory.create("p6", "S-3", "F-2", "C1", "natural-gas",
            new BigDecimal("3.5"), "1e4Nm3", java.sql.Date.valueOf("2023-01-01"),
            java.sql.Date.valueOf("2023-01-31"), "metered"));
    String out = dir.resolve("activity.parquet").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(out);
    SparkActivityImport.ActivityDatasets in = SparkActivityImport.parquet(spark,
        ImportSettings.of(Y2022), List.of(out));
    List<ProblemRow> problems = in.problems().collectAsList();
    assertEquals(List.of(1L, 3L, 4L, 6L), problems.stream().map(ProblemRow::getLine).distinct()
        .sorted().toList(), problems.toString());
    assertTrue(problems.stream().allMatch(p -> p.getFile().contains("activity.parquet")));
    List<ActivityRecord> records = in.records().collectAsList().stream()
        .map(ActivityRow::toRecord).sorted(Comparator.comparing(ActivityRecord::id)).toList();
    assertEquals(List.of("p0", "p2", "p5"), records.stream().map(ActivityRecord::id).toList());
    // the decimal column keeps its scale: 1000.000 kWh
    assertEquals(Amount.of("1000.000", "kWh"), records.get(0).amount());
    assertEquals(List.of(0L, 2L, 5L), in.records().collectAsList().stream()
        .map(ActivityRow::getLine).sorted().toList());
    SparkInventories.InventoryRun run = SparkInventories.compute(in.records(), CALC, GROUPING);
    Map<InventoryKey, InventoryAccumulator> single = singleJvm(records.stream(), GROUPING);
    single.forEach((k, acc) -> assertEquals(acc.toInventory(k.inventoryId(), Y2022),
        run.inventories().get(k)));
  }

  @Test
  void aMissingFactorGivesTheSameReportAsOneMachine() {
    int n = 5_000;
    MapFunction<Long, ActivityRow> gen = i -> {
      ActivityRecord r = generated(i);
      return ActivityRow.of(i % 7 == 0 ? r.withActivityKey("coke-oven-gas.unknown")
          .withAmount(Amount.of("1", "t")) : r, "generated", i);
    };
    List<ActivityRecord> records = LongStream.range(0, n).mapToObj(i -> {
      try {
        return gen.call(i).toRecord();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
    Map<InventoryKey, InventoryAccumulator> single = singleJvm(records.stream(), GROUPING);
    SparkInventories.InventoryRun run = SparkInventories.compute(
        spark.range(0, n, 1, 13).map(gen, Encoders.bean(ActivityRow.class)), CALC, GROUPING);
    assertTrue(run.inventories().isEmpty());
    assertEquals(2, run.missingFactors().size());
    single.forEach((k, acc) -> assertEquals(acc.missingFactors(), run.missingFactors().get(k)));
    List<MissingFactor> acme = run.missingFactors().get(new InventoryKey("acme", 2022, null));
    assertEquals("coke-oven-gas.unknown", acme.get(0).key());
    assertFalse(acme.get(0).recordIds().isEmpty());
    assertEquals(acme.get(0).recordIds().stream().sorted().toList(), acme.get(0).recordIds());
  }
}
