package org.cnms.quantification.aggregation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.GasResult;
import org.cnms.quantification.calculation.Recipe;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.jspecify.annotations.Nullable;

/**
 * A mergeable accumulator of emissions, removals and biogenic CO₂ into the GHG inventory of
 * T/CAS 612 clause 6.3 c, keyed by source (with its facility), category, gas and kind, with the
 * data-quality roll-up of clause 6.8 and the factors found missing on the way.
 *
 * <p><b>The bulk-computation entry point.</b> Records are calculated straight into exact
 * {@link BigDecimal} sums through the calculator's prepared {@link Recipe}s: no result objects, no
 * traces, no per-record maps. Stream any number of records through it in constant memory:
 * <pre>{@code
 * Calculator calc = Calculator.builder()
 *     .library(ReferenceData.chinaFactorLibrary()).gwpSet(GwpSet.ar5()).build();
 * GhgInventory inv = InventoryAccumulator.inventory(calc, "inv-2025",
 *     ReportingPeriod.calendarYear(2025), records.parallel());       // or sequential
 * // or by hand, e.g. one accumulator per partition, merged at the end:
 * InventoryAccumulator a = InventoryAccumulator.of(calc);
 * partition1.forEach(a::add);
 * InventoryAccumulator b = InventoryAccumulator.of(calc);
 * partition2.forEach(b::add);
 * GhgInventory inv2 = a.merge(b).toInventory("inv-2025", ReportingPeriod.calendarYear(2025));
 * }</pre>
 *
 * <p>{@link #merge} is associative and commutative, and exact sums do not depend on order, so
 * sequential, parallel-stream and partitioned runs (Spark, Flink) give equal inventories.
 *
 * <p>Missing factors do not stop the run: they are collected with the records that needed them
 * and {@link #toInventory} reports all of them in one {@link MissingFactorException}. A unit
 * mismatch fails at once.
 *
 * <p>Mutable, not thread-safe: use one per thread (the collector does) and merge.
 */
public final class InventoryAccumulator {

  private static final GreenhouseGas[] GASES = GreenhouseGas.values();
  private static final LineKind[] KINDS = LineKind.values();
  private static final EmissionCategory[] CATEGORIES = EmissionCategory.values();
  private static final ObtainedBy[] OBTAINED = ObtainedBy.values();
  private static final int SLOTS = GASES.length * KINDS.length;

  private final Calculator calculator;
  private final Calculator.RecipeCache cache;
  private final HashMap<String, Bucket[]> sources = new HashMap<>();
  private final Map<String, MissingFactor> missing = new LinkedHashMap<>();
  private final BigDecimal[] byObtained = new BigDecimal[OBTAINED.length];
  private BigDecimal rated = BigDecimal.ZERO;
  private BigDecimal technological = BigDecimal.ZERO;
  private BigDecimal temporal = BigDecimal.ZERO;
  private BigDecimal geographical = BigDecimal.ZERO;
  private long records;
  private @Nullable LocalDate earliest;
  private @Nullable LocalDate latest;

  private static final class Bucket {
    final String facilityId;
    final BigDecimal[] gasTonnes = new BigDecimal[SLOTS];
    final BigDecimal[] co2e = new BigDecimal[SLOTS];

    Bucket(String facilityId) {
      this.facilityId = facilityId;
    }

    void add(int slot, BigDecimal gas, BigDecimal ce) {
      BigDecimal g = gasTonnes[slot];
      gasTonnes[slot] = g == null ? gas : g.add(gas);
      BigDecimal c = co2e[slot];
      co2e[slot] = c == null ? ce : c.add(ce);
    }
  }

  private InventoryAccumulator(Calculator calculator) {
    this.calculator = calculator;
    this.cache = calculator.newCache();
  }

  /** An empty accumulator for results of {@code calculator}. */
  public static InventoryAccumulator of(Calculator calculator) {
    return new InventoryAccumulator(calculator);
  }

  /**
   * A collector that calculates and accumulates records; it runs in parallel streams, one
   * accumulator per thread, merged.
   */
  public static Collector<ActivityRecord, InventoryAccumulator, InventoryAccumulator> collector(
      Calculator calculator) {
    return Collector.of(() -> of(calculator), InventoryAccumulator::add,
        InventoryAccumulator::merge, Collector.Characteristics.UNORDERED,
        Collector.Characteristics.IDENTITY_FINISH);
  }

  /**
   * Calculates a stream of records (sequential or parallel) into an inventory.
   *
   * @throws MissingFactorException listing every missing factor with the records that need it
   * @throws org.cnms.core.units.UnitMismatchException at a unit that does not fit its method
   */
  public static GhgInventory inventory(Calculator calculator, String id, ReportingPeriod period,
      Stream<ActivityRecord> records) {
    return records.collect(collector(calculator)).toInventory(id, period);
  }

