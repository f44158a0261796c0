// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.aggregation.AccumulatorState;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.CalculatorDescription;
import org.cnms.quantification.factor.MissingFactor;
import scala.Tuple2;

/**
 * GHG inventories (T/CAS 612 clause 6.3 c) of activity rows on Spark: per organisation and
 * calendar year (and per facility), with an {@link InventoryAggregator} around the exact
 * accumulator state, equal to what {@link InventoryAccumulator} gives on one machine for the
 * same records, whatever the partitioning.
 *
 * <pre>{@code
 * ActivityDatasets in = SparkActivityImport.csv(spark, ImportSettings.of(year), files);
 * InventoryRun run = SparkInventories.compute(in.records(), calculator,
 *     InventoryGrouping.organisation("acme"));
 * run.inventories();      // GhgInventory per organisation and year
 * run.missingFactors();   // per inventory that lacks factors, the deterministic report
 * }</pre>
 *
 * <p>Stateless, thread-safe.
 */
public final class SparkInventories {

  private SparkInventories() {}

  /**
   * The exact state of each inventory: a Dataset of encoded {@link InventoryKey}s and states,
   * computed on the executors.
   *
   * @param rows the activity rows
   * @param description the calculator's {@link CalculatorDescription}
   * @param grouping which inventory each row belongs to
   */
  public static Dataset<Tuple2<String, AccumulatorState>> states(Dataset<ActivityRow> rows,
      String description, InventoryGrouping grouping) {
    return rows.groupByKey((MapFunction<ActivityRow, String>) r -> grouping.key(r).encode(),
        Encoders.STRING()).agg(new InventoryAggregator(description).toColumn());
  }

  /**
   * Computes the inventories: describes the calculator (failing here, on the driver, if it
   * cannot be), aggregates on the executors, collects the states and makes each inventory on the
   * driver, for the calendar year of its key.
   *
   * @throws IllegalArgumentException if the calculator cannot be described, or a record lies
   *     outside its inventory's year
   */
  public static InventoryRun compute(Dataset<ActivityRow> rows, Calculator calculator,
      InventoryGrouping grouping) {
    String description = CalculatorDescription.describe(calculator);
    return finish(states(rows, description, grouping).collectAsList(), calculator);
  }

  /** The inventories and missing-factor reports of collected states. */
  static InventoryRun finish(List<Tuple2<String, AccumulatorState>> states,
      Calculator calculator) {
    Map<InventoryKey, AccumulatorState> byKey = new TreeMap<>();
    for (Tuple2<String, AccumulatorState> t : states) {
      byKey.put(InventoryKey.decode(t._1()), t._2());
    }
    return finish(byKey, calculator);
  }

  /** The inventories and missing-factor reports of states by key. */
  static InventoryRun finish(Map<InventoryKey, AccumulatorState> states, Calculator calculator) {
    Map<InventoryKey, AccumulatorState> byKey = new TreeMap<>(states);
    Map<InventoryKey, GhgInventory> inventories = new TreeMap<>();
    Map<InventoryKey, List<MissingFactor>> missing = new TreeMap<>();
    byKey.forEach((k, s) -> {
      InventoryAccumulator acc = InventoryAccumulator.restore(calculator, s);
      if (acc.missingFactors().isEmpty()) {
        inventories.put(k, acc.toInventory(k.inventoryId(), ReportingPeriod.calendarYear(
            k.year())));
      } else {
        missing.put(k, acc.missingFactors());
      }
    });
    return new InventoryRun(Collections.unmodifiableMap(byKey),
        Collections.unmodifiableMap(inventories), Collections.unmodifiableMap(missing));
  }

  /**
   * What a run gives. Immutable.
   *
   * @param states the exact state of each inventory, in order of key
   * @param inventories the inventory of each key without missing factors
   * @param missingFactors for each key with missing factors, the report: each factor with the
   *     count of records that needed it and the smallest of their ids
   */
  public record InventoryRun(Map<InventoryKey, AccumulatorState> states,
      Map<InventoryKey, GhgInventory> inventories,
      Map<InventoryKey, List<MissingFactor>> missingFactors) {}
}
