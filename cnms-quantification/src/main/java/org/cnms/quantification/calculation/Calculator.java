// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import org.cnms.quantification.method.TraceTerm;
import org.cnms.quantification.method.MethodContext;
import org.cnms.quantification.method.GasChain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.cnms.core.units.Ratio;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.MissingFactor;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.ActivityMethod;
import org.cnms.quantification.calculation.internal.Recipe;
import org.cnms.quantification.calculation.internal.RecipeSource;
import org.cnms.quantification.internal.Multiplier;
import org.cnms.quantification.method.EmissionFactorMethod;
import org.cnms.quantification.method.PurchasedEnergy;
import org.cnms.quantification.method.SourceQuantification;
import org.jspecify.annotations.Nullable;

/**
 * The calculator (T/CAS 612 clause 6.3): activity data + method + factors → emissions per gas and
 * in CO₂e, each with a {@link Trace} naming the inputs, the unit conversions, the factors with
 * their provenance, the GWP set and value, the formula and the factor-library version.
 *
 * <p>Which method applies to a record: the one {@linkplain Builder#methodForSource set for its
 * source}, else the one {@linkplain Builder#methodForKey set for its activity key}, else the
 * {@linkplain Builder#defaultMethod default}, which is the emission-factor method by activity key.
 *
 * <p><b>Speed.</b> A method is prepared once per activity key, unit, region and period into a
 * recipe of exact multipliers and cached; applying it does no unit arithmetic, no look-up
 * and, in {@link TraceMode#SUMMARY}, builds no trace. For bulk runs use {@code
 * org.cnms.quantification.aggregation.InventoryAccumulator}, which applies recipes straight into
 * its sums without building results.
 *
 * <p><b>Errors.</b> A unit that does not fit the method fails at once with a {@link
 * org.cnms.core.units.UnitMismatchException} naming the source, the unit given and the unit
 * expected. Missing factors are collected: {@link #calculateAll} reports all of a batch in one
 * {@link MissingFactorException}.
 *
 * <p>Immutable once built; thread-safe (the cache of recipes is concurrent).
 */
public final class Calculator {

  /** The default minimum scale of a divided figure, in decimal places of a tonne. */
  public static final int DEFAULT_MIN_SCALE = 12;

  private final FactorLibrary library;
  private final GwpSet gwpSet;
  private final TraceMode traceMode;
  private final int minScale;
  private final ActivityMethod defaultMethod;
  private final Map<String, ActivityMethod> bySource;
  private final Map<String, ActivityMethod> byKey;
  private final Optional<String> version;
  private final ConcurrentHashMap<RecipeKey, Prepared> recipes = new ConcurrentHashMap<>();
  private final RecipeSource source = new Source();

  static {
    // the bulk runs of this module (InventoryAccumulator) reach the shared recipes this way
    RecipeSource.register(c -> ((Calculator) c).source);
  }

  private record RecipeKey(ActivityMethod method, String key, String unit, @Nullable String region,
      ReportingPeriod period) {}

  /** A recipe with the summary trace of each of its lines. */
  private record Prepared(Recipe recipe, Trace[] summaries) {}

  /** This calculator's recipes and methods, for the bulk runs of this module. */
  private final class Source implements RecipeSource {
    @Override
    public Recipe recipe(ActivityRecord record, ActivityMethod method) {
      return prepared(record, method).recipe();
    }

    @Override
    public ActivityMethod methodFor(ActivityRecord record) {
      return Calculator.this.methodFor(record);
    }

    @Override
    public boolean hasMethodsBySource() {
      return !bySource.isEmpty();
    }
  }