  /**
   * Calculates one record with its method and adds it.
   *
   * @return this accumulator
   * @throws org.cnms.core.units.UnitMismatchException if the unit does not fit the method
   * @throws IllegalArgumentException if the record's source was seen in another facility
   */
  public InventoryAccumulator add(ActivityRecord record) {
    records++;
    span(record.period());
    Recipe recipe = cache.recipe(record);
    if (recipe.isMissing()) {
      for (MissingFactor f : recipe.missing()) {
        missing.merge(f.identity(), f.withRecord(record.id()), MissingFactor::merge);
      }
      return this;
    }
    Bucket bucket = bucket(record.sourceId(), record.facilityId(), record.category(),
        record.id());
    BigDecimal amount = record.amount().value();
    BigDecimal emitted = null;
    for (int i = 0, n = recipe.size(); i < n; i++) {
      BigDecimal gas = recipe.gasTonnes(i, amount);
      BigDecimal ce = recipe.co2eIsGas(i) ? gas : recipe.co2eTonnes(i, amount);
      LineKind kind = recipe.kind(i);
      bucket.add(recipe.gas(i).ordinal() * KINDS.length + kind.ordinal(), gas, ce);
      if (kind == LineKind.EMISSION) {
        emitted = emitted == null ? ce : emitted.add(ce);
      }
    }
    if (emitted != null) {
      quality(record.obtainedBy(), record.dataQuality().orElse(null), emitted);
    }
    return this;
  }

  /**
   * Adds a calculated result (e.g. of a {@code SourceQuantification}).
   *
   * @return this accumulator
   * @throws IllegalArgumentException if the result's source was seen in another facility, or the
   *     result is of another GWP set
   */
  public InventoryAccumulator add(CalculationResult result) {
    if (!result.gwpSet().equals(calculator.gwpSet().name())) {
      throw new IllegalArgumentException("Result " + result.id() + " is under GWP set "
          + result.gwpSet() + ", the inventory under " + calculator.gwpSet().name());
    }
    records++;
    span(result.period());
    Bucket bucket = bucket(result.sourceId(), result.facilityId(), result.category(),
        result.id());
    for (GasResult l : result.lines()) {
      bucket.add(l.gas().ordinal() * KINDS.length + l.kind().ordinal(), l.gasTonnes(),
          l.co2e().tonnes());
    }
    if (result.lines().stream().anyMatch(l -> l.kind() == LineKind.EMISSION)) {
      quality(result.obtainedBy().orElse(ObtainedBy.CALCULATED),
          result.dataQuality().orElse(null), result.emissions().tonnes());
    }
    return this;
  }

  private void span(ReportingPeriod p) {
    if (earliest == null || p.start().isBefore(earliest)) {
      earliest = p.start();
    }
    if (latest == null || p.end().isAfter(latest)) {
      latest = p.end();
    }
  }

  private void quality(ObtainedBy by, @Nullable DataQualityRating rating, BigDecimal emitted) {
    int o = by.ordinal();
    byObtained[o] = byObtained[o] == null ? emitted : byObtained[o].add(emitted);
    if (rating != null) {
      rated = rated.add(emitted);
      technological = technological.add(emitted.multiply(BigDecimal.valueOf(rating.technological())));
      temporal = temporal.add(emitted.multiply(BigDecimal.valueOf(rating.temporal())));
      geographical = geographical.add(emitted.multiply(BigDecimal.valueOf(rating.geographical())));
    }
  }

  private Bucket bucket(String sourceId, String facilityId, EmissionCategory category,
      String recordId) {
    Bucket[] byCategory = sources.get(sourceId);
    if (byCategory == null) {
      byCategory = new Bucket[CATEGORIES.length];
      sources.put(sourceId, byCategory);
    }
    Bucket b = byCategory[category.ordinal()];
    if (b == null) {
      for (Bucket other : byCategory) {
        if (other != null) {
          requireFacility(sourceId, other.facilityId, facilityId, recordId);
        }
      }
      b = new Bucket(facilityId);
      byCategory[category.ordinal()] = b;
    } else if (!b.facilityId.equals(facilityId)) {
      requireFacility(sourceId, b.facilityId, facilityId, recordId);
    }
    return b;
  }

  private static void requireFacility(String sourceId, String known, String given,
      String recordId) {
    if (!known.equals(given)) {
      throw new IllegalArgumentException("Source " + sourceId + " is recorded in facility "
          + known + " and, by " + recordId + ", in facility " + given
          + "; a source sits in one facility");
    }
  }

