// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.aggregation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.CompactAmounts;
import org.cnms.core.internal.Decimals;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.units.Amount;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.DataQualityRating;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.calculation.GasResult;
import org.cnms.quantification.calculation.internal.Recipe;
import org.cnms.quantification.calculation.internal.RecipeCache;
import org.cnms.quantification.calculation.internal.RecipeSource;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.jspecify.annotations.Nullable;

/**
 * A mergeable accumulator of emissions, removals and biogenic CO₂ into the GHG inventory of
 * T/CAS 612 clause 6.3 c, keyed by source (with its facility), category, gas and kind, with the
 * data-quality roll-up of clause 6.8 and the factors found missing on the way. Sums are also kept
 * apart by how the data were obtained, so the roll-up costs no addition per record.
 *
 * <p><b>The bulk-computation entry point.</b> Records are calculated straight into exact sums
 * through the calculator's prepared recipes: no result objects, no traces, no per-record
 * maps. When an amount has at most 18 digits and so has a
 * multiplier's numerator, their product and its sum are kept in {@code long}s of unscaled digits
 * at the largest scale seen, and whatever would overflow a long moves into a {@link BigDecimal};
 * the totals are exactly the {@link BigDecimal} sums, value and scale, either way. Stream any
 * number of records through it in constant memory:
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
 * <p><b>Rounding: once per line, not once per record.</b> A multiplier with no finite decimal
 * (44/12 of fuel combustion, 5/18 from GJ to MWh) is a decimal numerator over an integer
 * denominator. Per line of the inventory (source, category, gas, kind) the accumulator keeps the
 * exact products of the exact multipliers and, per distinct denominator, the exact sum of
 * {@code amount × numerator}; {@link #toInventory} divides each such sum once, by the rounding
 * policy of {@link org.cnms.quantification.calculation.Trace} (to {@code max(scale + k,
 * minScale)} places, half-even, where k is the larger power of 2 or 5 in the denominator). A bulk
 * total is thus rounded once per line and denominator instead of once per record: its error is
 * at most half a unit of the last place per line and denominator, where the sum of {@link
 * Calculator#calculate}'s per-record results may be off by half a unit per record, and the two
 * may differ in the last decimal places. A quotient with a finite decimal is never rounded, so the
 * same energy in kWh, MWh or GJ still gives equal totals. {@link #dataQuality}'s emissions by way
 * of obtaining data are divided once per source, category and way; its rated emissions and
 * weighted sums are rounded per record, as {@link Calculator#calculate} rounds them.
 *
 * <p>{@link #merge} is associative and commutative, and exact sums do not depend on order (the
 * numerator sums are merged exactly, per denominator), so sequential, parallel-stream and
 * partitioned runs (Spark, Flink) give equal inventories.
 *
 * <p>Missing factors do not stop the run: they are collected with the records that needed them
 * (their count and the smallest ids, so the report too does not depend on order) and {@link
 * #toInventory} reports all of them in one {@link MissingFactorException}. A unit mismatch fails
 * at once.
 *
 * <p><b>Across machines.</b> {@link #snapshot} gives the accumulator's {@link AccumulatorState}, a
 * plain serialisable value without the calculator; {@link #restore} makes an accumulator of it
 * again on another machine, with a calculator rebuilt there (e.g. from a {@code
 * CalculatorDescription}). Restoring a snapshot and adding more is the same as adding it all.
 *
 * <p>Mutable, not thread-safe: use one per thread (the collector does) and merge.
 */
public final class InventoryAccumulator {

  private static final GreenhouseGas[] GASES = GreenhouseGas.values();
  private static final LineKind[] KINDS = LineKind.values();
  private static final EmissionCategory[] CATEGORIES = EmissionCategory.values();
  private static final ObtainedBy[] OBTAINED = ObtainedBy.values();
  private static final int SLOTS = GASES.length * KINDS.length;
  private static final long NOT_COMPACT = Decimals.NOT_COMPACT;
  /** The largest scale, either sign, of a value on the long path of the sums. */
  private static final int MAX_SCALE = 1 << 20;

