// SPDX-License-Identifier: Apache-2.0
package org.cnms.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.aggregation.AccumulatorState;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.CalculatorDescription;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.reference.ReferenceData;
import scala.Tuple2;

/**
 * The {@code spark-submit} job: reads activity data files with the SDK's import, computes the
 * GHG inventories (T/CAS 612 clause 6.3 c) per organisation and year (and per facility) and
 * writes them as JSON, with every problem of every bad row and every missing factor.
 *
 * <pre>
 * spark-submit --class org.cnms.spark.InventoryJob cnms-spark-VERSION-job.jar \
 *     --year 2025 --organisation acme [--by-facility] [--calculator calculator.json] \
 *     [--known-sources a,b,c] --out out/ activity-1.csv activity-2.csv …
 * </pre>
 *
 * <p>Without {@code --calculator} (a {@link CalculatorDescription}) it uses the embedded
 * reference library, the GWP set of {@code --gwp} (AR5 by default) and the fuel-combustion method
 * for the reference fuels. It writes {@code OUT/inventories.json} (one entry per inventory: its
 * key and either the inventory or its missing factors) and {@code OUT/problems/} (Spark's JSON
 * lines, one problem a line). With {@code --timings} it reports on standard error the seconds
 * spent reading (a count of the rows), aggregating and collecting.
 */
public final class InventoryJob {

  private InventoryJob() {}

