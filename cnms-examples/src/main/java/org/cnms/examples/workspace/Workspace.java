// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import java.util.Optional;
import org.cnms.assets.conformity.ClaimEvidence;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerHead;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.MeterReadings;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.system.ManagementSystem;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.conformity.ActivityMeterReadings;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.indicator.IntensityDenominators;
import org.cnms.quantification.method.ProductFootprint;
import org.cnms.quantification.method.ProductFootprintMethod;
import org.cnms.quantification.method.RefrigerantInventoryChange;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's carbon-neutrality management system (T/CAS 612—2022) as a directory of files,
 * loaded, checked and computed: the management system of clauses 4–10 with its GHG inventories
 * (clause 6.3) computed from the activity data, the calculator that computed them, and the
 * carbon-asset ledger (clause 6.7).
 *
 * <h2>The layout (the documented input format)</h2>
 * <pre>
 * workspace.yaml     name, organisation, years, baseYear, assessmentDate, gwpSet,
 *                    optional inventoryIdPrefix (INV-), factorLibrary {name, version},
 *                    neutralityClaims [{id, year, ledgerHead {size, hash}}] (one claim a
 *                    year; ledgerHead pins the ledger head the claim was judged on),
 *                    yearsWithoutActivity {year: reason} (years that truly have no activity)
 * system.yaml        the ManagementSystem in its YAML form, without inventories
 * activity/*.csv     activity data (columns id, source, facility, category, activity, amount,
 *   and *.xlsx       unit, start, end, obtained_by, meter, document, region, corrects), CSV in
 *                    UTF-8 or GB18030 or a workbook's first sheet, streamed (see ActivityImport);
 *                    every reporting year has records, and every source of the data-quality
 *                    plan collected periodically covers the whole year;
 *                    no other file or folder in activity/ or footprints/
 * factors.csv        the organisation's own factors, with provenance (optional)
 * footprints/*.json  supplier product footprints, PACT v3 (optional)
 * ledger.jsonl       the carbon-asset ledger, one hash-chained entry per line (optional)
 * intensity.csv      the denominators of intensity indicators: indicator, year, value, unit
 *                    (optional; see IntensityDenominators)
 * </pre>
 *
 * <h2>How a figure of activity data is quantified</h2>
 * <ul>
 *   <li>a record of a sink (a {@code sinks} id of system.yaml): removals, by the removal factor
 *       of its activity key;
 *   <li>an activity key that is a fuel of the factor library ({@code natural-gas}, {@code diesel},
 *       {@code gasoline} …): the fuel-combustion method of GB/T 32150 with the embedded defaults;
 *   <li>{@code refrigerant.<gas or blend>} (e.g. {@code refrigerant.R-410A}) in a mass unit: the
 *       amount recharged is the amount leaked (inventory change with unchanged stock); blends
 *       split into their components by the embedded mass fractions;
 *   <li>an activity key that is a product id of a supplier footprint in {@code footprints/}:
 *       quantity × the footprint whose reference period encloses the activity period;
 *   <li>any other key: the emission-factor method, factors from the embedded reference data and
 *       {@code factors.csv} (the latest earlier year's factor applies where the activity year has
 *       none, and the trace says so).
 * </ul>
 * The inventory of each reporting year is named {@code inventoryIdPrefix + year}, e.g.
 * {@code INV-2021}; system.yaml refers to those ids.
 *
 * <p>Loading reports every problem of every file with its file and line in one
 * {@link WorkspaceException}. Immutable once loaded (the ledger is the one mutable part, as
 * read); thread-safe.
 */
public final class Workspace {

  private static final String SAMPLE = "/org/cnms/examples/sample/workspace.yaml";

  private final String name;
  private final String organisation;
  private final List<Integer> years;
  private final int baseYear;
  private final LocalDate assessmentDate;
  private final GwpSet gwpSet;
  private final ManagementSystem system;
  private final ActivityData activity;
  private final Calculator calculator;
  private final List<GhgInventory> inventories;
  private final Ledger ledger;
  private final Map<String, List<ProductFootprint>> footprints;
  private final Map<Integer, String> claims;
  private final String inventoryIdPrefix;
  private final Map<Integer, String> yearsWithoutActivity;
  private final Map<Integer, LedgerHead> claimPins;
  private final IntensityDenominators denominators;