  private final Calculator calculator;
  private final RecipeCache cache;
  /** Per source: buckets by category and how the data were obtained (see {@link #index}). */
  private final HashMap<String, Bucket[]> sources = new HashMap<>();
  /** The missing factors by identity, in order of identity. */
  private final Map<String, MissingFactor> missing = new TreeMap<>();
  private BigDecimal rated = BigDecimal.ZERO;
  private BigDecimal technological = BigDecimal.ZERO;
  private BigDecimal temporal = BigDecimal.ZERO;
  private BigDecimal geographical = BigDecimal.ZERO;
  private long records;
  private @Nullable LocalDate earliest;
  private @Nullable LocalDate latest;
  private long cacheMisses;
  /** The route of each record shape seen so far (see {@link RouteTable}). */
  private final RouteTable<Route> routes = new RouteTable<>();

  /**
   * The recipe and bucket of records with equal routing fields (see {@link #routes}), with the
   * recipe's multipliers laid out for the hot path: entry {@code 2i} is line {@code i}'s gas
   * numerator, entry {@code 2i + 1} its CO₂e numerator, each as unscaled long digits and scale,
   * with the {@link RationalSum.Part} of the bucket that sums its products.
   */
  private static final class Route {
    final Recipe recipe;
    final long[] numerators;
    final int[] scales;
    final RationalSum.Part[] parts;

    Route(Recipe recipe, Bucket bucket) {
      this.recipe = recipe;
      int n = recipe.size();
      this.numerators = new long[2 * n];
      this.scales = new int[2 * n];
      this.parts = new RationalSum.Part[2 * n];
      for (int i = 0; i < n; i++) {
        int slot = recipe.gas(i).ordinal() * KINDS.length + recipe.kind(i).ordinal();
        numerators[2 * i] = compact(recipe.gasNumeratorUnscaled(i), recipe.gasNumeratorScale(i));
        scales[2 * i] = recipe.gasNumeratorScale(i);
        numerators[2 * i + 1] = compact(recipe.co2eNumeratorUnscaled(i),
            recipe.co2eNumeratorScale(i));
        scales[2 * i + 1] = recipe.co2eNumeratorScale(i);
        RationalSum[] sums = bucket.sums(slot);
        parts[2 * i] = sums[0].part(recipe.gasDenominator(i));
        parts[2 * i + 1] = sums[1].part(recipe.co2eDenominator(i));
      }
    }

    /**
     * Unscaled digits for the long path, or {@link #NOT_COMPACT} when the scale is so large (or
     * negative) that the sum of two scales might not fit an int: such values take the decimal
     * path.
     */
    private static long compact(long unscaled, int scale) {
      return scale < -MAX_SCALE || scale > MAX_SCALE ? NOT_COMPACT : unscaled;
    }

    /**
     * Adds the exact numerator products of {@code amount} to the parts: in {@code long}s when the
     * amount's and the numerator's digits and their product fit, else in {@link BigDecimal}.
     */
    void add(Amount amount) {
      int scale = amount.scale();
      long a = compact(CompactAmounts.unscaledLong(amount), scale);
      for (int j = 0; j < numerators.length; j++) {
        long n = numerators[j];
        long p = a * n;
        if (a == NOT_COMPACT || n == NOT_COMPACT || Math.multiplyHigh(a, n) != (p >> 63)) {
          int i = j >> 1;
          BigDecimal v = amount.value();
          parts[j].add((j & 1) == 0 ? recipe.gasNumerator(i, v) : recipe.co2eNumerator(i, v));
        } else {
          parts[j].add(p, scale + scales[j]);
        }
      }
    }
  }

  private static final class Bucket {
    final String facilityId;
    /** Per slot, the tonnes of gas; a slot is present if its {@link #co2e} is not null. */
    final RationalSum[] gasTonnes = new RationalSum[SLOTS];
    final RationalSum[] co2e = new RationalSum[SLOTS];

    Bucket(String facilityId) {
      this.facilityId = facilityId;
    }

    /** The sum of the emission slots, each divided once, or null if none. */
    @Nullable BigDecimal emissions(int minScale) {
      BigDecimal t = null;
      for (int s = LineKind.EMISSION.ordinal(); s < SLOTS; s += KINDS.length) {
        if (co2e[s] != null) {
          BigDecimal c = co2e[s].total(minScale);
          t = t == null ? c : t.add(c);
        }
      }
      return t;
    }

    /** The sums of tonnes of gas and of CO₂e of a slot, made if new. */
    RationalSum[] sums(int slot) {
      if (co2e[slot] == null) {
        co2e[slot] = new RationalSum();
        gasTonnes[slot] = new RationalSum();
      }
      return new RationalSum[] {gasTonnes[slot], co2e[slot]};
    }