  /**
   * Adds everything of {@code other} to this accumulator: associative and commutative.
   *
   * @return this accumulator
   * @throws IllegalArgumentException if the two are of different GWP sets or factor libraries,
   *     or a source sits in different facilities
   */
  public InventoryAccumulator merge(InventoryAccumulator other) {
    if (!other.calculator.gwpSet().name().equals(calculator.gwpSet().name())
        || !other.calculator.factorLibraryVersion().equals(calculator.factorLibraryVersion())) {
      throw new IllegalArgumentException("Cannot merge accumulators of GWP set "
          + other.calculator.gwpSet().name() + " / " + other.calculator.factorLibraryVersion()
          .orElse("-") + " into " + calculator.gwpSet().name() + " / "
          + calculator.factorLibraryVersion().orElse("-"));
    }
    for (Map.Entry<String, Bucket[]> e : other.sources.entrySet()) {
      Bucket[] theirs = e.getValue();
      for (int c = 0; c < theirs.length; c++) {
        Bucket t = theirs[c];
        if (t == null) {
          continue;
        }
        Bucket mine = bucket(e.getKey(), t.facilityId, CATEGORIES[c], "merge");
        for (int s = 0; s < SLOTS; s++) {
          if (t.co2e[s] != null) {
            mine.add(s, t.gasTonnes[s], t.co2e[s]);
          }
        }
      }
    }
    other.missing.forEach((k, v) -> missing.merge(k, v, MissingFactor::merge));
    for (int o = 0; o < byObtained.length; o++) {
      if (other.byObtained[o] != null) {
        byObtained[o] = byObtained[o] == null ? other.byObtained[o]
            : byObtained[o].add(other.byObtained[o]);
      }
    }
    rated = rated.add(other.rated);
    technological = technological.add(other.technological);
    temporal = temporal.add(other.temporal);
    geographical = geographical.add(other.geographical);
    records += other.records;
    if (other.earliest != null) {
      span(ReportingPeriod.of(other.earliest, other.latest));
    }
    return this;
  }

  /** How many records and results were added. */
  public long recordCount() {
    return records;
  }

  /** The missing factors found so far, each with the records that needed it. */
  public List<MissingFactor> missingFactors() {
    return List.copyOf(missing.values());
  }

  /** The data-quality roll-up of the emissions added. */
  public DataQualitySummary dataQuality() {
    Map<ObtainedBy, Co2e> by = new EnumMap<>(ObtainedBy.class);
    for (int o = 0; o < byObtained.length; o++) {
      if (byObtained[o] != null) {
        by.put(OBTAINED[o], Co2e.tonnes(byObtained[o]));
      }
    }
    return DataQualitySummary.builder().putAllEmissionsByObtainedBy(by)
        .ratedEmissions(Co2e.tonnes(rated)).technologicalWeighted(technological)
        .temporalWeighted(temporal).geographicalWeighted(geographical).build();
  }

  /**
   * The inventory of everything added: one line per source, category, gas and kind, in order of
   * source id, category, gas and kind; named with the calculator's GWP set and library version.
   *
   * @param id the inventory's id
   * @param period the inventory's period; every record's period must lie inside it
   * @throws MissingFactorException listing every missing factor with the records that needed it
   * @throws IllegalArgumentException if a record lies outside {@code period}
   */
  public GhgInventory toInventory(String id, ReportingPeriod period) {
    if (!missing.isEmpty()) {
      throw new MissingFactorException(new ArrayList<>(missing.values()));
    }
    if (earliest != null && !period.encloses(ReportingPeriod.of(earliest, latest))) {
      throw new IllegalArgumentException("Inventory " + id + " covers " + period
          + ", but its activity data span " + earliest + " to " + latest);
    }
    GhgInventory.Builder b = GhgInventory.builder().id(id).period(period)
        .gwpSet(calculator.gwpSet().name())
        .factorLibraryVersion(calculator.factorLibraryVersion());
    for (Map.Entry<String, Bucket[]> e : new TreeMap<>(sources).entrySet()) {
      Bucket[] byCategory = e.getValue();
      for (int c = 0; c < byCategory.length; c++) {
        Bucket bucket = byCategory[c];
        if (bucket == null) {
          continue;
        }
        for (int s = 0; s < SLOTS; s++) {
          if (bucket.co2e[s] != null) {
            b.addLines(InventoryLine.builder().sourceId(e.getKey())
                .facilityId(bucket.facilityId).category(CATEGORIES[c])
                .gas(GASES[s / KINDS.length]).kind(KINDS[s % KINDS.length])
                .gasTonnes(bucket.gasTonnes[s]).co2e(Co2e.tonnes(bucket.co2e[s])).build());
          }
        }
      }
    }
    return b.build();
  }

  /** The sum of emissions so far, as {@link #toInventory} would total them. */
  public Optional<Co2e> emissionsSoFar() {
    BigDecimal t = null;
    for (Bucket[] byCategory : sources.values()) {
      for (Bucket bucket : byCategory) {
        if (bucket == null) {
          continue;
        }
        for (int s = LineKind.EMISSION.ordinal(); s < SLOTS; s += KINDS.length) {
          if (bucket.co2e[s] != null) {
            t = t == null ? bucket.co2e[s] : t.add(bucket.co2e[s]);
          }
        }
      }
    }
    return Optional.ofNullable(t).map(Co2e::tonnes);
  }
}
