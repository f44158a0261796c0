// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.CarbonNeutralityReport.AppliedFactor;
import org.cnms.report.CarbonNeutralityReport.BalanceSection;
import org.cnms.report.CarbonNeutralityReport.BaselineCategory;
import org.cnms.report.CarbonNeutralityReport.BaselineSection;
import org.cnms.report.CarbonNeutralityReport.CategoryRow;
import org.cnms.report.CarbonNeutralityReport.ClauseRow;
import org.cnms.report.CarbonNeutralityReport.ConformitySection;
import org.cnms.report.CarbonNeutralityReport.FacilityRow;
import org.cnms.report.CarbonNeutralityReport.FacilityShare;
import org.cnms.report.CarbonNeutralityReport.FindingRow;
import org.cnms.report.CarbonNeutralityReport.GasRow;
import org.cnms.report.CarbonNeutralityReport.IntensitySeries;
import org.cnms.report.CarbonNeutralityReport.IntensityYear;
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
import org.cnms.report.internal.Charts;
import org.cnms.report.internal.Doc;
import org.cnms.report.internal.Doc.Column;
import org.cnms.report.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A carbon-neutrality report, or some of its sections, as a document in Chinese or English that
 * renders as plain text, Markdown or one self-contained HTML page with SVG charts (emissions by
 * category per year as stacked bars, the trajectory against the targets, the neutrality balance
 * as a waterfall). Figures are printed rounded — CO₂e to 0.01 t, percentages to 0.1, half-even —
 * from the exact values of the model; nothing is computed here.
 *
 * <p>{@link #of(CarbonNeutralityReport)} composes the whole report; {@link #titled(String,
 * String)} and the section methods compose a part of it. Mutable: compose in one thread.
 */
public final class ReportDocument {

  private static final String T = "tCO₂e";

  private final Texts x;
  private final Doc d;

  private ReportDocument(Texts texts, String title) {
    this.x = texts;
    this.d = new Doc(title, texts.locale());
  }

  /**
   * The whole report in its language: a heading, then organisation, inventory, trend (with the
   * stacked bars), intensity, baseline, progress (with the trajectory), balance (with the
   * waterfall), conformity, and the sources and methods of the latest year.
   */
  public static ReportDocument of(CarbonNeutralityReport r) {
    Texts x = Texts.of(r.language());
    ReportDocument doc = new ReportDocument(x, x.t("cli.carbon-neutrality-report")
        + r.organisation().name());
    doc.d.h1(doc.d.title());
    doc.d.note(x.t("cli.under-t-cas-612-2022-carbon"));
    doc.organisation(r.organisation());
    doc.inventory(r.inventory());
    doc.trend(r.trend());
    doc.intensity(r.intensities());
    doc.baseline(r.baseline());
    doc.progress(r.progress(), r.trend());
    doc.balance(r.balance());
    doc.conformity(r.conformity());
    doc.sources(r.inventory());
    return doc;
  }

  /**
   * An empty document in {@code language} whose first heading is {@code heading}.
   *
   * @param language {@code zh} or {@code en}
   * @param heading the title and first heading
   */
  public static ReportDocument titled(String language, String heading) {
    ReportDocument doc = new ReportDocument(Texts.of(language), heading);
    doc.d.h1(heading);
    return doc;
  }

  /** The title of a part of the report ({@code inventory}, {@code baseline}, {@code progress},
   * {@code balance}, {@code assess}) in {@code language}. */
  public static String title(String language, String part) {
    return Texts.of(language).t("cli.title." + part);
  }

  /** The document model, for the PDF renderer. */
  Doc doc() {
    return d;
  }

  /** The language's locale. */
  public Locale locale() {
    return x.locale();
  }

  // ---- output ----

  /** The document as plain text for a terminal (wide characters count two columns). */
  public String text() {
    return d.text();
  }

  /** The document as Markdown. */
  public String markdown() {
    return d.markdown();
  }

  /** The document as one self-contained HTML page in the standard template. */
  public String html() {
    return d.html();
  }

  /** The document as one HTML page in {@code template}. */
  public String html(HtmlTemplate template) {
    return d.html(template);
  }