    void add(int slot, BigDecimal gas, BigDecimal ce) {
      RationalSum[] sums = sums(slot);
      sums[0].part(BigInteger.ONE).add(gas);
      sums[1].part(BigInteger.ONE).add(ce);
    }

    void addAll(Bucket other) {
      for (int s = 0; s < SLOTS; s++) {
        if (other.co2e[s] != null) {
          RationalSum[] sums = sums(s);
          sums[0].addAll(other.gasTonnes[s]);
          sums[1].addAll(other.co2e[s]);
        }
      }
    }
  }

  private InventoryAccumulator(Calculator calculator) {
    this.calculator = calculator;
    this.cache = new RecipeCache(RecipeSource.of(calculator));
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
    Route route = routes.get(record);
    if (route != null) {
      records++;
      accumulate(record, route);
      return this;
    }
    // a record refused leaves the accumulator as it was: neither counted nor spanned
    requireOneFacility(record.sourceId(), record.facilityId(), record.id());
    records++;
    Recipe recipe = cache.recipe(record);
    if (cache.misses() != cacheMisses) {
      // only a miss can bring a period not spanned yet
      cacheMisses = cache.misses();
      span(record.period());
    }
    if (recipe.isMissing()) {
      for (MissingFactor f : recipe.missing()) {
        missing.merge(f.identity(), f.withRecord(record.id()), MissingFactor::merge);
      }
      return this;
    }
    Bucket bucket = bucket(record.sourceId(), record.facilityId(), record.category(),
        record.obtainedBy());
    route = new Route(recipe, bucket);
    routes.put(record, route);
    accumulate(record, route);
    return this;
  }