  /**
   * Runs the job.
   *
   * @param args the options and files, as above
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    Options o = Options.parse(args);
    if (o.singleJvm()) {
      singleJvm(o, System.err);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("cnms-inventory").getOrCreate();
    try {
      run(spark, o, System.err);
    } finally {
      spark.stop();
    }
  }

  /** The job's options. */
  record Options(ReportingPeriod period, String organisation, boolean byFacility,
      String calculator, String gwp, List<String> knownSources, Path out, boolean timings,
      boolean singleJvm, List<String> files) {

    static Options parse(String[] args) {
      ReportingPeriod period = null;
      String organisation = "organisation";
      boolean byFacility = false;
      String calculator = null;
      String gwp = "AR5";
      List<String> known = new ArrayList<>();
      Path out = null;
      boolean timings = false;
      boolean singleJvm = false;
      List<String> files = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--year" -> period = ReportingPeriod.calendarYear(Integer.parseInt(value(args, ++i)));
          case "--organisation" -> organisation = value(args, ++i);
          case "--by-facility" -> byFacility = true;
          case "--calculator" -> calculator = value(args, ++i);
          case "--gwp" -> gwp = value(args, ++i);
          case "--known-sources" -> known.addAll(List.of(value(args, ++i).split(",")));
          case "--out" -> out = Path.of(value(args, ++i));
          case "--timings" -> timings = true;
          case "--single-jvm" -> singleJvm = true;
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("Unknown option " + a);
            }
            files.add(a);
          }
        }
      }
      if (period == null || out == null || files.isEmpty()) {
        throw new IllegalArgumentException("Usage: InventoryJob --year YYYY --out DIR "
            + "[--organisation NAME] [--by-facility] [--calculator FILE] [--gwp AR5] "
            + "[--known-sources a,b] [--timings] [--single-jvm] FILE…");
      }
      return new Options(period, organisation, byFacility, calculator, gwp, known, out,
          timings, singleJvm, files);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException("Option " + args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }

  /** The calculator of the options. */
  static Calculator calculator(Options o) throws IOException {
    if (o.calculator() != null) {
      return CalculatorDescription.rebuild(Files.readString(Path.of(o.calculator())));
    }
    Calculator.Builder b = Calculator.builder().library(ReferenceData.chinaFactorLibrary())
        .gwpSet(ReferenceData.gwpSet(o.gwp()));
    for (FuelParameters f : ReferenceData.chinaFactorLibrary().fuels()) {
      b.methodForKey(f.key(), FuelCombustionMethod.of(f.key()));
    }
    return b.build();
  }

  /**
   * The same inventories without Spark: the files one after the other through the SDK's
   * streaming import into one accumulator per inventory, in this JVM (for comparison).
   */
  static void singleJvm(Options o, PrintStream log) throws IOException {
    Calculator calculator = calculator(o);
    InventoryGrouping grouping = InventoryGrouping.organisation(o.organisation());
    if (o.byFacility()) {
      grouping = grouping.perFacility();
    }
    ImportSettings settings = ImportSettings.of(o.period())
        .withKnownSources(new java.util.TreeSet<>(o.knownSources()));
    long t0 = System.nanoTime();
    Map<InventoryKey, org.cnms.quantification.aggregation.InventoryAccumulator> byKey =
        new java.util.TreeMap<>();
    long problems = 0;
    for (String f : o.files()) {
      java.util.Iterator<ImportedRow> it = SparkActivityImport.read(settings, f);
      while (it.hasNext()) {
        ImportedRow r = it.next();
        if (r.getRecord() == null) {
          problems++;
          continue;
        }
        byKey.computeIfAbsent(grouping.key(r.getRecord()),
            k -> org.cnms.quantification.aggregation.InventoryAccumulator.of(calculator))
            .add(r.getRecord().toRecord());
      }
    }
    Map<InventoryKey, AccumulatorState> states = new java.util.TreeMap<>();
    byKey.forEach((k, acc) -> states.put(k, acc.snapshot()));
    SparkInventories.InventoryRun run = SparkInventories.finish(states, calculator);
    long t1 = System.nanoTime();
    write(o, run);
    log.printf("single JVM: %d records, %d problems, %d inventories in %.1f s%n",
        states.values().stream().mapToLong(AccumulatorState::records).sum(), problems,
        run.states().size(), (t1 - t0) / 1e9);
  }

  static void run(SparkSession spark, Options o, PrintStream log) throws IOException {
    Calculator calculator = calculator(o);
    String description = CalculatorDescription.describe(calculator);
    ImportSettings settings = ImportSettings.of(o.period())
        .withKnownSources(new java.util.TreeSet<>(o.knownSources()));
    SparkActivityImport.ActivityDatasets in = SparkActivityImport.csv(spark, settings, o.files());
    InventoryGrouping grouping = InventoryGrouping.organisation(o.organisation());
    if (o.byFacility()) {
      grouping = grouping.perFacility();
    }
    long t0 = System.nanoTime();
    if (o.timings()) {
      long n = in.records().count();
      log.printf("read: %d records in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
    long t1 = System.nanoTime();
    Dataset<Tuple2<String, AccumulatorState>> states = SparkInventories.states(in.records(),
        description, grouping);
    List<Tuple2<String, AccumulatorState>> collected = states.collectAsList();
    long t2 = System.nanoTime();
    SparkInventories.InventoryRun run = SparkInventories.finish(collected, calculator);
    long t3 = System.nanoTime();
    if (o.timings()) {
      log.printf("read + aggregate: %.1f s; collect and make inventories: %.3f s%n",
          (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
    write(o, run);
    long problems = in.problems().count();
    if (problems > 0) {
      in.problems().coalesce(1).write().mode("overwrite").json(
          o.out().resolve("problems").toUri().toString());
    }
    log.printf("%d inventories (%d with missing factors), %d problems, written to %s%n",
        run.states().size(), run.missingFactors().size(), problems, o.out());
  }

  private static void write(Options o, SparkInventories.InventoryRun run) throws IOException {
    Files.createDirectories(o.out());
    ObjectMapper mapper = CnmsJson.newJsonMapper();
    ArrayNode all = mapper.createArrayNode();
    for (Map.Entry<InventoryKey, AccumulatorState> e : run.states().entrySet()) {
      InventoryKey k = e.getKey();
      ObjectNode n = all.addObject();
      n.put("organisation", k.organisation());
      n.put("year", k.year());
      if (k.facilityId() != null) {
        n.put("facilityId", k.facilityId());
      }
      n.put("records", e.getValue().records());
      GhgInventory inv = run.inventories().get(k);
      if (inv != null) {
        n.set("inventory", mapper.valueToTree(inv));
      } else {
        ArrayNode m = n.putArray("missingFactors");
        for (MissingFactor f : run.missingFactors().get(k)) {
          m.add(mapper.valueToTree(f));
        }
      }
    }
    Files.writeString(o.out().resolve("inventories.json"),
        mapper.writerWithDefaultPrettyPrinter().writeValueAsString(all), StandardCharsets.UTF_8);
  }
}