  /** The document in {@code format}; HTML in the standard template. */
  public String render(ReportFormat format) {
    return switch (format) {
      case TEXT -> text();
      case MARKDOWN -> markdown();
      case HTML -> html();
    };
  }

  // ---- sections ----

  private static String[] pair(String label, String value) {
    return new String[] {label, value};
  }

  private static String t(Co2e c) {
    return Texts.tonnes(c) + " " + T;
  }

  /** Adds the organisation and its boundary. */
  public ReportDocument organisation(OrganisationSection o) {
    d.h2(x.t("cli.organisation"));
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(x.t("cli.name"), o.name() + (o.nameEn() == null ? "" : " (" + o.nameEn()
        + ")")));
    facts.add(pair(x.t("cli.id"), o.id()));
    if (o.unifiedSocialCreditCode() != null) {
      facts.add(pair(x.t("cli.unified-social-credit-code"), o.unifiedSocialCreditCode()));
    }
    facts.add(pair(x.t("cli.sector"), o.sector()));
    facts.add(pair(x.t("cli.boundary"), x.label(o.boundaryApproach()) + " — "
        + o.facilitiesInBoundary() + x.t("cli.facilities")));
    facts.add(pair(x.t("cli.workspace"), o.workspace()));
    facts.add(pair(x.t("cli.assessment-date"), o.assessmentDate().toString()));
    facts.add(pair(x.t("cli.inventories"), o.inventories().stream()
        .map(i -> i.id() + " (" + i.period() + ")").collect(Collectors.joining(", "))));
    facts.add(pair(x.t("cli.gwp-set"), String.join(", ", o.gwpSets())));
    facts.add(pair(x.t("cli.factor-library"), o.factorLibrary() == null ? "—"
        : o.factorLibrary()));
    d.facts(facts);
    List<List<String>> rows = new ArrayList<>();
    for (FacilityRow f : o.facilities()) {
      rows.add(List.of(f.id(), f.name(), x.label(f.kind()), f.province() == null ? ""
          : f.province(), f.inBoundary() ? x.t("cli.yes") : x.t("cli.no")));
    }
    d.table(List.of(Column.text(x.t("cli.facility")), Column.text(x.t("cli.name")),
        Column.text(x.t("cli.kind")), Column.text(x.t("cli.province")),
        Column.text(x.t("cli.in-boundary"))), rows);
    return this;
  }

  /** Adds an inventory with its breakdowns by category, facility and gas. */
  public ReportDocument inventory(InventorySection inv) {
    d.h2(x.t("cli.title.inventory") + " " + inv.period());
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(x.t("cli.inventory-id"), inv.id()));
    facts.add(pair(x.t("cli.period"), inv.period().start() + " — " + inv.period().end()));
    facts.add(pair(x.t("cli.gwp-set"), inv.gwpSet()));
    facts.add(pair(x.t("cli.factor-library-version"), inv.factorLibraryVersion() == null ? "—"
        : inv.factorLibraryVersion()));
    facts.add(pair(x.t("cli.total-emissions"), t(inv.totalEmissions())));
    facts.add(pair(x.t("cli.removals"), t(inv.removals())));
    facts.add(pair(x.t("cli.net-emissions"), t(inv.netEmissions())));
    facts.add(pair(x.t("cli.biogenic-co-reported-apart"), t(inv.biogenicCo2())));
    if (inv.previous() != null) {
      facts.add(pair(x.t("cli.change-from", inv.previous().from()),
          Texts.percent(inv.previous().percent())));
    }
    d.facts(facts);
    d.h3(x.t("cli.by-category"));
    List<List<String>> rows = new ArrayList<>();
    for (CategoryRow c : inv.byCategory()) {
      rows.add(List.of(c.category().code(), x.label(c.category()), x.label(c.scope()),
          Texts.tonnes(c.emissions()), Texts.share(c.sharePercent())));
    }
    rows.add(List.of(x.t("cli.total"), "", "", Texts.tonnes(inv.totalEmissions()),
        inv.totalEmissions().isZero() ? "—" : "100.0 %"));
    d.table(List.of(Column.text(x.t("cli.category")), Column.text(x.t("cli.name")),
        Column.text(x.t("cli.scope")), Column.number(T), Column.number(x.t("cli.share"))), rows);
    d.h3(x.t("cli.by-facility"));
    rows = new ArrayList<>();
    for (FacilityShare f : inv.byFacility()) {
      rows.add(List.of(f.facilityId(), f.name(), Texts.tonnes(f.emissions()),
          Texts.share(f.sharePercent())));
    }
    d.table(List.of(Column.text(x.t("cli.facility")), Column.text(x.t("cli.name")),
        Column.number(T), Column.number(x.t("cli.share"))), rows);
    d.h3(x.t("cli.by-gas"));
    rows = new ArrayList<>();
    boolean unseparated = false;
    for (GasRow g : inv.byGas()) {
      if (g.gas() == null) {
        unseparated = true;
        rows.add(List.of("CO2e", x.t("report.co2e-not-separated-by-gas"), "—",
            Texts.tonnes(g.emissions()), Texts.share(g.sharePercent())));
      } else {
        rows.add(List.of(g.gas().code(), x.label(g.gas()), g.massTonnes() == null ? "—"
            : Texts.number(g.massTonnes(), 4), Texts.tonnes(g.emissions()),
            Texts.share(g.sharePercent())));
      }
    }
    d.table(List.of(Column.text(x.t("cli.gas")), Column.text(x.t("cli.name")),
        Column.number(x.t("cli.mass-t")), Column.number(T), Column.number(x.t("cli.share"))),
        rows);
    if (unseparated) {
      d.note(x.t("report.co2e-not-separated-note"));
    }
    return this;
  }

  /** Adds every year against the base year, with the stacked bars of emissions by category. */
  public ReportDocument trend(TrendSection trend) {
    d.h2(x.t("cli.trend-since-the-base-year"));
    List<List<String>> rows = new ArrayList<>();
    for (TrendYear y : trend.years()) {
      rows.add(List.of(String.valueOf(y.year()), y.inventoryId(), Texts.tonnes(y.emissions()),
          Texts.tonnes(y.removals()), Texts.tonnes(y.net()), Texts.tonnes(y.coveredNet()),
          trend.baselineId() == null ? "—" : Texts.percent(y.vsBaselinePercent())));
    }
    d.table(List.of(Column.text(x.t("cli.year")), Column.text(x.t("cli.inventory")),
        Column.number(x.t("cli.emissions")), Column.number(x.t("cli.removals-2")),
        Column.number(x.t("cli.net")), Column.number(x.t("cli.net-covered")),
        Column.number(x.t("cli.vs-baseline"))), rows);
    d.note(x.t("cli.categories-the-target-covers") + trend.coveredCategories().stream()
        .map(EmissionCategory::code).collect(Collectors.joining(", "))
        + x.t("cli.figures-in-tco-e"));
    if (!trend.years().isEmpty()) {
      Charts.Chart bars = Charts.stackedBars(trend, x);
      d.svg(bars.svg(), bars.alternative());
    }
    return this;
  }

  /** Adds the intensity indicators. */
  public ReportDocument intensity(List<IntensitySeries> series) {
    d.h2(x.t("cli.intensity"));
    for (IntensitySeries s : series) {
      List<List<String>> rows = new ArrayList<>();
      for (IntensityYear y : s.years()) {
        rows.add(List.of(y.period().toString(), Texts.tonnes(y.emissions()),
            Texts.number(y.denominator(), 0) + " " + y.denominatorUnit(),
            Texts.significant(y.value(), 4) + " " + y.unit(), Texts.percent(y.vsFirstPercent())));
      }
      d.h3(s.indicatorId() + " " + s.name());
      d.table(List.of(Column.text(x.t("cli.year")), Column.number(x.t("cli.emissions")),
          Column.number(x.t("cli.denominator")), Column.number(x.t("cli.intensity-2")),
          Column.number(x.t("cli.vs-first-year"))), rows);
      d.note(s.methodDescription() + " "
          + x.t("cli.intensities-computed-to-16-significant-digits"));
    }
    if (series.isEmpty()) {
      d.para(x.t("cli.the-workspace-gives-no-denominators-production"));
    }
    return this;
  }

  /** Adds the baseline and its recalculation checks. */
  public ReportDocument baseline(@Nullable BaselineSection b) {
    d.h2(x.t("cli.baseline"));
    if (b == null) {
      d.para(x.t("cli.the-system-has-no-baseline"));
      return this;
    }
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(x.t("cli.id"), b.id()));
    facts.add(pair(x.t("cli.base-period"), b.periods().stream().map(Object::toString)
        .collect(Collectors.joining(", ")) + (b.averaged() ? x.t("cli.averaged") : "")));
    facts.add(pair(x.t("cli.from-inventories"), String.join(", ", b.inventoryIds())));
    facts.add(pair(x.t("cli.emissions"), t(b.emissions())));
    facts.add(pair(x.t("cli.removals-2"), t(b.removals())));
    facts.add(pair(x.t("cli.net"), t(b.net())));
    facts.add(pair(x.t("cli.gwp-set"), b.gwpSet()));
    facts.add(pair(x.t("cli.established-on"), b.establishedOn().toString()));
    facts.add(pair(x.t("cli.recalculation-threshold"),
        b.recalculationThresholdPercent().toPlainString() + " %"));
    facts.add(pair(x.t("cli.selection-criteria"), b.selectionCriteria()));
    d.facts(facts);
    if (!b.byCategory().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (BaselineCategory c : b.byCategory()) {
        rows.add(List.of(c.category().code(), x.label(c.category()), Texts.tonnes(c.baseline()),
            Texts.tonnes(c.latest()), Texts.percent(c.changePercent())));
      }
      rows.add(List.of(x.t("cli.total"), "", Texts.tonnes(b.emissions()),
          Texts.tonnes(b.latestEmissions()), Texts.percent(b.totalChangePercent())));
      d.table(List.of(Column.text(x.t("cli.category")), Column.text(x.t("cli.name")),
          Column.number(x.t("cli.baseline-2")), Column.number(b.latestPeriod().toString()),
          Column.number(x.t("cli.change"))), rows);
    }
    if (!b.checks().isEmpty()) {
      d.h3(x.t("cli.base-year-recalculation-checks"));
      List<List<String>> rows = new ArrayList<>();
      for (RecalculationCheck r : b.checks()) {
        rows.add(List.of(r.id(), r.decidedOn().toString(), x.label(r.trigger()),
            r.shiftPercent().toPlainString() + " %",
            Texts.percent(r.recalculatedShiftPercent()).replace("+", ""),
            r.required() ? x.t("cli.required") : x.t("cli.not-required")));
      }
      d.table(List.of(Column.text(x.t("cli.id")), Column.text(x.t("cli.date")),
          Column.text(x.t("cli.trigger")), Column.number(x.t("cli.shift")),
          Column.number(x.t("report.recalculated")), Column.text(x.t("cli.recalculation"))),
          rows);
    }
    return this;
  }

  /** Adds target progress, the projection and the trajectory chart. */
  public ReportDocument progress(@Nullable ProgressSection p, TrendSection trend) {
    d.h2(x.t("cli.target-progress"));
    if (p == null) {
      d.para(x.t("cli.the-system-has-no-carbon-neutrality"));
      return this;
    }
    d.facts(List.of(
        pair(x.t("cli.carbon-neutrality-target"), p.targetId() + x.t("cli.vision-year")
            + p.visionYear()),
        pair(x.t("cli.covered-categories"), p.coveredCategories().stream()
            .map(EmissionCategory::code).collect(Collectors.joining(", "))),
        pair(x.t("cli.baseline"), p.baselineId()),
        pair(x.t("cli.latest-inventory"), p.inventoryId()),
        pair(x.t("cli.path-rounding"), p.precision() + x.t("cli.significant-digits")
            + p.roundingMode())));
    List<List<String>> rows = new ArrayList<>();
    for (TargetRow r : p.targets()) {
      rows.add(List.of(r.targetId(), String.valueOf(r.year()), r.vision()
          ? x.t("cli.vision-carbon-neutral") : r.description(), Texts.tonnes(r.targetLevel()),
          Texts.tonnes(r.pathLevel()), Texts.tonnes(r.latestLevel()), x.label(r.status())));
    }
    d.table(List.of(Column.text(x.t("cli.target")), Column.text(x.t("cli.year")),
        Column.text(x.t("cli.description")), Column.number(x.t("cli.target-level")),
        Column.number(x.t("cli.path-level")), Column.number(x.t("cli.latest")),
        Column.text(x.t("cli.status"))), rows);
    if (!p.notAssessed().isEmpty()) {
      d.note(x.t("cli.judged-on-their-intensity-indicator-not")
          + String.join(", ", p.notAssessed()));
    }
    ProjectionSummary pr = p.projection();
    if (pr != null) {
      String slope = pr.slope() == null ? "—" : Texts.number(pr.slope(), 2);
      String reached = pr.yearReached() != null ? String.valueOf(pr.yearReached())
          : x.t("cli.trend.not-before", String.valueOf(pr.horizon()));
      d.para(x.t("cli.trend.sentence", slope, reached));
    }
    Charts.Chart chart = Charts.trajectory(p, trend, x);
    d.svg(chart.svg(), chart.alternative());
    return this;
  }

  /** Adds the neutrality balance of the claim, with its waterfall. */
  public ReportDocument balance(BalanceSection b) {
    d.h2(x.t("cli.neutrality-balance") + b.period());
    d.facts(List.of(
        pair(x.t("cli.claim"), b.claimId()),
        pair(x.t("cli.covered-categories"), b.coveredCategories().stream()
            .map(EmissionCategory::code).collect(Collectors.joining(", "))),
        pair(x.t("cli.gross-emissions"), t(b.grossEmissions())),
        pair(x.t("cli.removals-in-the-boundary"), "− " + t(b.removals())),
        pair(x.t("cli.offsets-units-retired"), "− " + t(b.offsets()) + " ("
            + b.unitsCounted() + x.t("cli.units") + ")"),
        pair(x.t("cli.net-balance"), t(b.netBalance())),
        pair(x.t("cli.result"), b.neutral() ? x.t("cli.carbon-neutral")
            : x.t("cli.not-carbon-neutral-shortfall") + t(b.shortfall())),
        pair(x.t("cli.ledger-head"), b.ledgerSize() + " · " + b.ledgerHash())));
    Charts.Chart waterfall = Charts.waterfall(b, x);
    d.svg(waterfall.svg(), waterfall.alternative());
    if (!b.counted().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (RetirementRow r : b.counted()) {
        rows.add(List.of(r.eventId(), r.date().toString(), x.label(r.type()), r.registry(),
            r.serials(), String.valueOf(r.vintage()), String.valueOf(r.quantity())));
      }
      d.table(List.of(Column.text(x.t("cli.event")), Column.text(x.t("cli.date")),
          Column.text(x.t("cli.type")), Column.text(x.t("cli.registry")),
          Column.text(x.t("cli.serials")), Column.number(x.t("cli.vintage")),
          Column.number(x.t("cli.units-2"))), rows);
    }
    if (!b.refused().isEmpty()) {
      d.h3(x.t("cli.units-not-counted"));
      List<List<String>> rows = new ArrayList<>();
      for (RefusedRow r : b.refused()) {
        rows.add(List.of(r.registry(), r.serials(), String.valueOf(r.quantity()), r.reason()));
      }
      d.table(List.of(Column.text(x.t("cli.registry")), Column.text(x.t("cli.serials")),
          Column.number(x.t("cli.units-2")), Column.text(x.t("cli.reason"))), rows);
    }
    return this;
  }

  /** Adds the conformity summary, the findings and the open nonconformities. */
  public ReportDocument conformity(ConformitySection c) {
    d.h2(x.t("cli.conformity-summary"));
    d.facts(List.of(
        pair(x.t("cli.standard"), c.standard()),
        pair(x.t("cli.assessed-on"), c.assessedOn().toString()),
        pair(x.t("cli.requirements"), String.valueOf(c.requirements())),
        pair(x.t("cli.nonconformities"), c.nonconformities() + " (" + c.major()
            + x.t("cli.major") + c.minor() + x.t("cli.minor"))));
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(x.t("cli.clause")));
    for (Verdict v : Verdict.values()) {
      columns.add(Column.number(x.label(v)));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ClauseRow s : c.byClause()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(s.clause()));
      for (Verdict v : Verdict.values()) {
        row.add(String.valueOf(s.counts().getOrDefault(v, 0)));
      }
      rows.add(row);
    }
    d.table(columns, rows);
    if (!c.findings().isEmpty()) {
      d.h3(c.allFindings() ? x.t("cli.findings") : x.t("cli.nonconformities-found"));
      rows = new ArrayList<>();
      for (FindingRow f : c.findings()) {
        rows.add(List.of(f.heading(), x.label(f.verdict()), f.description(),
            String.join(", ", f.recordIds()), f.ruleId()));
      }
      d.table(List.of(Column.text(x.t("cli.requirement")), Column.text(x.t("cli.verdict")),
          Column.text(x.t("cli.finding")), Column.text(x.t("cli.records")),
          Column.text(x.t("cli.rule"))), rows);
    }
    if (!c.open().isEmpty()) {
      d.h3(x.t("cli.open-nonconformities-on-record"));
      rows = new ArrayList<>();
      for (OpenNonconformity n : c.open()) {
        rows.add(List.of(n.id(), n.requirementId() == null ? "" : n.requirementId(),
            x.label(n.severity()), x.label(n.status()), n.reportedOn().toString(),
            n.description()));
      }
      d.table(List.of(Column.text(x.t("cli.id")), Column.text(x.t("cli.requirement")),
          Column.text(x.t("cli.severity")), Column.text(x.t("cli.status")),
          Column.text(x.t("cli.reported")), Column.text(x.t("cli.description-2"))), rows);
    }
    return this;
  }

  /** Adds the sources and methods of an inventory and the factors applied in its year. */
  public ReportDocument sources(InventorySection inv) {
    d.h2(x.t("cli.sources-and-methods") + inv.id() + x.t("cli.text"));
    d.para(x.t("cli.every-figure-traces-to-its-source"));
    List<List<String>> rows = new ArrayList<>();
    for (SourceRow s : inv.sources()) {
      List<String> methods = new ArrayList<>();
      for (int i = 0; i < s.methods().size(); i++) {
        methods.add(s.methods().get(i) + (i < s.methodNames().size() ? " "
            + s.methodNames().get(i) : ""));
      }
      rows.add(List.of(s.id(), s.name(), s.facilityId(), s.category() == null ? ""
          : s.category().code(), String.join("; ", methods),
          String.join("; ", s.factorSources()), s.sink() || s.emissions().isZero()
              && !s.removals().isZero() ? "−" + Texts.tonnes(s.removals())
              : Texts.tonnes(s.emissions())));
    }
    d.table(List.of(Column.text(x.t("cli.source-sink")), Column.text(x.t("cli.name")),
        Column.text(x.t("cli.facility")), Column.text(x.t("cli.cat")),
        Column.text(x.t("cli.method")), Column.text(x.t("cli.factor-source")),
        Column.number(T)), rows);
    if (!inv.factors().isEmpty()) {
      d.h3(x.t("cli.calculation-trace-factors-and-provenance"));
      rows = new ArrayList<>();
      boolean fallback = false;
      for (AppliedFactor f : inv.factors()) {
        fallback |= f.fallback();
        rows.add(List.of(f.sourceId(), f.method(), f.factorId(), f.value().toPlainString()
            + " " + f.unit(), (f.dataYear() == null ? "—" : String.valueOf(f.dataYear()))
            + (f.fallback() ? " (" + x.t("report.fallback-mark") + ")" : ""), f.provenance()));
      }
      d.table(List.of(Column.text(x.t("cli.source")), Column.text(x.t("cli.method")),
          Column.text(x.t("cli.factor")), Column.number(x.t("cli.value")),
          Column.text(x.t("report.data-year")), Column.text(x.t("cli.provenance"))), rows);
      if (fallback) {
        d.note(x.t("report.fallback-note"));
      }
      if (inv.calculation() != null) {
        d.note(x.t("cli.text-2") + inv.calculation().activityRecords()
            + x.t("cli.activity-records-calculator")
            + (inv.calculation().factorLibrary() == null ? "—"
                : inv.calculation().factorLibrary()) + ", GWP " + inv.calculation().gwpSet());
      }
    }
    return this;
  }
}
