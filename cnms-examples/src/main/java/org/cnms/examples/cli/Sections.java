// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnms.assets.ledger.Retirement;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.neutrality.RefusedUnits;
import org.cnms.core.Labelled;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ClauseSummary;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.ReportRenderer;
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
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.system.ManagementSystem;
import org.cnms.examples.i18n.ExampleTexts;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.method.FactorUse;
import org.cnms.quantification.calculation.GasResult;
import org.cnms.quantification.indicator.IndicatorChange;
import org.cnms.quantification.indicator.Intensity;
import org.cnms.quantification.progress.ProgressReport;
import org.cnms.quantification.progress.Projection;
import org.cnms.quantification.progress.TargetProgress;

/**
 * The sections of the command line's output, in Chinese or English: organisation, inventory,
 * trend, intensity, baseline, target progress, neutrality balance, conformity and the sources
 * behind each figure. Every figure is printed rounded to 0.01 tCO₂e (half-even); the JSON output
 * keeps the exact values.
 */
final class Sections {

  private final Analysis a;
  private final Locale locale;

  Sections(Analysis analysis, Locale locale) {
    this.a = analysis;
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The text {@code key} of the command line's bundle in the reader's language. */
  String t(String key) {
    return ExampleTexts.TEXT.get(key, locale);
  }

  /** The text {@code key} with its placeholders {@code {0}} … filled by {@code arguments}. */
  String t(String key, String... arguments) {
    return ExampleTexts.TEXT.format(key, locale, (Object[]) arguments);
  }

  String label(Labelled l) {
    return l.label(locale);
  }

  // ---- formatting ----

  static String tonnes(Co2e c) {
    return number(c.tonnes(), 2);
  }

  static String number(BigDecimal v, int scale) {
    DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(v.setScale(scale, RoundingMode.HALF_EVEN));
  }

  static String significant(BigDecimal v, int digits) {
    return v.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
        .toPlainString();
  }

  static String percent(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + number(v, 1) + " %";
  }

  static String share(Co2e part, Co2e whole) {
    if (whole.isZero()) {
      return "—";
    }
    return number(part.tonnes().multiply(BigDecimal.valueOf(100))
        .divide(whole.tonnes(), MathContext.DECIMAL64), 1) + " %";
  }

  static String change(Co2e from, Co2e to) {
    if (from.isZero()) {
      return "—";
    }
    return percent(to.minus(from).tonnes().multiply(BigDecimal.valueOf(100))
        .divide(from.tonnes(), MathContext.DECIMAL64));
  }

  private static String[] pair(String label, String value) {
    return new String[] {label, value};
  }

  private String unitT() {
    return "tCO₂e";
  }

  // ---- sections ----

  Doc organisation(Doc d) {
    ManagementSystem s = a.workspace().system();
    Organisation o = s.organisation();
    d.h2(t("cli.organisation"));
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(t("cli.name"), o.name() + o.nameEn().map(n -> " (" + n + ")").orElse("")));
    facts.add(pair(t("cli.id"), o.id()));
    o.unifiedSocialCreditCode().ifPresent(c -> facts.add(pair(t("cli.unified-social-credit-code"), c)));
    facts.add(pair(t("cli.sector"), o.sector()));
    facts.add(pair(t("cli.boundary"), label(s.boundary().approach()) + " — "
        + s.boundary().facilities().size() + t("cli.facilities")));
    facts.add(pair(t("cli.workspace"), a.workspace().name()));
    facts.add(pair(t("cli.assessment-date"), a.workspace().assessmentDate().toString()));
    facts.add(pair(t("cli.inventories"), a.inventories().stream()
        .map(i -> i.id() + " (" + i.period() + ")").collect(Collectors.joining(", "))));
    facts.add(pair(t("cli.gwp-set"), a.inventories().stream().map(GhgInventory::gwpSet)
        .distinct().collect(Collectors.joining(", "))));
    facts.add(pair(t("cli.factor-library"), a.workspace().calculator()
        .factorLibraryVersion().orElse("—")));
    d.facts(facts);
    List<List<String>> rows = new ArrayList<>();
    for (Facility f : s.facilities()) {
      rows.add(List.of(f.id(), f.name(), label(f.kind()), f.province().orElse(""),
          s.boundary().includes(f.id()) ? t("cli.yes") : t("cli.no")));
    }
    d.table(List.of(t("cli.facility"), t("cli.name"), t("cli.kind"),
        t("cli.province"), t("cli.in-boundary")), rows);
    return d;
  }

