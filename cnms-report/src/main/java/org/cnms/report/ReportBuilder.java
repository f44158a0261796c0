// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.neutrality.RefusedUnits;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ClauseSummary;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.indicator.IndicatorCalculator;
import org.cnms.quantification.indicator.Intensity;
import org.cnms.quantification.progress.ProgressCalculator;
import org.cnms.quantification.progress.ProgressReport;
import org.cnms.quantification.progress.Projection;
import org.cnms.quantification.progress.TargetProgress;
import org.cnms.quantification.progress.YearValue;
import org.cnms.report.CarbonNeutralityReport.AppliedFactor;
import org.cnms.report.CarbonNeutralityReport.BalanceSection;
import org.cnms.report.CarbonNeutralityReport.BaselineCategory;
import org.cnms.report.CarbonNeutralityReport.BaselineSection;
import org.cnms.report.CarbonNeutralityReport.CalculationBasis;
import org.cnms.report.CarbonNeutralityReport.CategoryRow;
import org.cnms.report.CarbonNeutralityReport.Change;
import org.cnms.report.CarbonNeutralityReport.ClauseRow;
import org.cnms.report.CarbonNeutralityReport.ConformitySection;
import org.cnms.report.CarbonNeutralityReport.FacilityRow;
import org.cnms.report.CarbonNeutralityReport.FacilityShare;
import org.cnms.report.CarbonNeutralityReport.FindingRow;
import org.cnms.report.CarbonNeutralityReport.GasRow;
import org.cnms.report.CarbonNeutralityReport.IntensitySeries;
import org.cnms.report.CarbonNeutralityReport.IntensityYear;
import org.cnms.report.CarbonNeutralityReport.InventoryRef;
import org.cnms.report.CarbonNeutralityReport.InventorySection;
import org.cnms.report.CarbonNeutralityReport.OpenNonconformity;
import org.cnms.report.CarbonNeutralityReport.OrganisationSection;
import org.cnms.report.CarbonNeutralityReport.ProgressSection;
import org.cnms.report.CarbonNeutralityReport.ProjectionSummary;
import org.cnms.report.CarbonNeutralityReport.RecalculationCheck;
import org.cnms.report.CarbonNeutralityReport.RefusedRow;
import org.cnms.report.CarbonNeutralityReport.RetirementRow;
import org.cnms.report.CarbonNeutralityReport.SourceRow;
import org.cnms.report.CarbonNeutralityReport.TargetRow;
import org.cnms.report.CarbonNeutralityReport.TrendSection;
import org.cnms.report.CarbonNeutralityReport.TrendYear;
import org.cnms.report.CarbonNeutralityReport.YearLevel;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link CarbonNeutralityReport}, or one of its sections, from the domain objects: the
 * management system, its inventories, the current baseline and target, the carbon-asset ledger
 * and the neutrality claims, the conformity assessment, the calculation results of the latest
 * year (for the provenance of its figures) and the intensity denominators.
 *
 * <p><b>The claim.</b> The balance is that of one named claim: {@link #claimId(String)} if given
 * (its period is the year the claims name it for, or the period of its retirements in the
 * ledger); otherwise the single claim of the latest inventory's year. Several claims for that
 * year, or a named claim neither the claims nor the ledger know, throw a {@link
 * ClaimSelectionException} naming the candidates. A year no claim names is balanced under {@code
 * CLAIM-<year>}, with no units retired.
 *
 * <p>Every figure is computed by the domain types (inventory totals and views, the progress and
 * indicator calculators, the neutrality balance); shares and changes are percentages to 16
 * significant digits, half-even ({@link MathContext#DECIMAL64}). Not thread-safe: build in one
 * thread; each {@code build} computes afresh.
 */
public final class ReportBuilder {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private @Nullable ManagementSystem system;
  private List<GhgInventory> inventories = List.of();
  private @Nullable Baseline baseline;
  private @Nullable CarbonNeutralityTarget target;
  private @Nullable Ledger ledger;
  private Map<Integer, String> claims = Map.of();
  private @Nullable String claimId;
  private @Nullable AssessmentReport conformity;
  private boolean allFindings;
  private CalculationProvenance provenance = new CalculationProvenance();
  private BiFunction<String, Integer, Optional<Amount>> denominators =
      (indicator, year) -> Optional.empty();
  private String workspace = "";
  private @Nullable LocalDate assessmentDate;
  private @Nullable String factorLibrary;
  private String calculatorGwpSet = "";
  private Locale locale = Locale.ENGLISH;
  private ProgressCalculator progressCalculator = ProgressCalculator.withDefaultRounding();
  private IndicatorCalculator indicatorCalculator = IndicatorCalculator.withDefaultRounding();

  ReportBuilder() {}

  /** The management system reported on. */
  public ReportBuilder system(ManagementSystem system) {
    this.system = Objects.requireNonNull(system, "system");
    return this;
  }

  /** The inventories, in any order (the report lists them oldest first). */
  public ReportBuilder inventories(List<GhgInventory> inventories) {
    List<GhgInventory> sorted = new ArrayList<>(inventories);
    sorted.sort((a, b) -> a.period().compareTo(b.period()));
    this.inventories = List.copyOf(sorted);
    return this;
  }

  /** The current baseline, if any. */
  public ReportBuilder baseline(Optional<Baseline> baseline) {
    this.baseline = baseline.orElse(null);
    return this;
  }

  /** The current carbon-neutrality target, if any. */
  public ReportBuilder target(Optional<CarbonNeutralityTarget> target) {
    this.target = target.orElse(null);
    return this;
  }

  /** The carbon-asset ledger. */
  public ReportBuilder ledger(Ledger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    return this;
  }

  /** The neutrality claims the organisation names, claim id by year. */
  public ReportBuilder claims(Map<Integer, String> claims) {
    this.claims = Map.copyOf(claims);
    return this;
  }

  /** The claim to balance; without it, the single claim of the latest year. */
  public ReportBuilder claimId(@Nullable String claimId) {
    this.claimId = claimId;
    return this;
  }

  /** The conformity assessment. */
  public ReportBuilder conformity(AssessmentReport conformity) {
    this.conformity = Objects.requireNonNull(conformity, "conformity");
    return this;
  }

  /** Whether the conformity section lists every finding, not only the nonconformities. */
  public ReportBuilder allFindings(boolean allFindings) {
    this.allFindings = allFindings;
    return this;
  }

  /**
   * The calculation results, with their traces, of the activity data of the latest inventory's
   * year: the provenance of its figures (the method and factors actually applied).
   */
  public ReportBuilder calculationResults(List<CalculationResult> results) {
    this.provenance = CalculationProvenance.of(results);
    return this;
  }

  /**
   * The provenance of the figures (the method and factors actually applied), gathered from the
   * calculation results of any number of activity records without holding them: see {@link
   * CalculationProvenance}. Replaces what {@link #calculationResults} gave.
   */
  public ReportBuilder provenance(CalculationProvenance provenance) {
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    return this;
  }

  /** The denominator of an intensity indicator in a year, by indicator id and year. */
  public ReportBuilder denominators(BiFunction<String, Integer, Optional<Amount>> denominators) {
    this.denominators = Objects.requireNonNull(denominators, "denominators");
    return this;
  }

  /** The name of the workspace the report is made from. */
  public ReportBuilder workspace(String workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    return this;
  }

  /** The date of the conformity assessment. */
  public ReportBuilder assessmentDate(LocalDate assessmentDate) {
    this.assessmentDate = Objects.requireNonNull(assessmentDate, "assessmentDate");
    return this;
  }

  /** The calculator's factor library version and GWP set. */
  public ReportBuilder calculator(Optional<String> factorLibrary, String gwpSet) {
    this.factorLibrary = factorLibrary.orElse(null);
    this.calculatorGwpSet = Objects.requireNonNull(gwpSet, "gwpSet");
    return this;
  }

  /** The language of the texts the domain gives in one language (findings, headings). */
  public ReportBuilder locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  /** The progress calculator (default: {@link ProgressCalculator#withDefaultRounding()}). */
  public ReportBuilder progressCalculator(ProgressCalculator calculator) {
    this.progressCalculator = Objects.requireNonNull(calculator, "calculator");
    return this;
  }

  /** The indicator calculator (default: {@link IndicatorCalculator#withDefaultRounding()}). */
  public ReportBuilder indicatorCalculator(IndicatorCalculator calculator) {
    this.indicatorCalculator = Objects.requireNonNull(calculator, "calculator");
    return this;
  }

  /**
   * The whole report.
   *
   * @throws IllegalStateException if the system, ledger or conformity assessment is missing, or
   *     there is no inventory
   * @throws ClaimSelectionException if the claim cannot be chosen (see the class comment)
   */
  public CarbonNeutralityReport build() {
    return new CarbonNeutralityReport(language(), organisation(), inventory(latest()), trend(),
        intensities(), baselineSection(), progress(), balance(), conformitySection());
  }

  String language() {
    return locale.getLanguage().equals("zh") ? "zh" : "en";
  }

  // ---- inputs ----

  private ManagementSystem sys() {
    if (system == null) {
      throw new IllegalStateException("The report needs the management system");
    }
    return system;
  }

  /** The latest inventory. */
  public GhgInventory latest() {
    if (inventories.isEmpty()) {
      throw new IllegalStateException("The report needs at least one inventory");
    }
    return inventories.get(inventories.size() - 1);
  }

  /** The inventory of the year, if any. */
  public Optional<GhgInventory> inventoryOf(int year) {
    return inventories.stream().filter(i -> i.period().isCalendarYear()
        && i.period().year().getValue() == year).findFirst();
  }

  private Optional<GhgInventory> previous(GhgInventory inventory) {
    GhgInventory before = null;
    for (GhgInventory i : inventories) {
      if (i.period().compareTo(inventory.period()) < 0) {
        before = i;
      }
    }
    return Optional.ofNullable(before);
  }

  /** The categories the target covers, or all six without a target. */
  public Set<EmissionCategory> covered() {
    return target == null ? EnumSet.allOf(EmissionCategory.class)
        : EnumSet.copyOf(target.coveredCategories());
  }

  // ---- organisation ----

  /** The organisation section. */
  public OrganisationSection organisation() {
    ManagementSystem s = sys();
    Organisation o = s.organisation();
    List<FacilityRow> facilities = new ArrayList<>();
    for (Facility f : s.facilities()) {
      facilities.add(new FacilityRow(f.id(), f.name(), f.kind(), f.province().orElse(null),
          s.boundary().includes(f.id())));
    }
    return new OrganisationSection(workspace, assessmentDate == null ? LocalDate.now()
        : assessmentDate, o.id(), o.name(), o.nameEn().orElse(null),
        o.unifiedSocialCreditCode().orElse(null), o.sector(), s.boundary().approach(),
        inventories.stream().map(i -> new InventoryRef(i.id(), i.period())).toList(),
        inventories.stream().map(GhgInventory::gwpSet).distinct().toList(), factorLibrary,
        facilities);
  }

  // ---- inventory ----

  /** The inventory section of {@code inv}, with provenance from the calculation results given. */
  public InventorySection inventory(GhgInventory inv) {
    ManagementSystem s = sys();
    Co2e total = inv.totalEmissions();
    List<CategoryRow> byCategory = new ArrayList<>();
    inv.emissionsByCategory().forEach((c, e) -> byCategory.add(
        new CategoryRow(c, c.scope(), e, share(e, total))));
    List<FacilityShare> byFacility = new ArrayList<>();
    inv.emissionsByFacility().forEach((id, e) -> byFacility.add(new FacilityShare(id,
        s.find(id, Facility.class).map(Facility::name).orElse(""), e, share(e, total))));
    CalculationProvenance.Summary traced = provenance.within(inv.period());
    // CO2e quantified with CO2e factors is booked as CO2: keep it apart from the CO2 mass
    Co2e unseparated = traced.unseparated();
    BigDecimal unseparatedMass = traced.unseparatedMass();
    List<GasRow> byGas = new ArrayList<>();
    Map<GreenhouseGas, BigDecimal> masses = inv.emissionMassByGas();
    for (Map.Entry<GreenhouseGas, Co2e> e : inv.emissionsByGas().entrySet()) {
      Co2e co2e = e.getValue();
      BigDecimal mass = masses.getOrDefault(e.getKey(), BigDecimal.ZERO);
      if (e.getKey() == GreenhouseGas.CO2 && !unseparated.isZero()) {
        co2e = co2e.minus(unseparated);
        mass = mass.subtract(unseparatedMass);
      }
      byGas.add(new GasRow(e.getKey(), mass, co2e, share(co2e, total)));
    }
    if (!unseparated.isZero()) {
      byGas.add(new GasRow(null, null, unseparated, share(unseparated, total)));
    }
    List<SourceRow> sources = sources(inv);
    List<AppliedFactor> factors = traced.factors();
    Change previous = previous(inv).map(p -> new Change(p.period().toString(),
        change(p.totalEmissions(), inv.totalEmissions()))).orElse(null);
    return new InventorySection(inv.id(), inv.period(), inv.gwpSet(),
        inv.factorLibraryVersion().orElse(null), total, inv.totalRemovals(), inv.netEmissions(),
        inv.biogenicCo2(), previous, byCategory, byFacility, byGas, sources, factors,
        traced.records() == 0 ? null : new CalculationBasis(Math.toIntExact(traced.records()),
            factorLibrary, calculatorGwpSet));
  }

  private List<SourceRow> sources(GhgInventory inv) {
    ManagementSystem s = sys();
    Map<String, Co2e> emissions = inv.emissionsBySource();
    Map<String, Co2e> removals = inv.removalsBySource();
    Map<String, EmissionCategory> categories = inv.categoryBySource();
    Set<String> ids = new LinkedHashSet<>(emissions.keySet());
    ids.addAll(removals.keySet());
    List<SourceRow> rows = new ArrayList<>();
    for (String id : ids) {
      Optional<GhgSource> src = s.find(id, GhgSource.class);
      Optional<GhgSink> sink = s.find(id, GhgSink.class);
      String name = src.map(GhgSource::name).or(() -> sink.map(GhgSink::name)).orElse("");
      String facility = src.map(GhgSource::facilityId).or(() -> sink.map(GhgSink::facilityId))
          .orElse("");
      // the version of the registered method in force in the inventory's period, not today's
      Optional<QuantificationMethod> m = src.map(GhgSource::methodId)
          .or(() -> sink.map(GhgSink::methodId))
          .flatMap(id2 -> s.methodInForce(id2, inv.period()));
      List<String> methods = m.map(x -> List.of(x.id())).orElse(List.of());
      List<String> names = m.map(x -> List.of(x.name())).orElse(List.of());
      List<String> factorSources = m.map(x -> List.of(x.factorSource()
          + x.standardReference().map(r -> "; " + r).orElse(""))).orElse(List.of());
      rows.add(new SourceRow(id, name, facility, categories.get(id), sink.isPresent()
          && src.isEmpty(), methods, names, factorSources,
          emissions.getOrDefault(id, Co2e.ZERO), removals.getOrDefault(id, Co2e.ZERO)));
    }
    return rows;
  }

  // ---- trend ----

  /** The trend section: every year, with the covered net and the change from the baseline. */
  public TrendSection trend() {
    Set<EmissionCategory> c = covered();
    List<TrendYear> years = new ArrayList<>();
    for (GhgInventory i : inventories) {
      BigDecimal vs = null;
      if (baseline != null && !i.period().start().isBefore(baseline.span().start())) {
        vs = indicatorCalculator.againstBaseline(baseline, i).percentChange();
      } else if (baseline != null) {
        vs = change(baseline.emissions(), i.totalEmissions());
      }
      years.add(new TrendYear(i.period().start().getYear(), i.id(), i.totalEmissions(),
          i.totalRemovals(), i.netEmissions(), i.netEmissionsOf(c), i.emissionsByCategory(),
          vs));
    }
    return new TrendSection(List.copyOf(c), baseline == null ? null : baseline.id(), years);
  }

  // ---- intensity ----

  /** The intensity indicators with a denominator in at least one year. */
  public List<IntensitySeries> intensities() {
    List<IntensitySeries> out = new ArrayList<>();
    for (PerformanceIndicator pi : sys().indicators()) {
      if (pi.denominator().isEmpty() || !pi.kind().name().startsWith("INTENSITY")) {
        continue;
      }
      List<IntensityYear> years = new ArrayList<>();
      Intensity first = null;
      for (GhgInventory inv : inventories) {
        Optional<Amount> d = denominators.apply(pi.id(), inv.period().start().getYear());
        if (d.isEmpty()) {
          continue;
        }
        Intensity x = indicatorCalculator.intensity(inv, d.get());
        BigDecimal vs = null;
        if (first != null) {
          vs = indicatorCalculator.againstBaseline(baseline != null ? baseline.id()
              : first.inventoryId(), first, x).percentChange();
        } else {
          first = x;
        }
        years.add(new IntensityYear(inv.period(), x.emissions(), x.denominator().value(),
            x.denominator().unit().toString(), x.value(), x.unitCode(), vs));
      }
      if (!years.isEmpty()) {
        out.add(new IntensitySeries(pi.id(), pi.name(), pi.methodDescription(), years));
      }
    }
    return out;
  }

  // ---- baseline ----

  /** The baseline section, or null without a baseline. */
  public @Nullable BaselineSection baselineSection() {
    if (baseline == null) {
      return null;
    }
    Baseline b = baseline;
    GhgInventory latest = latest();
    List<BaselineCategory> byCategory = new ArrayList<>();
    b.emissionsByCategory().forEach((c, e) -> {
      Co2e now = latest.emissionsOf(Set.of(c));
      byCategory.add(new BaselineCategory(c, e, now, change(e, now)));
    });
    List<RecalculationCheck> checks = new ArrayList<>();
    for (BaselineRecalculation r : sys().baselineRecalculations()) {
      if (r.baselineId().equals(b.id())) {
        checks.add(new RecalculationCheck(r.id(), r.decidedOn(), r.trigger(), r.shiftPercent(),
            change(r.previousEmissions(), r.recalculatedEmissions()),
            r.recalculationRequired()));
      }
    }
    return new BaselineSection(b.id(), b.periods(), b.isAveraged(), b.inventoryIds(),
        b.emissions(), b.removals(), b.net(), b.gwpSet(), b.establishedOn(),
        b.recalculationPolicy().significanceThresholdPercent(), b.selectionCriteria(),
        latest.period(), byCategory, latest.totalEmissions(),
        change(b.emissions(), latest.totalEmissions()), checks);
  }

  // ---- progress ----

  /** The progress report of the target, if there is a target, its baseline and an inventory. */
  public Optional<ProgressReport> progressReport() {
    if (target == null || baseline == null) {
      return Optional.empty();
    }
    int y0 = baseline.span().start().getYear();
    List<GhgInventory> after = inventories.stream()
        .filter(i -> i.period().start().getYear() >= y0).toList();
    return after.isEmpty() ? Optional.empty()
        : Optional.of(progressCalculator.assess(target, baseline, after));
  }

  /**
   * The least-squares trend of the covered categories' net emissions to the vision year (ten
   * years on without a target), if there are two inventories or more.
   */
  public Optional<Projection> projection() {
    if (inventories.size() < 2) {
      return Optional.empty();
    }
    Set<EmissionCategory> c = covered();
    List<GhgInventory> covered = inventories.stream().map(i -> i.restrictedTo(c)).toList();
    int last = covered.get(covered.size() - 1).period().start().getYear();
    int horizon = Math.max(last + 1, target == null ? last + 10 : target.visionYear());
    return Optional.of(progressCalculator.linearTrend(covered, horizon, Co2e.ZERO));
  }

  /** The progress section, or null without a target, its baseline or an inventory after it. */
  public @Nullable ProgressSection progress() {
    Optional<ProgressReport> or = progressReport();
    if (or.isEmpty() || target == null || baseline == null) {
      return null;
    }
    CarbonNeutralityTarget t = target;
    ProgressReport r = or.get();
    List<TargetRow> rows = new ArrayList<>();
    for (TargetProgress p : r.progress()) {
      boolean vision = p.targetId().equals(ProgressCalculator.VISION);
      rows.add(new TargetRow(p.targetId(), vision, p.targetYear(), vision ? ""
          : t.phasedTarget(p.targetId()).map(PhasedTarget::description).orElse(""),
          p.baselineLevel(), p.targetLevel(), p.pathLevel(), p.latestLevel(), p.status()));
    }
    ProjectionSummary projection = projection().map(p -> {
      YearValue last = p.observed().get(p.observed().size() - 1);
      return new ProjectionSummary(p.slope().orElse(null), p.yearReached().orElse(null),
          last.year(), last.netEmissions(), p.projected().stream()
              .map(v -> new YearLevel(v.year(), v.netEmissions())).toList());
    }).orElse(null);
    return new ProgressSection(t.id(), t.visionYear(), t.coveredCategories(), r.baselineId(),
        baseline.span().start().getYear(), r.inventoryId(), r.precision(), r.roundingMode(),
        rows, r.notAssessed(), projection);
  }

  // ---- balance ----

  /**
   * The claim the balance is of and its period (see the class comment).
   *
   * @throws ClaimSelectionException if it cannot be chosen
   */
  public Map.Entry<String, ReportingPeriod> claim() {
    Ledger l = requireLedger();
    if (claimId != null) {
      String id = claimId;
      for (Map.Entry<Integer, String> e : claims.entrySet()) {
        if (e.getValue().equals(id)) {
          return Map.entry(id, ReportingPeriod.calendarYear(e.getKey()));
        }
      }
      List<Retirement> rs = l.retirementsFor(id);
      if (!rs.isEmpty()) {
        return Map.entry(id, rs.get(0).claimPeriod());
      }
      Set<String> all = new TreeSet<>(claims.values());
      all.addAll(l.claimIds());
      throw new ClaimSelectionException(id, List.copyOf(all), "No neutrality claim " + id
          + " is named in the workspace or has units retired for it in the ledger; the claims"
          + " are " + String.join(", ", all));
    }
    ReportingPeriod period = latest().period();
    Set<String> candidates = new TreeSet<>();
    if (period.isCalendarYear()) {
      String named = claims.get(period.start().getYear());
      if (named != null) {
        candidates.add(named);
      }
    }
    for (String id : l.claimIds()) {
      for (Retirement r : l.retirementsFor(id)) {
        if (r.claimPeriod().equals(period)) {
          candidates.add(id);
        }
      }
    }
    if (candidates.size() > 1) {
      throw new ClaimSelectionException(null, List.copyOf(candidates), "There are "
          + candidates.size() + " neutrality claims for " + period + ": "
          + String.join(", ", candidates) + "; name the one to balance");
    }
    return Map.entry(candidates.isEmpty() ? "CLAIM-" + period : candidates.iterator().next(),
        period);
  }

  private Ledger requireLedger() {
    if (ledger == null) {
      throw new IllegalStateException("The report needs the carbon-asset ledger");
    }
    return ledger;
  }

  /**
   * The neutrality balance of the claim, from the inventory of its period.
   *
   * @throws ClaimSelectionException if the claim cannot be chosen or its period has no inventory
   */
  public NeutralityBalance neutralityBalance() {
    Map.Entry<String, ReportingPeriod> c = claim();
    GhgInventory inv = inventories.stream().filter(i -> i.period().equals(c.getValue()))
        .findFirst().orElseThrow(() -> new ClaimSelectionException(c.getKey(),
            List.of(c.getKey()), "Claim " + c.getKey() + " is for " + c.getValue()
            + ", and there is no inventory of " + c.getValue()));
    Ledger l = requireLedger();
    return target != null
        ? NeutralityBalance.of(c.getKey(), c.getValue(), target, inv, l,
            EligibilityPolicy.anyOutsideBoundary())
        : NeutralityBalance.of(c.getKey(), c.getValue(), covered(), inv, l,
            EligibilityPolicy.anyOutsideBoundary());
  }

  /** The balance section. */
  public BalanceSection balance() {
    NeutralityBalance b = neutralityBalance();
    Ledger l = requireLedger();
    List<RetirementRow> counted = new ArrayList<>();
    for (Retirement r : b.counted()) {
      counted.add(new RetirementRow(r.eventId(), r.date(), r.block().type(),
          r.block().registry(), r.block().serials().toString(), r.block().vintage(),
          r.block().quantity()));
    }
    List<RefusedRow> refused = new ArrayList<>();
    for (RefusedUnits r : b.refused()) {
      refused.add(new RefusedRow(r.registry(), r.serials().toString(), r.quantity(),
          r.reason()));
    }
    List<EmissionCategory> covered = new ArrayList<>(EnumSet.copyOf(b.coveredCategories()));
    return new BalanceSection(b.claimId(), b.period(), covered, b.grossEmissions(),
        b.removals(), b.offsets(), b.unitsCounted(), b.netBalance(), b.neutral(), b.shortfall(),
        l.size(), l.headHash(), counted, refused);
  }

  // ---- conformity ----

  /** The conformity section. */
  public ConformitySection conformitySection() {
    if (conformity == null) {
      throw new IllegalStateException("The report needs the conformity assessment");
    }
    AssessmentReport r = conformity;
    List<ClauseRow> clauses = new ArrayList<>();
    for (ClauseSummary s : r.summaryByClause()) {
      Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
      for (Verdict v : Verdict.values()) {
        counts.put(v, s.count(v));
      }
      clauses.add(new ClauseRow(s.clause(), counts));
    }
    RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
    List<FindingRow> findings = new ArrayList<>();
    for (Finding f : allFindings ? r.findings() : r.nonconformities()) {
      String heading = catalogue.contains(f.requirementId())
          ? catalogue.heading(f.requirementId(), locale) : f.requirementId();
      findings.add(new FindingRow(f.requirementId(), heading, f.verdict(),
          f.describe(locale), f.recordIds(), f.ruleId()));
    }
    List<OpenNonconformity> open = new ArrayList<>();
    for (Nonconformity n : sys().nonconformities()) {
      if (n.status() != NonconformityStatus.CLOSED) {
        open.add(new OpenNonconformity(n.id(), n.requirementId().orElse(null), n.severity(),
            n.status(), n.reportedOn(), n.description()));
      }
    }
    Map<Verdict, Long> byVerdict = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      byVerdict.merge(f.verdict(), 1L, Long::sum);
    }
    return new ConformitySection(r.standard(), r.assessedOn(), r.verdicts().size(),
        byVerdict.getOrDefault(Verdict.MAJOR_NONCONFORMITY, 0L),
        byVerdict.getOrDefault(Verdict.MINOR_NONCONFORMITY, 0L), clauses, findings,
        allFindings, open);
  }

  // ---- percentages ----

  /** {@code part} in percent of {@code whole}, or null if {@code whole} is zero. */
  static @Nullable BigDecimal share(Co2e part, Co2e whole) {
    return whole.isZero() ? null : part.ratioTo(whole, MathContext.DECIMAL64).multiply(HUNDRED);
  }

  /** The change from {@code from} to {@code to} in percent of {@code from}, or null if zero. */
  static @Nullable BigDecimal change(Co2e from, Co2e to) {
    return from.isZero() ? null
        : to.minus(from).ratioTo(from, MathContext.DECIMAL64).multiply(HUNDRED);
  }
}