  private Calculator(Builder b) {
    this.library = Objects.requireNonNull(b.library, "library");
    this.gwpSet = Objects.requireNonNull(b.gwpSet, "gwpSet");
    this.traceMode = b.traceMode;
    this.minScale = b.minScale;
    this.defaultMethod = b.defaultMethod;
    // hash maps rather than Map.copyOf: methodFor runs once per record in bulk runs
    this.bySource = Collections.unmodifiableMap(new HashMap<>(b.bySource));
    this.byKey = Collections.unmodifiableMap(new HashMap<>(b.byKey));
    this.version = Optional.of(library.nameAndVersion());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The factor library. */
  public FactorLibrary library() {
    return library;
  }

  /** The GWP set. */
  public GwpSet gwpSet() {
    return gwpSet;
  }

  /** The trace mode of {@link #calculate} results. */
  public TraceMode traceMode() {
    return traceMode;
  }

  /** The minimum scale of divided figures (see {@link Trace}). */
  public int minScale() {
    return minScale;
  }

  /** The library's name and version, as results record it. */
  public Optional<String> factorLibraryVersion() {
    return version;
  }

  /** The method of records without a method of their own. */
  public ActivityMethod defaultMethod() {
    return defaultMethod;
  }

  /** The methods set per source, in order of source id. */
  public Map<String, ActivityMethod> methodsBySource() {
    return Collections.unmodifiableMap(new java.util.TreeMap<>(bySource));
  }

  /** The methods set per activity key, in order of key. */
  public Map<String, ActivityMethod> methodsByKey() {
    return Collections.unmodifiableMap(new java.util.TreeMap<>(byKey));
  }

  /** The method that applies to {@code record}. */
  public ActivityMethod methodFor(ActivityRecord record) {
    if (!bySource.isEmpty()) {
      ActivityMethod m = bySource.get(record.sourceId());
      if (m != null) {
        return m;
      }
    }
    if (!byKey.isEmpty()) {
      ActivityMethod m = byKey.get(record.activityKey());
      if (m != null) {
        return m;
      }
    }
    return defaultMethod;
  }

  /**
   * The recipe of {@code method} for the record's activity key, unit, region and period, with its
   * summary traces, prepared once and cached.
   *
   * @throws org.cnms.core.units.UnitMismatchException if the record's unit does not fit
   */
  private Prepared prepared(ActivityRecord record, ActivityMethod method) {
    String region = record.region().orElse(null);
    RecipeKey key = new RecipeKey(method, record.activityKey(), record.amount().unit().code(),
        region, record.period());
    Prepared r = recipes.get(key);
    if (r == null) {
      r = prepare(record, method);
      Prepared prev = recipes.putIfAbsent(key, r);
      if (prev != null) {
        r = prev;
      }
    }
    return r;
  }

  private Prepared prepare(ActivityRecord record, ActivityMethod method) {
    MeasureUnit unit = record.amount().unit();
    MethodContext ctx = new MethodContext(library, gwpSet, record.sourceId(), record.id(),
        record.activityKey(), unit, record.region(), record.period());
    List<GasChain> chains = List.of();
    List<MissingFactor> missing = List.of();
    try {
      chains = method.prepare(ctx);
    } catch (MissingFactorException e) {
      missing = e.missing();
    }
    Trace[] summaries = new Trace[chains.size()];
    for (int i = 0; i < summaries.length; i++) {
      GasChain c = chains.get(i);
      summaries[i] = Trace.builder().mode(TraceMode.SUMMARY).method(method.name())
          .formula(method.formula()).addAllFactors(c.factors()).gwpSet(gwpSet.name()).gwp(c.gwp())
          .factorLibraryVersion(version).addAllNotes(c.notes()).build();
    }
    return new Prepared(new Recipe(method, chains, missing, minScale), summaries);
  }

  /**
   * Calculates one record with its method.
   *
   * @throws MissingFactorException if factors are missing
   * @throws org.cnms.core.units.UnitMismatchException if the unit does not fit the method
   */
  public CalculationResult calculate(ActivityRecord record) {
    return calculate(record, methodFor(record));
  }

  /**
   * Calculates one record with {@code method}.
   *
   * @throws MissingFactorException if factors are missing
   * @throws org.cnms.core.units.UnitMismatchException if the unit does not fit the method
   */
  public CalculationResult calculate(ActivityRecord record, ActivityMethod method) {
    Prepared prepared = prepared(record, method);
    Recipe recipe = prepared.recipe();
    if (recipe.isMissing()) {
      List<MissingFactor> m = new ArrayList<>();
      for (MissingFactor f : recipe.missing()) {
        m.add(f.withRecord(record.id()));
      }
      throw new MissingFactorException(m);
    }
    return result(record, prepared);
  }

  /**
   * Calculates every record, collecting all missing factors of the batch.
   *
   * @return the results, in the order of the records
   * @throws MissingFactorException listing every missing factor with the records that need it
   * @throws org.cnms.core.units.UnitMismatchException at the first unit that does not fit
   */
  public List<CalculationResult> calculateAll(Collection<ActivityRecord> records) {
    List<CalculationResult> results = new ArrayList<>(records.size());
    Map<String, MissingFactor> missing = new LinkedHashMap<>();
    for (ActivityRecord r : records) {
      Prepared prepared = prepared(r, methodFor(r));
      if (prepared.recipe().isMissing()) {
        for (MissingFactor f : prepared.recipe().missing()) {
          missing.merge(f.identity(), f.withRecord(r.id()), (a, b) -> a.merge(b));
        }
      } else {
        results.add(result(r, prepared));
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFactorException(new ArrayList<>(missing.values()));
    }
    return results;
  }

  private CalculationResult result(ActivityRecord record, Prepared prepared) {
    Recipe recipe = prepared.recipe();
    BigDecimal amount = record.amount().value();
    CalculationResult.Builder b = CalculationResult.builder()
        .id(record.id()).sourceId(record.sourceId()).facilityId(record.facilityId())
        .category(record.category()).period(record.period()).method(recipe.method().name())
        .gwpSet(gwpSet.name()).factorLibraryVersion(version)
        .obtainedBy(record.obtainedBy()).dataQuality(record.dataQuality());
    for (int i = 0; i < recipe.size(); i++) {
      Trace trace = prepared.summaries()[i];
      if (traceMode == TraceMode.FULL) {
        GasChain c = recipe.chain(i);
        List<TraceTerm> terms = new ArrayList<>(c.terms().size() + 1);
        terms.add(TraceTerm.of("activity amount " + record.id(), Ratio.of(amount),
            record.amount().unit().code()));
        terms.addAll(c.terms());
        trace = trace.withMode(TraceMode.FULL).withTerms(terms)
            .withGasScale(recipe.gasScale(i, amount)).withCo2eScale(recipe.co2eScale(i, amount));
      }
      b.addLines(GasResult.builder().gas(recipe.gas(i)).kind(recipe.kind(i))
          .gasTonnes(recipe.gasTonnes(i, amount))
          .co2e(Co2e.tonnes(recipe.co2eTonnes(i, amount))).trace(trace).build());
    }
    return b.build();
  }

  /**
   * Calculates a source quantified from several inputs (purchased energy — location-based —,
   * mass balance, refrigerant inventory change).
   *
   * @throws MissingFactorException if factors are missing
   * @throws org.cnms.core.units.UnitMismatchException if a unit does not fit
   * @throws IllegalArgumentException if the inputs give a negative quantity
   */
  public CalculationResult calculate(SourceQuantification q) {
    return result(q, q.id(), q.chains(context(q)));
  }

  /**
   * Calculates purchased energy both location-based and market-based; the results' ids are the
   * input's id with {@code #location} and {@code #market}.
   *
   * @throws MissingFactorException listing the factors missing for either basis
   */
  public PurchasedEnergyResult calculateBothBases(PurchasedEnergy energy) {
    MethodContext ctx = context(energy);
    List<MissingFactor> missing = new ArrayList<>();
    List<GasChain> location = List.of();
    List<GasChain> market = List.of();
    try {
      location = energy.chains(ctx);
    } catch (MissingFactorException e) {
      missing.addAll(e.missing());
    }
    try {
      market = energy.marketBasedChains(ctx);
    } catch (MissingFactorException e) {
      missing.addAll(e.missing());
    }
    if (!missing.isEmpty()) {
      throw new MissingFactorException(missing);
    }
    return PurchasedEnergyResult.builder()
        .locationBased(result(energy, energy.id() + "#location", location))
        .marketBased(result(energy, energy.id() + "#market", market)).build();
  }

  private MethodContext context(SourceQuantification q) {
    return new MethodContext(library, gwpSet, q.sourceId(), q.id(), q.name(), q.mainUnit(),
        q.region(), q.period());
  }

  private CalculationResult result(SourceQuantification q, String id, List<GasChain> chains) {
    CalculationResult.Builder b = CalculationResult.builder()
        .id(id).sourceId(q.sourceId()).facilityId(q.facilityId()).category(q.category())
        .period(q.period()).method(q.name()).gwpSet(gwpSet.name())
        .factorLibraryVersion(version).obtainedBy(q.obtainedBy());
    for (GasChain c : chains) {
      Multiplier gas = Multiplier.of(c.gasRatio());
      Multiplier co2e = Multiplier.of(c.co2eRatio());
      Trace trace = Trace.builder().mode(traceMode).method(q.name()).formula(q.formula())
          .addAllFactors(c.factors()).gwpSet(gwpSet.name()).gwp(c.gwp())
          .factorLibraryVersion(version).addAllNotes(c.notes()).build();
      if (traceMode == TraceMode.FULL) {
        int gs = gas.scaleFor(BigDecimal.ONE, minScale);
        int cs = co2e.scaleFor(BigDecimal.ONE, minScale);
        trace = trace.withTerms(c.terms())
            .withGasScale(gs < 0 ? Optional.empty() : Optional.of(gs))
            .withCo2eScale(cs < 0 ? Optional.empty() : Optional.of(cs));
      }
      b.addLines(GasResult.builder().gas(c.gas()).kind(c.kind())
          .gasTonnes(gas.apply(BigDecimal.ONE, minScale))
          .co2e(Co2e.tonnes(co2e.apply(BigDecimal.ONE, minScale))).trace(trace).build());
    }
    return b.build();
  }

  /** Builds a {@link Calculator}; the library and the GWP set are required. */
  public static final class Builder {
    private @Nullable FactorLibrary library;
    private @Nullable GwpSet gwpSet;
    private TraceMode traceMode = TraceMode.SUMMARY;
    private int minScale = DEFAULT_MIN_SCALE;
    private ActivityMethod defaultMethod = EmissionFactorMethod.byActivityKey();
    private final Map<String, ActivityMethod> bySource = new HashMap<>();
    private final Map<String, ActivityMethod> byKey = new HashMap<>();

    private Builder() {}

    /** The factor library. */
    public Builder library(FactorLibrary library) {
      this.library = library;
      return this;
    }

    /** The GWP set. */
    public Builder gwpSet(GwpSet gwpSet) {
      this.gwpSet = gwpSet;
      return this;
    }

    /** The trace mode; {@link TraceMode#SUMMARY} by default. */
    public Builder traceMode(TraceMode traceMode) {
      this.traceMode = Objects.requireNonNull(traceMode, "traceMode");
      return this;
    }

    /**
     * The minimum scale of a divided figure, {@value Calculator#DEFAULT_MIN_SCALE} by default.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder minScale(int minScale) {
      if (minScale < 0) {
        throw new IllegalArgumentException("Calculator.minScale must not be negative, but was "
            + minScale);
      }
      this.minScale = minScale;
      return this;
    }

    /** The method of records without a method of their own. */
    public Builder defaultMethod(ActivityMethod method) {
      this.defaultMethod = Objects.requireNonNull(method, "method");
      return this;
    }

    /** The method of the records of one source. */
    public Builder methodForSource(String sourceId, ActivityMethod method) {
      bySource.put(sourceId, Objects.requireNonNull(method, "method"));
      return this;
    }

    /** The method of the records of one activity key. */
    public Builder methodForKey(String activityKey, ActivityMethod method) {
      byKey.put(activityKey, Objects.requireNonNull(method, "method"));
      return this;
    }

    /**
     * The calculator.
     *
     * @throws NullPointerException if the library or the GWP set is not set
     */
    public Calculator build() {
      return new Calculator(this);
    }
  }
}