  Doc inventory(Doc d, GhgInventory inv) {
    String year = inv.period().toString();
    d.h2(t("cli.title.inventory") + " " + year);
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(t("cli.inventory-id"), inv.id()));
    facts.add(pair(t("cli.period"), inv.period().start() + " — " + inv.period().end()));
    facts.add(pair(t("cli.gwp-set"), inv.gwpSet()));
    facts.add(pair(t("cli.factor-library-version"),
        inv.factorLibraryVersion().orElse("—")));
    facts.add(pair(t("cli.total-emissions"), tonnes(inv.totalEmissions()) + " " + unitT()));
    facts.add(pair(t("cli.removals"), tonnes(inv.totalRemovals()) + " " + unitT()));
    facts.add(pair(t("cli.net-emissions"), tonnes(inv.netEmissions()) + " " + unitT()));
    facts.add(pair(t("cli.biogenic-co-reported-apart"),
        tonnes(inv.biogenicCo2()) + " " + unitT()));
    a.previous(inv).ifPresent(p -> facts.add(pair(t("cli.change-from", p.period().toString()), change(p.totalEmissions(), inv.totalEmissions()))));
    d.facts(facts);
    Co2e total = inv.totalEmissions();
    d.h3(t("cli.by-category"));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<EmissionCategory, Co2e> e : inv.emissionsByCategory().entrySet()) {
      rows.add(List.of(e.getKey().code(), label(e.getKey()), label(e.getKey().scope()),
          tonnes(e.getValue()), share(e.getValue(), total)));
    }
    rows.add(List.of(t("cli.total"), "", "", tonnes(total), "100.0 %"));
    d.table(List.of(t("cli.category"), t("cli.name"), t("cli.scope"), unitT(),
        t("cli.share")), rows, false, false, false, true, true);
    d.h3(t("cli.by-facility"));
    rows = new ArrayList<>();
    ManagementSystem s = a.workspace().system();
    for (Map.Entry<String, Co2e> e : inv.emissionsByFacility().entrySet()) {
      String name = s.find(e.getKey(), Facility.class).map(Facility::name).orElse("");
      rows.add(List.of(e.getKey(), name, tonnes(e.getValue()), share(e.getValue(), total)));
    }
    d.table(List.of(t("cli.facility"), t("cli.name"), unitT(), t("cli.share")), rows,
        false, false, true, true);
    d.h3(t("cli.by-gas"));
    rows = new ArrayList<>();
    for (Map.Entry<GreenhouseGas, Co2e> e : inv.emissionsByGas().entrySet()) {
      BigDecimal mass = BigDecimal.ZERO;
      for (InventoryLine l : inv.lines()) {
        if (l.gas() == e.getKey() && l.kind() == LineKind.EMISSION) {
          mass = mass.add(l.gasTonnes());
        }
      }
      rows.add(List.of(e.getKey().code(), label(e.getKey()), number(mass, 4),
          tonnes(e.getValue()), share(e.getValue(), total)));
    }
    d.table(List.of(t("cli.gas"), t("cli.name"), t("cli.mass-t"), unitT(),
        t("cli.share")), rows, false, false, true, true, true);
    return d;
  }

  Doc trend(Doc d) {
    d.h2(t("cli.trend-since-the-base-year"));
    Optional<Baseline> b = a.baseline();
    List<List<String>> rows = new ArrayList<>();
    for (GhgInventory i : a.inventories()) {
      rows.add(List.of(i.period().toString(), i.id(), tonnes(i.totalEmissions()),
          tonnes(i.totalRemovals()), tonnes(i.netEmissions()), tonnes(a.coveredNet(i)),
          b.map(x -> change(x.emissions(), i.totalEmissions())).orElse("—")));
    }
    d.table(List.of(t("cli.year"), t("cli.inventory"), t("cli.emissions"),
        t("cli.removals-2"), t("cli.net"), t("cli.net-covered"),
        t("cli.vs-baseline")), rows, false, false, true, true, true, true, true);
    d.note(t("cli.categories-the-target-covers") + a.covered().stream()
        .map(EmissionCategory::code).collect(Collectors.joining(", ")) + t("cli.figures-in-tco-e"));
    return d;
  }

  Doc intensity(Doc d) {
    d.h2(t("cli.intensity"));
    List<PerformanceIndicator> indicators = a.intensityIndicators();
    boolean any = false;
    for (PerformanceIndicator pi : indicators) {
      List<List<String>> rows = new ArrayList<>();
      Intensity first = null;
      for (GhgInventory inv : a.inventories()) {
        Optional<Intensity> in = a.intensity(pi, inv);
        if (in.isEmpty()) {
          continue;
        }
        Intensity x = in.get();
        String vs = "—";
        if (first != null) {
          IndicatorChange c = a.indicatorCalculator().againstBaseline(
              a.baseline().map(Baseline::id).orElse(first.inventoryId()), first, x);
          vs = percent(c.percentChange());
        } else {
          first = x;
        }
        rows.add(List.of(inv.period().toString(), tonnes(x.emissions()),
            number(x.denominator().value(), 0) + " " + x.denominator().unit(),
            significant(x.value(), 4) + " " + x.unitCode(), vs));
      }
      if (!rows.isEmpty()) {
        any = true;
        d.h3(pi.id() + " " + pi.name());
        d.table(List.of(t("cli.year"), t("cli.emissions"), t("cli.denominator"),
            t("cli.intensity-2"), t("cli.vs-first-year")), rows,
            false, true, true, true, true);
        d.note(pi.methodDescription() + " " + t("cli.intensities-computed-to-16-significant-digits"));
      }
    }
    if (!any) {
      d.para(t("cli.the-workspace-gives-no-denominators-production"));
    }
    return d;
  }

  Doc baseline(Doc d) {
    d.h2(t("cli.baseline"));
    Optional<Baseline> ob = a.baseline();
    if (ob.isEmpty()) {
      d.para(t("cli.the-system-has-no-baseline"));
      return d;
    }
    Baseline b = ob.get();
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(t("cli.id"), b.id()));
    facts.add(pair(t("cli.base-period"), b.periods().stream().map(Object::toString)
        .collect(Collectors.joining(", ")) + (b.isAveraged() ? t("cli.averaged") : "")));
    facts.add(pair(t("cli.from-inventories"), String.join(", ", b.inventoryIds())));
    facts.add(pair(t("cli.emissions"), tonnes(b.emissions()) + " " + unitT()));
    facts.add(pair(t("cli.removals-2"), tonnes(b.removals()) + " " + unitT()));
    facts.add(pair(t("cli.net"), tonnes(b.net()) + " " + unitT()));
    facts.add(pair(t("cli.gwp-set"), b.gwpSet()));
    facts.add(pair(t("cli.established-on"), b.establishedOn().toString()));
    facts.add(pair(t("cli.recalculation-threshold"),
        b.recalculationPolicy().significanceThresholdPercent().toPlainString() + " %"));
    facts.add(pair(t("cli.selection-criteria"), b.selectionCriteria()));
    d.facts(facts);
    if (!b.emissionsByCategory().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      GhgInventory latest = a.inventory(null);
      for (Map.Entry<EmissionCategory, Co2e> e : b.emissionsByCategory().entrySet()) {
        Co2e now = latest.emissionsOf(Set.of(e.getKey()));
        rows.add(List.of(e.getKey().code(), label(e.getKey()), tonnes(e.getValue()),
            tonnes(now), change(e.getValue(), now)));
      }
      rows.add(List.of(t("cli.total"), "", tonnes(b.emissions()),
          tonnes(latest.totalEmissions()), change(b.emissions(), latest.totalEmissions())));
      d.table(List.of(t("cli.category"), t("cli.name"), t("cli.baseline-2"),
          latest.period().toString(), t("cli.change")), rows, false, false, true, true, true);
    }
    List<BaselineRecalculation> checks = a.workspace().system().baselineRecalculations().stream()
        .filter(r -> r.baselineId().equals(b.id())).toList();
    if (!checks.isEmpty()) {
      d.h3(t("cli.base-year-recalculation-checks"));
      List<List<String>> rows = new ArrayList<>();
      for (BaselineRecalculation r : checks) {
        rows.add(List.of(r.id(), r.decidedOn().toString(), label(r.trigger()),
            r.shiftPercent().toPlainString() + " %",
            r.recalculationRequired() ? t("cli.required") : t("cli.not-required")));
      }
      d.table(List.of(t("cli.id"), t("cli.date"), t("cli.trigger"), t("cli.shift"),
          t("cli.recalculation")), rows, false, false, false, true, false);
    }
    return d;
  }

  Doc progress(Doc d) {
    d.h2(t("cli.target-progress"));
    Optional<CarbonNeutralityTarget> ot = a.target();
    Optional<ProgressReport> or = a.progressReport();
    if (ot.isEmpty() || or.isEmpty()) {
      d.para(t("cli.the-system-has-no-carbon-neutrality"));
      return d;
    }
    CarbonNeutralityTarget target = ot.get();
    ProgressReport r = or.get();
    d.facts(List.of(
        pair(t("cli.carbon-neutrality-target"), target.id() + t("cli.vision-year") + target.visionYear()),
        pair(t("cli.covered-categories"), target.coveredCategories().stream()
            .map(EmissionCategory::code).collect(Collectors.joining(", "))),
        pair(t("cli.baseline"), r.baselineId()),
        pair(t("cli.latest-inventory"), r.inventoryId()),
        pair(t("cli.path-rounding"), r.precision() + t("cli.significant-digits")
            + r.roundingMode())));
    List<List<String>> rows = new ArrayList<>();
    for (TargetProgress p : r.progress()) {
      String what = p.targetId().equals("vision") ? t("cli.vision-carbon-neutral")
          : target.phasedTarget(p.targetId()).map(PhasedTarget::description).orElse("");
      rows.add(List.of(p.targetId(), String.valueOf(p.targetYear()), what,
          tonnes(p.targetLevel()), tonnes(p.pathLevel()), tonnes(p.latestLevel()),
          label(p.status())));
    }
    d.table(List.of(t("cli.target"), t("cli.year"), t("cli.description"),
        t("cli.target-level"), t("cli.path-level"), t("cli.latest"),
        t("cli.status")), rows, false, false, false, true, true, true, false);
    if (!r.notAssessed().isEmpty()) {
      d.note(t("cli.judged-on-their-intensity-indicator-not")
          + String.join(", ", r.notAssessed()));
    }
    a.trend().ifPresent(p -> d.para(trendSentence(p)));
    return d;
  }

  String trendSentence(Projection p) {
    String slope = p.slope().map(s -> number(s, 2)).orElse("—");
    String reached = p.yearReached().map(String::valueOf)
        .orElse(t("cli.trend.not-before", String.valueOf(last(p))));
    return t("cli.trend.sentence", slope, reached);
  }

  private static int last(Projection p) {
    return p.projected().isEmpty() ? 0 : p.projected().get(p.projected().size() - 1).year();
  }

  Doc balance(Doc d) {
    NeutralityBalance b = a.balance();
    d.h2(t("cli.neutrality-balance") + b.period());
    d.facts(List.of(
        pair(t("cli.claim"), b.claimId()),
        pair(t("cli.covered-categories"), b.coveredCategories().stream()
            .map(EmissionCategory::code).sorted().collect(Collectors.joining(", "))),
        pair(t("cli.gross-emissions"), tonnes(b.grossEmissions()) + " " + unitT()),
        pair(t("cli.removals-in-the-boundary"), "− " + tonnes(b.removals()) + " "
            + unitT()),
        pair(t("cli.offsets-units-retired"), "− " + tonnes(b.offsets()) + " "
            + unitT() + " (" + b.unitsCounted() + t("cli.units") + ")"),
        pair(t("cli.net-balance"), tonnes(b.netBalance()) + " " + unitT()),
        pair(t("cli.result"), b.neutral() ? t("cli.carbon-neutral")
            : t("cli.not-carbon-neutral-shortfall") + tonnes(b.shortfall())
                + " " + unitT()),
        pair(t("cli.ledger-head"), a.workspace().ledger().size() + " · "
            + a.workspace().ledger().headHash())));
    if (!b.counted().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Retirement r : b.counted()) {
        rows.add(List.of(r.eventId(), r.date().toString(), label(r.block().type()),
            r.block().registry(), r.block().serials().toString(),
            String.valueOf(r.block().vintage()), String.valueOf(r.block().quantity())));
      }
      d.table(List.of(t("cli.event"), t("cli.date"), t("cli.type"),
          t("cli.registry"), t("cli.serials"), t("cli.vintage"),
          t("cli.units-2")), rows, false, false, false, false, false, true, true);
    }
    if (!b.refused().isEmpty()) {
      d.h3(t("cli.units-not-counted"));
      List<List<String>> rows = new ArrayList<>();
      for (RefusedUnits r : b.refused()) {
        rows.add(List.of(r.registry(), r.serials().toString(), String.valueOf(r.quantity()),
            r.reason()));
      }
      d.table(List.of(t("cli.registry"), t("cli.serials"), t("cli.units-2"),
          t("cli.reason")), rows, false, false, true, false);
    }
    return d;
  }

  Doc conformity(Doc d, boolean findings) {
    AssessmentReport r = a.conformity();
    d.h2(t("cli.conformity-summary"));
    Map<String, Verdict> verdicts = r.verdicts();
    d.facts(List.of(
        pair(t("cli.standard"), r.standard()),
        pair(t("cli.assessed-on"), r.assessedOn().toString()),
        pair(t("cli.requirements"), String.valueOf(verdicts.size())),
        pair(t("cli.nonconformities"), r.nonconformities().size() + " ("
            + count(r, Verdict.MAJOR_NONCONFORMITY) + t("cli.major")
            + count(r, Verdict.MINOR_NONCONFORMITY) + t("cli.minor"))));
    List<List<String>> rows = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    headers.add(t("cli.clause"));
    for (Verdict v : Verdict.values()) {
      headers.add(label(v));
    }
    boolean[] numeric = new boolean[headers.size()];
    java.util.Arrays.fill(numeric, 1, numeric.length, true);
    for (ClauseSummary s : r.summaryByClause()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(s.clause()));
      for (Verdict v : Verdict.values()) {
        row.add(String.valueOf(s.count(v)));
      }
      rows.add(row);
    }
    d.table(headers, rows, numeric);
    List<Finding> shown = findings ? r.findings() : r.nonconformities();
    if (!shown.isEmpty()) {
      d.h3(findings ? t("cli.findings") : t("cli.nonconformities-found"));
      RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
      rows = new ArrayList<>();
      for (Finding f : shown) {
        String heading = catalogue.contains(f.requirementId())
            ? catalogue.heading(f.requirementId(), locale) : f.requirementId();
        rows.add(List.of(heading, label(f.verdict()), ReportRenderer.describe(f, locale),
            String.join(", ", f.recordIds()), f.ruleId()));
      }
      d.table(List.of(t("cli.requirement"), t("cli.verdict"), t("cli.finding"),
          t("cli.records"), t("cli.rule")), rows);
    }
    List<Nonconformity> open = a.workspace().system().nonconformities().stream()
        .filter(n -> n.status() != NonconformityStatus.CLOSED).toList();
    if (!open.isEmpty()) {
      d.h3(t("cli.open-nonconformities-on-record"));
      rows = new ArrayList<>();
      for (Nonconformity n : open) {
        rows.add(List.of(n.id(), n.requirementId().orElse(""), label(n.severity()),
            label(n.status()), n.reportedOn().toString(), n.description()));
      }
      d.table(List.of(t("cli.id"), t("cli.requirement"), t("cli.severity"),
          t("cli.status"), t("cli.reported"), t("cli.description-2")), rows);
    }
    return d;
  }

  private static long count(AssessmentReport r, Verdict v) {
    return r.findings().stream().filter(f -> f.verdict() == v).count();
  }

  Doc sources(Doc d, GhgInventory inv) {
    ManagementSystem s = a.workspace().system();
    d.h2(t("cli.sources-and-methods") + inv.id() + t("cli.text"));
    d.para(t("cli.every-figure-traces-to-its-source"));
    Map<String, Co2e> bySource = new java.util.TreeMap<>();
    Map<String, Co2e> removals = new java.util.TreeMap<>();
    for (InventoryLine l : inv.lines()) {
      if (l.kind() == LineKind.EMISSION) {
        bySource.merge(l.sourceId(), l.co2e(), Co2e::plus);
      } else if (l.kind() == LineKind.REMOVAL) {
        removals.merge(l.sourceId(), l.co2e(), Co2e::plus);
      }
    }
    Set<String> ids = new LinkedHashSet<>(bySource.keySet());
    ids.addAll(removals.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (String id : ids) {
      Optional<GhgSource> src = s.find(id, GhgSource.class);
      Optional<GhgSink> sink = s.find(id, GhgSink.class);
      String name = src.map(GhgSource::name).or(() -> sink.map(GhgSink::name)).orElse("");
      String facility = src.map(GhgSource::facilityId).or(() -> sink.map(GhgSink::facilityId))
          .orElse("");
      String cat = src.map(x -> x.category().code()).orElse(sink.isPresent() ? "C1" : "");
      String methodId = src.map(GhgSource::methodId).or(() -> sink.map(GhgSink::methodId))
          .orElse("");
      Optional<QuantificationMethod> m = s.find(methodId, QuantificationMethod.class);
      String method = methodId + m.map(x -> " " + x.name()).orElse("");
      String ref = m.map(x -> x.factorSource() + x.standardReference().map(r -> "; " + r)
          .orElse("")).orElse("");
      Co2e e = bySource.getOrDefault(id, Co2e.ZERO);
      Co2e r = removals.getOrDefault(id, Co2e.ZERO);
      rows.add(List.of(id, name, facility, cat, method, ref,
          r.isZero() ? tonnes(e) : "−" + tonnes(r)));
    }
    d.table(List.of(t("cli.source-sink"), t("cli.name"), t("cli.facility"),
        t("cli.cat"), t("cli.method"), t("cli.factor-source"), unitT()), rows,
        false, false, false, false, false, false, true);
    List<CalculationResult> results = a.results(inv.period());
    if (!results.isEmpty()) {
      d.h3(t("cli.calculation-trace-factors-and-provenance"));
      Map<String, String[]> uses = new java.util.TreeMap<>();
      Map<String, Co2e> totals = new java.util.TreeMap<>();
      for (CalculationResult c : results) {
        for (GasResult g : c.lines()) {
          for (FactorUse f : g.trace().factors()) {
            String key = c.sourceId() + "|" + f.id();
            uses.putIfAbsent(key, new String[] {c.sourceId(), c.method(), f.id(),
                f.value().toPlainString() + " " + f.unit(), f.provenance().cite()});
          }
          totals.merge(c.sourceId(), g.co2e(), Co2e::plus);
        }
      }
      rows = new ArrayList<>();
      for (String[] u : uses.values()) {
        rows.add(List.of(u[0], u[1], u[2], u[3], u[4]));
      }
      d.table(List.of(t("cli.source"), t("cli.method"), t("cli.factor"),
          t("cli.value"), t("cli.provenance")), rows, false, false, false, true, false);
      d.note(t("cli.text-2") + results.size() + t("cli.activity-records-calculator")
          + a.workspace().calculator().factorLibraryVersion().orElse("—") + ", GWP "
          + a.workspace().calculator().gwpSet().name());
    }
    return d;
  }
}