  /** Adds the lines of a record whose recipe has no missing factors along its route. */
  private void accumulate(ActivityRecord record, Route route) {
    // exact numerator products, divided once per line and denominator in toInventory
    route.add(record.amount());
    @Nullable DataQualityRating rating = record.dataQuality().orElse(null);
    if (rating == null) {
      return;
    }
    Recipe recipe = route.recipe;
    BigDecimal amount = record.amount().value();
    BigDecimal emitted = null;
    for (int i = 0, n = recipe.size(); i < n; i++) {
      if (recipe.kind(i) == LineKind.EMISSION) {
        BigDecimal ce = recipe.co2eTonnes(i, amount);
        emitted = emitted == null ? ce : emitted.add(ce);
      }
    }
    if (emitted != null) {
      rate(rating, emitted);
    }
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
    requireOneFacility(result.sourceId(), result.facilityId(), result.id());
    records++;
    span(result.period());
    Bucket bucket = bucket(result.sourceId(), result.facilityId(), result.category(),
        result.obtainedBy().orElse(ObtainedBy.CALCULATED));
    for (GasResult l : result.lines()) {
      bucket.add(l.gas().ordinal() * KINDS.length + l.kind().ordinal(), l.gasTonnes(),
          l.co2e().tonnes());
    }
    if (result.dataQuality().isPresent()
        && result.lines().stream().anyMatch(l -> l.kind() == LineKind.EMISSION)) {
      rate(result.dataQuality().get(), result.emissions().tonnes());
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

  /** The data-quality weights of a rated record's emissions. */
  private void rate(DataQualityRating rating, BigDecimal emitted) {
    rated = rated.add(emitted);
    technological = technological.add(emitted.multiply(BigDecimal.valueOf(rating.technological())));
    temporal = temporal.add(emitted.multiply(BigDecimal.valueOf(rating.temporal())));
    geographical = geographical.add(emitted.multiply(BigDecimal.valueOf(rating.geographical())));
  }

  /**
   * The index of a source's bucket of one category and one way of obtaining data. Keeping the
   * ways apart lets {@link #dataQuality} sum emissions by how they were obtained from the buckets,
   * with no extra addition per record.
   */
  private static int index(EmissionCategory category, ObtainedBy obtainedBy) {
    return category.ordinal() * OBTAINED.length + obtainedBy.ordinal();
  }

  /** The bucket of a source (in the facility already checked), made when first needed. */
  private Bucket bucket(String sourceId, String facilityId, EmissionCategory category,
      ObtainedBy obtainedBy) {
    Bucket[] buckets = sources.get(sourceId);
    if (buckets == null) {
      buckets = new Bucket[CATEGORIES.length * OBTAINED.length];
      sources.put(sourceId, buckets);
    }
    int i = index(category, obtainedBy);
    Bucket b = buckets[i];
    if (b == null) {
      b = new Bucket(facilityId);
      buckets[i] = b;
    }
    return b;
  }

  /**
   * Refuses a record of a source already seen in another facility: all the buckets of a source
   * are in its one facility, so the first one found tells it.
   */
  private void requireOneFacility(String sourceId, String given, String recordId) {
    String known = facilityOf(sources.get(sourceId));
    if (known != null) {
      requireFacility(sourceId, known, given, recordId);
    }
  }

  /** The facility of a source's buckets (the first one's: they share it); null if none. */
  private static @Nullable String facilityOf(Bucket @Nullable [] buckets) {
    if (buckets != null) {
      for (Bucket b : buckets) {
        if (b != null) {
          return b.facilityId;
        }
      }
    }
    return null;
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
    // every source checked before anything is merged: a refused merge changes nothing
    for (Map.Entry<String, Bucket[]> e : other.sources.entrySet()) {
      String theirs = facilityOf(e.getValue());
      if (theirs != null) {
        requireOneFacility(e.getKey(), theirs, "merge");
      }
    }
    for (Map.Entry<String, Bucket[]> e : other.sources.entrySet()) {
      Bucket[] theirs = e.getValue();
      for (int c = 0; c < theirs.length; c++) {
        Bucket t = theirs[c];
        if (t == null) {
          continue;
        }
        Bucket mine = bucket(e.getKey(), t.facilityId, CATEGORIES[c / OBTAINED.length],
            OBTAINED[c % OBTAINED.length]);
        mine.addAll(t);
      }
    }
    other.missing.forEach((k, v) -> missing.merge(k, v, MissingFactor::merge));
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

  /**
   * The portable state of this accumulator: every exact sum, the data-quality sums, the span of
   * the periods, the record count and the missing factors, in canonical order (see {@link
   * AccumulatorState}). Equal records give equal states, whatever the partitions and the order of
   * merging.
   */
  public AccumulatorState snapshot() {
    List<AccumulatorState.Line> lines = new ArrayList<>();
    for (Map.Entry<String, Bucket[]> e : new TreeMap<>(sources).entrySet()) {
      Bucket[] buckets = e.getValue();
      for (int i = 0; i < buckets.length; i++) {
        Bucket b = buckets[i];
        if (b == null) {
          continue;
        }
        for (int s = 0; s < SLOTS; s++) {
          if (b.co2e[s] != null) {
            lines.add(new AccumulatorState.Line(e.getKey(), b.facilityId,
                CATEGORIES[i / OBTAINED.length], OBTAINED[i % OBTAINED.length],
                GASES[s / KINDS.length], KINDS[s % KINDS.length], terms(b.gasTonnes[s]),
                terms(b.co2e[s])));
          }
        }
      }
    }
    return new AccumulatorState(AccumulatorState.VERSION, calculator.gwpSet().name(),
        calculator.factorLibraryVersion().orElse(""), calculator.minScale(), records,
        earliest == null ? null : earliest.toString(), latest == null ? null : latest.toString(),
        lines, new AccumulatorState.Ratings(rated.toString(), technological.toString(),
            temporal.toString(), geographical.toString()),
        new ArrayList<>(missing.values()));
  }

  private static List<AccumulatorState.Term> terms(RationalSum sum) {
    List<AccumulatorState.Term> terms = new ArrayList<>();
    sum.numerators().forEach((d, n) -> terms.add(AccumulatorState.Term.of(d, n)));
    return terms;
  }

  /**
   * An accumulator holding {@code state}, for results of {@code calculator}: merge it with others,
   * add more records, or make the inventory.
   *
   * @throws IllegalArgumentException if the calculator's GWP set, factor library or minimum scale
   *     differ from the state's, or a source of the state sits in two facilities
   */
  public static InventoryAccumulator restore(Calculator calculator, AccumulatorState state) {
    String library = calculator.factorLibraryVersion().orElse("");
    if (!state.gwpSet().equals(calculator.gwpSet().name())
        || !state.factorLibraryVersion().equals(library)
        || state.minScale() != calculator.minScale()) {
      throw new IllegalArgumentException("Cannot restore an accumulator state of GWP set "
          + state.gwpSet() + ", factor library " + state.factorLibraryVersion()
          + " and minimum scale " + state.minScale() + " with a calculator of GWP set "
          + calculator.gwpSet().name() + ", factor library " + library + " and minimum scale "
          + calculator.minScale());
    }
    InventoryAccumulator acc = new InventoryAccumulator(calculator);
    for (AccumulatorState.Line l : state.lines()) {
      acc.requireOneFacility(l.sourceId(), l.facilityId(), "state");
      Bucket b = acc.bucket(l.sourceId(), l.facilityId(), l.category(), l.obtainedBy());
      RationalSum[] sums = b.sums(l.gas().ordinal() * KINDS.length + l.kind().ordinal());
      for (AccumulatorState.Term t : l.gasTonnes()) {
        sums[0].part(t.denominatorValue()).add(t.numeratorValue());
      }
      for (AccumulatorState.Term t : l.co2e()) {
        sums[1].part(t.denominatorValue()).add(t.numeratorValue());
      }
    }
    AccumulatorState.Ratings r = state.ratings();
    acc.rated = new BigDecimal(r.rated());
    acc.technological = new BigDecimal(r.technological());
    acc.temporal = new BigDecimal(r.temporal());
    acc.geographical = new BigDecimal(r.geographical());
    acc.records = state.records();
    if (state.earliest() != null && state.latest() != null) {
      acc.span(ReportingPeriod.of(LocalDate.parse(state.earliest()),
          LocalDate.parse(state.latest())));
    }
    for (MissingFactor f : state.missingFactors()) {
      acc.missing.merge(f.identity(), f, MissingFactor::merge);
    }
    return acc;
  }

  /** How many records and results were added. */
  public long recordCount() {
    return records;
  }

  /**
   * The missing factors found so far in order of {@linkplain MissingFactor#identity identity},
   * each with the count of records that needed it and the smallest of their ids.
   */
  public List<MissingFactor> missingFactors() {
    return List.copyOf(missing.values());
  }

  /** The data-quality roll-up of the emissions added. */
  public DataQualitySummary dataQuality() {
    BigDecimal[] byObtained = new BigDecimal[OBTAINED.length];
    for (Bucket[] buckets : sources.values()) {
      for (int i = 0; i < buckets.length; i++) {
        BigDecimal e = buckets[i] == null ? null : buckets[i].emissions(calculator.minScale());
        if (e != null) {
          int o = i % OBTAINED.length;
          byObtained[o] = byObtained[o] == null ? e : byObtained[o].add(e);
        }
      }
    }
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
    int minScale = calculator.minScale();
    for (Map.Entry<String, Bucket[]> e : new TreeMap<>(sources).entrySet()) {
      Bucket[] buckets = e.getValue();
      for (int c = 0; c < CATEGORIES.length; c++) {
        Bucket line = line(buckets, c);
        if (line == null) {
          continue;
        }
        for (int s = 0; s < SLOTS; s++) {
          if (line.co2e[s] != null) {
            b.addLines(InventoryLine.builder().sourceId(e.getKey())
                .facilityId(line.facilityId).category(CATEGORIES[c])
                .gas(GASES[s / KINDS.length]).kind(KINDS[s % KINDS.length])
                .gasTonnes(line.gasTonnes[s].total(minScale))
                .co2e(Co2e.tonnes(line.co2e[s].total(minScale))).build());
          }
        }
      }
    }
    return b.build();
  }

  /**
   * The buckets of category {@code c} of a source, whatever the way of obtaining data, merged
   * exactly; null if none.
   */
  private static @Nullable Bucket line(Bucket[] buckets, int c) {
    Bucket line = null;
    for (int o = 0; o < OBTAINED.length; o++) {
      Bucket bucket = buckets[c * OBTAINED.length + o];
      if (bucket == null) {
        continue;
      }
      if (line == null) {
        line = new Bucket(bucket.facilityId);
      }
      line.addAll(bucket);
    }
    return line;
  }

  /** The sum of emissions so far, as {@link #toInventory} would total them. */
  public Optional<Co2e> emissionsSoFar() {
    BigDecimal t = null;
    for (Bucket[] buckets : sources.values()) {
      for (int c = 0; c < CATEGORIES.length; c++) {
        Bucket line = line(buckets, c);
        BigDecimal e = line == null ? null : line.emissions(calculator.minScale());
        if (e != null) {
          t = t == null ? e : t.add(e);
        }
      }
    }
    return Optional.ofNullable(t).map(Co2e::tonnes);
  }
}