  @SuppressWarnings("checkstyle:ParameterNumber")
  Workspace(String name, String organisation, List<Integer> years, int baseYear,
      @Nullable LocalDate assessmentDate, GwpSet gwpSet, @Nullable ManagementSystem system,
      ActivityData activity, Calculator calculator, List<GhgInventory> inventories,
      Ledger ledger, Map<String, List<ProductFootprint>> footprints, Map<Integer, String> claims,
      String inventoryIdPrefix, Map<Integer, String> yearsWithoutActivity,
      Map<Integer, LedgerHead> claimPins, IntensityDenominators denominators) {
    this.denominators = denominators;
    this.name = name;
    this.organisation = organisation;
    this.years = List.copyOf(years);
    this.baseYear = baseYear;
    this.assessmentDate = Objects.requireNonNull(assessmentDate, "assessmentDate");
    this.gwpSet = gwpSet;
    this.system = Objects.requireNonNull(system, "system");
    this.activity = activity;
    this.calculator = calculator;
    this.inventories = inventories.stream()
        .sorted(Comparator.comparing(GhgInventory::period)).toList();
    this.ledger = ledger;
    Map<String, List<ProductFootprint>> fp = new LinkedHashMap<>();
    footprints.forEach((k, v) -> fp.put(k, List.copyOf(v)));
    this.footprints = java.util.Collections.unmodifiableMap(fp);
    this.claims = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(claims));
    this.inventoryIdPrefix = inventoryIdPrefix;
    this.yearsWithoutActivity = java.util.Collections.unmodifiableMap(
        new java.util.TreeMap<>(yearsWithoutActivity));
    this.claimPins = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(claimPins));
  }

  /**
   * Loads the workspace in {@code directory}: reads and checks every file, computes the
   * inventories and builds the management system with them.
   *
   * @param directory the workspace directory, not null
   * @return the workspace
   * @throws WorkspaceException listing every problem of every file with its file and line
   * @throws UncheckedIOException if a folder cannot be listed
   */
  public static Workspace load(Path directory) {
    return new WorkspaceLoader(Objects.requireNonNull(directory, "directory"), null).load();
  }

  /**
   * Loads the workspace in {@code directory} with its carbon-asset ledger read from
   * {@code ledger} instead of the workspace's own (a JSON Lines file, relative to the current
   * directory, or a JDBC URL whose credentials come from the environment; see
   * {@link LedgerLocation}). The ledger is read, verified and replayed; the workspace does not
   * write to it.
   *
   * @param directory the workspace directory, not null
   * @param ledger where the ledger is, not null
   * @return the workspace
   * @throws WorkspaceException listing every problem of every file with its file and line
   */
  public static Workspace load(Path directory, LedgerLocation ledger) {
    return new WorkspaceLoader(Objects.requireNonNull(directory, "directory"),
        Objects.requireNonNull(ledger, "ledger")).load();
  }

  /**
   * The bundled sample: 华东精密部件有限公司, a two-plant automotive-parts manufacturer with a head
   * office and an owned forest, 2021 (base year) to 2025. Read from the class path (also from
   * inside a jar).
   *
   * @throws IllegalStateException if the sample is not on the class path
   */
  public static Workspace sample() {
    return load(sampleDirectory());
  }

  /**
   * The directory of the bundled sample: a folder on the class path, or a folder inside the jar
   * (on a zip file system, readable with {@link java.nio.file.Files}).
   *
   * @throws IllegalStateException if the sample is not on the class path
   */
  public static Path sampleDirectory() {
    URL url = Workspace.class.getResource(SAMPLE);
    if (url == null) {
      throw new IllegalStateException("The bundled sample " + SAMPLE + " is not on the class"
          + " path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        String inner = uri.getSchemeSpecificPart();
        inner = inner.substring(inner.indexOf("!/") + 1);
        return fs.getPath(inner).getParent();
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("Cannot open the bundled sample at " + url + ": "
          + e.getMessage(), e);
    }
  }

  /** The workspace's short name, e.g. {@code east-china-precision}. */
  public String name() {
    return name;
  }

  /** The organisation's name, e.g. {@code 华东精密部件有限公司}. */
  public String organisation() {
    return organisation;
  }

  /** The reporting years, ascending. */
  public List<Integer> years() {
    return years;
  }

  /** The base year (clause 6.5). */
  public int baseYear() {
    return baseYear;
  }

  /** The date the system is assessed at. */
  public LocalDate assessmentDate() {
    return assessmentDate;
  }

  /** The GWP set the inventories use. */
  public GwpSet gwpSet() {
    return gwpSet;
  }

  /** The management system, with the inventories computed from the activity data. */
  public ManagementSystem system() {
    return system;
  }

  /**
   * The activity data of every file, in file and row order, without the records corrected by
   * others.
   *
   * @return the records
   * @throws IllegalStateException if the workspace holds more records than it keeps in memory
   *     ({@value ActivityPass#KEPT}); read them with {@link #activityStream()}
   */
  public List<ActivityRecord> activity() {
    List<ActivityRecord> kept = activity.kept();
    if (kept == null) {
      throw new IllegalStateException("the workspace holds " + activity.count() + " activity"
          + " records, more than the " + activity.keep() + " it keeps in memory; read them"
          + " with activityStream()");
    }
    return kept;
  }

  /**
   * The activity data of one year.
   *
   * @param year the year
   * @return its records, in file and row order
   * @throws IllegalStateException as {@link #activity()}
   */
  public List<ActivityRecord> activity(int year) {
    return activity().stream().filter(r -> r.period().start().getYear() == year).toList();
  }

  /**
   * The denominators of the intensity indicators (clause 6.4) from {@code intensity.csv}
   * (columns {@code indicator,year,value,unit}); none if the workspace has no such file.
   */
  public IntensityDenominators intensityDenominators() {
    return denominators;
  }

  /** The number of activity records that count (corrected ones left out). */
  public long activityCount() {
    return activity.count();
  }

  /**
   * The activity data of every file as a stream, in file and row order, read again from the files
   * when the workspace holds more records than it keeps in memory. Close the stream after use.
   *
   * @return the records
   */
  public Stream<ActivityRecord> activityStream() {
    return activity.stream();
  }

  /**
   * The calculator: the embedded reference data plus factors.csv, the workspace's GWP set, full
   * traces. Use {@link #calculate(ActivityRecord)} to quantify a record as the inventories do.
   */
  public Calculator calculator() {
    return calculator;
  }

  /** The computed inventories, one per reporting year, in period order. */
  public List<GhgInventory> inventories() {
    return inventories;
  }

  /** The inventory of {@code year}, if it is a reporting year. */
  public Optional<GhgInventory> inventory(int year) {
    return inventories.stream().filter(i -> i.period().start().getYear() == year).findFirst();
  }

  /** The id the workspace gives the inventory of {@code year}, e.g. {@code INV-2021}. */
  public String inventoryId(int year) {
    return inventoryIdPrefix + year;
  }

  /** The carbon-asset ledger, verified on import. */
  public Ledger ledger() {
    return ledger;
  }

  /** The supplier footprints by product id. */
  public Map<String, List<ProductFootprint>> footprints() {
    return footprints;
  }

  /**
   * The reporting years declared in workspace.yaml to have no activity data at all, each with its
   * reason ({@code yearsWithoutActivity}); every other reporting year has activity records.
   */
  public Map<Integer, String> yearsWithoutActivity() {
    return yearsWithoutActivity;
  }

  /**
   * The ledger head each neutrality claim was judged on ({@code ledgerHead} of the claim in
   * workspace.yaml), by year; loading checked that the ledger still holds that head (same hash at
   * that sequence), so a deleted or rewritten history is a problem, never a silent new answer.
   */
  public Map<Integer, LedgerHead> ledgerHeadsOfClaims() {
    return claimPins;
  }

  /** The neutrality claims of workspace.yaml: claim id by year. */
  public Map<Integer, String> neutralityClaims() {
    return claims;
  }

  /** The current carbon-neutrality target (clause 6.6.1), if any. */
  public Optional<CarbonNeutralityTarget> currentTarget() {
    return system.currentNeutralityTargets().stream().findFirst();
  }

  /**
   * The current baseline (clause 6.5): the one the current target names, else the first current
   * one.
   */
  public Optional<Baseline> currentBaseline() {
    Optional<String> named = currentTarget().map(CarbonNeutralityTarget::baselineId);
    List<Baseline> current = system.currentBaselines();
    return current.stream().filter(b -> named.map(n -> n.equals(b.id())).orElse(false))
        .findFirst().or(() -> current.stream().findFirst());
  }

  /**
   * The neutrality balance of the claim of {@code year} towards the current target: the
   * inventory's emissions and removals of the target's categories, less the units the ledger
   * shows retired for the claim, under {@link EligibilityPolicy#anyOutsideBoundary()}.
   *
   * @throws IllegalArgumentException if the year has no claim, no inventory or there is no
   *     current target
   */
  public NeutralityBalance neutralityBalance(int year) {
    String claim = claims.get(year);
    if (claim == null) {
      throw new IllegalArgumentException("workspace.yaml names no neutrality claim for " + year
          + "; claims: " + claims);
    }
    GhgInventory inv = inventory(year).orElseThrow(() -> new IllegalArgumentException(
        "No inventory for " + year));
    CarbonNeutralityTarget target = currentTarget().orElseThrow(() ->
        new IllegalArgumentException("The system has no current carbon-neutrality target"));
    return NeutralityBalance.of(claim, ReportingPeriod.calendarYear(year), target, inv, ledger,
        EligibilityPolicy.anyOutsideBoundary());
  }

  /**
   * What a conformity assessment of this workspace reads (T/CAS 612 clause 9.3): the system with
   * its computed inventories on the assessment date, the meter readings of the activity data
   * (for clause 9.1.3) and the ledger with the neutrality balances of the claims (for clause 6.7).
   */
  public AssessmentContext assessmentContext() {
    List<NeutralityBalance> balances = claims.keySet().stream().sorted()
        .filter(year -> inventory(year).isPresent() && currentTarget().isPresent())
        .map(this::neutralityBalance).toList();
    return AssessmentContext.builder().system(system).assessmentDate(assessmentDate)
        .extension(MeterReadings.class, ActivityMeterReadings.of(meteredRecords()))
        .extension(ClaimEvidence.class, ClaimEvidence.of(ledger, balances))
        .build();
  }

  /** The records read from a meter, for the meter readings of clause 9.1.3. */
  private List<ActivityRecord> meteredRecords() {
    if (activity.kept() != null) {
      return activity();
    }
    try (Stream<ActivityRecord> s = activityStream()) {
      return s.filter(r -> r.meterId().isPresent()).toList();
    }
  }

  /**
   * Quantifies one record as the inventories do (see the class comment), with a full trace.
   *
   * @throws org.cnms.quantification.factor.MissingFactorException if factors are missing
   * @throws IllegalArgumentException if no footprint covers a product's period, or a unit does
   *     not fit its method
   */
  public CalculationResult calculate(ActivityRecord record) {
    Dispatch d = dispatch(record, footprints);
    return switch (d.kind()) {
      case FOOTPRINT -> calculator.calculate(record, ProductFootprintMethod.of(d.footprint()));
      case REFRIGERANT -> calculator.calculate(d.refrigerant());
      case RECORD -> calculator.calculate(record);
    };
  }

  /**
   * Quantifies, with full traces, the activity records a period encloses, for the provenance of
   * a report, without holding the records or their results: records that differ only in id,
   * meter, document and amount are quantified once, on their summed amount (the calculation is
   * linear in the amount), and each result is handed over with the number of records it stands
   * for. Groups are handed over in the order first seen, at the latest every {@value
   * #GROUPS_HELD} groups.
   *
   * @param period the period whose records are quantified
   * @param results receives each result and the number of records it stands for
   * @throws org.cnms.quantification.factor.MissingFactorException if factors are missing
   * @throws IllegalArgumentException as {@link #calculate(ActivityRecord)}
   */
  public void calculateGrouped(ReportingPeriod period, ObjLongConsumer<CalculationResult> results) {
    SummedRecords<Boolean> groups = new SummedRecords<>();
    SummedRecords.GroupConsumer<Boolean> quantify =
        (record, at, records) -> results.accept(calculate(record), records);
    try (Stream<ActivityRecord> s = activityStream()) {
      s.filter(r -> period.encloses(r.period())).forEach(r -> {
        groups.add(r, Boolean.TRUE);
        if (groups.size() == GROUPS_HELD) {
          groups.drain(quantify);
        }
      });
    }
    groups.drain(quantify);
  }

  /** The groups {@link #calculateGrouped} holds at most before it quantifies them. */
  private static final int GROUPS_HELD = 100_000;

  /** Thrown when a product's activity has no footprint covering its period. */
  static final class NoFootprintException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoFootprintException(String message) {
      super(message);
    }
  }

  /** How a record is quantified. */
  enum DispatchKind { RECORD, FOOTPRINT, REFRIGERANT }

  /** The way one record is quantified, with what it needs. */
  record Dispatch(DispatchKind kind, @Nullable ProductFootprint footprintOrNull,
      @Nullable RefrigerantInventoryChange refrigerantOrNull) {

    ProductFootprint footprint() {
      return Objects.requireNonNull(footprintOrNull);
    }

    RefrigerantInventoryChange refrigerant() {
      return Objects.requireNonNull(refrigerantOrNull);
    }
  }

  static Dispatch dispatch(ActivityRecord r, Map<String, List<ProductFootprint>> footprints) {
    List<ProductFootprint> fps = footprints.get(r.activityKey());
    if (fps != null) {
      ProductFootprint pf = fps.stream().filter(f -> f.referencePeriod().encloses(r.period()))
          .max(Comparator.comparing(ProductFootprint::created)).orElseThrow(() ->
              new NoFootprintException("no footprint of product " + r.activityKey()
                  + " has a reference period enclosing " + r.period() + "; footprints cover "
                  + fps.stream().map(f -> f.referencePeriod().toString()).toList()));
      return new Dispatch(DispatchKind.FOOTPRINT, pf, null);
    }
    if (r.activityKey().startsWith(WorkspaceLoader.REFRIGERANT_PREFIX)) {
      return new Dispatch(DispatchKind.REFRIGERANT, null, WorkspaceLoader.refrigerant(r));
    }
    return new Dispatch(DispatchKind.RECORD, null, null);
  }
}
