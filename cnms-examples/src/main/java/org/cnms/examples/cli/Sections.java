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
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.FactorUse;
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
  private final boolean zh;

  Sections(Analysis analysis, Locale locale) {
    this.a = analysis;
    this.locale = locale;
    this.zh = "zh".equals(locale.getLanguage());
  }

  Locale locale() {
    return locale;
  }

  String t(String zhText, String enText) {
    return zh ? zhText : enText;
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
    d.h2(t("组织", "Organisation"));
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(t("名称", "Name"), o.name() + o.nameEn().map(n -> " (" + n + ")").orElse("")));
    facts.add(pair(t("标识", "Id"), o.id()));
    o.unifiedSocialCreditCode().ifPresent(c -> facts.add(pair(t("统一社会信用代码",
        "Unified social credit code"), c)));
    facts.add(pair(t("行业", "Sector"), o.sector()));
    facts.add(pair(t("组织边界", "Boundary"), label(s.boundary().approach()) + " — "
        + s.boundary().facilities().size() + t(" 个设施", " facilities")));
    facts.add(pair(t("工作区", "Workspace"), a.workspace().name()));
    facts.add(pair(t("评价日期", "Assessment date"), a.workspace().assessmentDate().toString()));
    facts.add(pair(t("清单", "Inventories"), a.inventories().stream()
        .map(i -> i.id() + " (" + i.period() + ")").collect(Collectors.joining(", "))));
    facts.add(pair(t("全球变暖潜势", "GWP set"), a.inventories().stream().map(GhgInventory::gwpSet)
        .distinct().collect(Collectors.joining(", "))));
    facts.add(pair(t("排放因子库", "Factor library"), a.workspace().calculator()
        .factorLibraryVersion().orElse("—")));
    d.facts(facts);
    List<List<String>> rows = new ArrayList<>();
    for (Facility f : s.facilities()) {
      rows.add(List.of(f.id(), f.name(), label(f.kind()), f.province().orElse(""),
          s.boundary().includes(f.id()) ? t("是", "yes") : t("否", "no")));
    }
    d.table(List.of(t("设施", "Facility"), t("名称", "Name"), t("类型", "Kind"),
        t("省份", "Province"), t("在边界内", "In boundary")), rows);
    return d;
  }

  Doc inventory(Doc d, GhgInventory inv) {
    String year = inv.period().toString();
    d.h2(t("温室气体清单 ", "GHG inventory ") + year);
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(t("清单标识", "Inventory id"), inv.id()));
    facts.add(pair(t("报告期", "Period"), inv.period().start() + " — " + inv.period().end()));
    facts.add(pair(t("全球变暖潜势", "GWP set"), inv.gwpSet()));
    facts.add(pair(t("因子库版本", "Factor library version"),
        inv.factorLibraryVersion().orElse("—")));
    facts.add(pair(t("排放总量", "Total emissions"), tonnes(inv.totalEmissions()) + " " + unitT()));
    facts.add(pair(t("清除量", "Removals"), tonnes(inv.totalRemovals()) + " " + unitT()));
    facts.add(pair(t("净排放量", "Net emissions"), tonnes(inv.netEmissions()) + " " + unitT()));
    facts.add(pair(t("生物源 CO₂（单列）", "Biogenic CO₂ (reported apart)"),
        tonnes(inv.biogenicCo2()) + " " + unitT()));
    a.previous(inv).ifPresent(p -> facts.add(pair(t("较上年", "Change from ") + (zh ? "" :
        p.period().toString()), change(p.totalEmissions(), inv.totalEmissions()))));
    d.facts(facts);
    Co2e total = inv.totalEmissions();
    d.h3(t("按类别", "By category"));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<EmissionCategory, Co2e> e : inv.emissionsByCategory().entrySet()) {
      rows.add(List.of(e.getKey().code(), label(e.getKey()), label(e.getKey().scope()),
          tonnes(e.getValue()), share(e.getValue(), total)));
    }
    rows.add(List.of(t("合计", "Total"), "", "", tonnes(total), "100.0 %"));
    d.table(List.of(t("类别", "Category"), t("名称", "Name"), t("范围", "Scope"), unitT(),
        t("占比", "Share")), rows, false, false, false, true, true);
    d.h3(t("按设施", "By facility"));
    rows = new ArrayList<>();
    ManagementSystem s = a.workspace().system();
    for (Map.Entry<String, Co2e> e : inv.emissionsByFacility().entrySet()) {
      String name = s.find(e.getKey(), Facility.class).map(Facility::name).orElse("");
      rows.add(List.of(e.getKey(), name, tonnes(e.getValue()), share(e.getValue(), total)));
    }
    d.table(List.of(t("设施", "Facility"), t("名称", "Name"), unitT(), t("占比", "Share")), rows,
        false, false, true, true);
    d.h3(t("按气体", "By gas"));
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
    d.table(List.of(t("气体", "Gas"), t("名称", "Name"), t("质量 (t)", "Mass (t)"), unitT(),
        t("占比", "Share")), rows, false, false, true, true, true);
    return d;
  }

  Doc trend(Doc d) {
    d.h2(t("历年排放趋势", "Trend since the base year"));
    Optional<Baseline> b = a.baseline();
    List<List<String>> rows = new ArrayList<>();
    for (GhgInventory i : a.inventories()) {
      rows.add(List.of(i.period().toString(), i.id(), tonnes(i.totalEmissions()),
          tonnes(i.totalRemovals()), tonnes(i.netEmissions()), tonnes(a.coveredNet(i)),
          b.map(x -> change(x.emissions(), i.totalEmissions())).orElse("—")));
    }
    d.table(List.of(t("年份", "Year"), t("清单", "Inventory"), t("排放", "Emissions"),
        t("清除", "Removals"), t("净排放", "Net"), t("目标覆盖类别净排放", "Net, covered"),
        t("较基准", "vs baseline")), rows, false, false, true, true, true, true, true);
    d.note(t("目标覆盖类别：", "Categories the target covers: ") + a.covered().stream()
        .map(EmissionCategory::code).collect(Collectors.joining(", ")) + t("。单位 tCO₂e。",
        ". Figures in tCO₂e."));
    return d;
  }

  Doc intensity(Doc d) {
    d.h2(t("排放强度", "Intensity"));
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
        d.table(List.of(t("年份", "Year"), t("排放", "Emissions"), t("分母", "Denominator"),
            t("强度", "Intensity"), t("较首年", "vs first year")), rows,
            false, true, true, true, true);
        d.note(pi.methodDescription() + " " + t("强度按 16 位有效数字计算（DECIMAL64），显示 4 位。",
            "Intensities computed to 16 significant digits (DECIMAL64), shown to 4."));
      }
    }
    if (!any) {
      d.para(t("工作区未给出强度指标的分母（产量或产值）。",
          "The workspace gives no denominators (production or output value) for intensity."));
    }
    return d;
  }

  Doc baseline(Doc d) {
    d.h2(t("基准线", "Baseline"));
    Optional<Baseline> ob = a.baseline();
    if (ob.isEmpty()) {
      d.para(t("体系中没有基准线。", "The system has no baseline."));
      return d;
    }
    Baseline b = ob.get();
    List<String[]> facts = new ArrayList<>();
    facts.add(pair(t("标识", "Id"), b.id()));
    facts.add(pair(t("基准期", "Base period"), b.periods().stream().map(Object::toString)
        .collect(Collectors.joining(", ")) + (b.isAveraged() ? t("（平均）", " (averaged)") : "")));
    facts.add(pair(t("来源清单", "From inventories"), String.join(", ", b.inventoryIds())));
    facts.add(pair(t("排放", "Emissions"), tonnes(b.emissions()) + " " + unitT()));
    facts.add(pair(t("清除", "Removals"), tonnes(b.removals()) + " " + unitT()));
    facts.add(pair(t("净排放", "Net"), tonnes(b.net()) + " " + unitT()));
    facts.add(pair(t("全球变暖潜势", "GWP set"), b.gwpSet()));
    facts.add(pair(t("建立日期", "Established on"), b.establishedOn().toString()));
    facts.add(pair(t("重算阈值", "Recalculation threshold"),
        b.recalculationPolicy().significanceThresholdPercent().toPlainString() + " %"));
    facts.add(pair(t("选择依据", "Selection criteria"), b.selectionCriteria()));
    d.facts(facts);
    if (!b.emissionsByCategory().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      GhgInventory latest = a.inventory(null);
      for (Map.Entry<EmissionCategory, Co2e> e : b.emissionsByCategory().entrySet()) {
        Co2e now = latest.emissionsOf(Set.of(e.getKey()));
        rows.add(List.of(e.getKey().code(), label(e.getKey()), tonnes(e.getValue()),
            tonnes(now), change(e.getValue(), now)));
      }
      rows.add(List.of(t("合计", "Total"), "", tonnes(b.emissions()),
          tonnes(latest.totalEmissions()), change(b.emissions(), latest.totalEmissions())));
      d.table(List.of(t("类别", "Category"), t("名称", "Name"), t("基准", "Baseline"),
          latest.period().toString(), t("变化", "Change")), rows, false, false, true, true, true);
    }
    List<BaselineRecalculation> checks = a.workspace().system().baselineRecalculations().stream()
        .filter(r -> r.baselineId().equals(b.id())).toList();
    if (!checks.isEmpty()) {
      d.h3(t("基准年重算检查", "Base-year recalculation checks"));
      List<List<String>> rows = new ArrayList<>();
      for (BaselineRecalculation r : checks) {
        rows.add(List.of(r.id(), r.decidedOn().toString(), label(r.trigger()),
            r.shiftPercent().toPlainString() + " %",
            r.recalculationRequired() ? t("需要", "required") : t("不需要", "not required")));
      }
      d.table(List.of(t("标识", "Id"), t("日期", "Date"), t("触发", "Trigger"), t("偏移", "Shift"),
          t("重算", "Recalculation")), rows, false, false, false, true, false);
    }
    return d;
  }

  Doc progress(Doc d) {
    d.h2(t("目标进展", "Target progress"));
    Optional<CarbonNeutralityTarget> ot = a.target();
    Optional<ProgressReport> or = a.progressReport();
    if (ot.isEmpty() || or.isEmpty()) {
      d.para(t("体系中没有碳中和目标及其基准线。",
          "The system has no carbon-neutrality target with its baseline."));
      return d;
    }
    CarbonNeutralityTarget target = ot.get();
    ProgressReport r = or.get();
    d.facts(List.of(
        pair(t("碳中和目标", "Carbon-neutrality target"), target.id() + t("，愿景年 ",
            ", vision year ") + target.visionYear()),
        pair(t("覆盖类别", "Covered categories"), target.coveredCategories().stream()
            .map(EmissionCategory::code).collect(Collectors.joining(", "))),
        pair(t("基准线", "Baseline"), r.baselineId()),
        pair(t("最新清单", "Latest inventory"), r.inventoryId()),
        pair(t("路径取整", "Path rounding"), r.precision() + t(" 位有效数字，", " significant digits, ")
            + r.roundingMode())));
    List<List<String>> rows = new ArrayList<>();
    for (TargetProgress p : r.progress()) {
      String what = p.targetId().equals("vision") ? t("愿景：碳中和", "Vision: carbon neutral")
          : target.phasedTarget(p.targetId()).map(PhasedTarget::description).orElse("");
      rows.add(List.of(p.targetId(), String.valueOf(p.targetYear()), what,
          tonnes(p.targetLevel()), tonnes(p.pathLevel()), tonnes(p.latestLevel()),
          label(p.status())));
    }
    d.table(List.of(t("目标", "Target"), t("年份", "Year"), t("内容", "Description"),
        t("目标水平", "Target level"), t("路径值", "Path level"), t("最新", "Latest"),
        t("状态", "Status")), rows, false, false, false, true, true, true, false);
    if (!r.notAssessed().isEmpty()) {
      d.note(t("按强度指标判断、未在此评估：", "Judged on their intensity indicator, not here: ")
          + String.join(", ", r.notAssessed()));
    }
    a.trend().ifPresent(p -> d.para(trendSentence(p)));
    return d;
  }

  String trendSentence(Projection p) {
    String slope = p.slope().map(s -> number(s, 2)).orElse("—");
    String reached = p.yearReached().map(String::valueOf)
        .orElse(t("在 " + last(p) + " 年前不会", "not before " + last(p)));
    return t("线性趋势（最小二乘）：覆盖类别净排放每年变化 " + slope + " tCO₂e；按此趋势净零年份："
        + reached + "。", "Linear trend (least squares): covered net emissions change by " + slope
        + " tCO₂e a year; at this trend they reach zero in: " + reached + ".");
  }

  private static int last(Projection p) {
    return p.projected().isEmpty() ? 0 : p.projected().get(p.projected().size() - 1).year();
  }

  Doc balance(Doc d) {
    NeutralityBalance b = a.balance();
    d.h2(t("碳中和平衡 ", "Neutrality balance ") + b.period());
    d.facts(List.of(
        pair(t("声明", "Claim"), b.claimId()),
        pair(t("覆盖类别", "Covered categories"), b.coveredCategories().stream()
            .map(EmissionCategory::code).sorted().collect(Collectors.joining(", "))),
        pair(t("排放总量", "Gross emissions"), tonnes(b.grossEmissions()) + " " + unitT()),
        pair(t("边界内清除", "Removals in the boundary"), "− " + tonnes(b.removals()) + " "
            + unitT()),
        pair(t("抵销（注销的单位）", "Offsets (units retired)"), "− " + tonnes(b.offsets()) + " "
            + unitT() + " (" + b.unitsCounted() + t(" 个单位", " units") + ")"),
        pair(t("净平衡", "Net balance"), tonnes(b.netBalance()) + " " + unitT()),
        pair(t("结论", "Result"), b.neutral() ? t("已实现碳中和", "carbon neutral")
            : t("未实现碳中和，缺口 ", "not carbon neutral, shortfall ") + tonnes(b.shortfall())
                + " " + unitT())));
    if (!b.counted().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Retirement r : b.counted()) {
        rows.add(List.of(r.eventId(), r.date().toString(), label(r.block().type()),
            r.block().registry(), r.block().serials().toString(),
            String.valueOf(r.block().vintage()), String.valueOf(r.block().quantity())));
      }
      d.table(List.of(t("事件", "Event"), t("日期", "Date"), t("类型", "Type"),
          t("登记簿", "Registry"), t("序列号", "Serials"), t("年份", "Vintage"),
          t("数量", "Units")), rows, false, false, false, false, false, true, true);
    }
    if (!b.refused().isEmpty()) {
      d.h3(t("不计入的单位", "Units not counted"));
      List<List<String>> rows = new ArrayList<>();
      for (RefusedUnits r : b.refused()) {
        rows.add(List.of(r.registry(), r.serials().toString(), String.valueOf(r.quantity()),
            r.reason()));
      }
      d.table(List.of(t("登记簿", "Registry"), t("序列号", "Serials"), t("数量", "Units"),
          t("原因", "Reason")), rows, false, false, true, false);
    }
    return d;
  }

  Doc conformity(Doc d, boolean findings) {
    AssessmentReport r = a.conformity();
    d.h2(t("符合性评价摘要", "Conformity summary"));
    Map<String, Verdict> verdicts = r.verdicts();
    d.facts(List.of(
        pair(t("依据", "Standard"), r.standard()),
        pair(t("评价日期", "Assessed on"), r.assessedOn().toString()),
        pair(t("要求", "Requirements"), String.valueOf(verdicts.size())),
        pair(t("不符合项", "Nonconformities"), r.nonconformities().size() + " ("
            + count(r, Verdict.MAJOR_NONCONFORMITY) + t(" 严重，", " major, ")
            + count(r, Verdict.MINOR_NONCONFORMITY) + t(" 一般）", " minor)"))));
    List<List<String>> rows = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    headers.add(t("条款", "Clause"));
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
      d.h3(findings ? t("发现", "Findings") : t("评价发现的不符合", "Nonconformities found"));
      RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
      rows = new ArrayList<>();
      for (Finding f : shown) {
        String heading = catalogue.contains(f.requirementId())
            ? catalogue.heading(f.requirementId(), locale) : f.requirementId();
        rows.add(List.of(heading, label(f.verdict()), f.message(locale),
            String.join(", ", f.recordIds()), f.ruleId()));
      }
      d.table(List.of(t("要求", "Requirement"), t("结论", "Verdict"), t("说明", "Finding"),
          t("记录", "Records"), t("规则", "Rule")), rows);
    }
    List<Nonconformity> open = a.workspace().system().nonconformities().stream()
        .filter(n -> n.status() != NonconformityStatus.CLOSED).toList();
    if (!open.isEmpty()) {
      d.h3(t("体系记录的未关闭不符合", "Open nonconformities on record"));
      rows = new ArrayList<>();
      for (Nonconformity n : open) {
        rows.add(List.of(n.id(), n.requirementId().orElse(""), label(n.severity()),
            label(n.status()), n.reportedOn().toString(), n.description()));
      }
      d.table(List.of(t("标识", "Id"), t("要求", "Requirement"), t("严重程度", "Severity"),
          t("状态", "Status"), t("报告日期", "Reported"), t("描述", "Description")), rows);
    }
    return d;
  }

  private static long count(AssessmentReport r, Verdict v) {
    return r.findings().stream().filter(f -> f.verdict() == v).count();
  }

  Doc sources(Doc d, GhgInventory inv) {
    ManagementSystem s = a.workspace().system();
    d.h2(t("数据来源与方法（", "Sources and methods (") + inv.id() + t("）", ")"));
    d.para(t("每个数字可追溯到排放源或汇、量化方法与因子来源。", "Every figure traces to its "
        + "source or sink, its quantification method and the source of its factors."));
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
    d.table(List.of(t("源/汇", "Source/sink"), t("名称", "Name"), t("设施", "Facility"),
        t("类别", "Cat."), t("方法", "Method"), t("因子来源", "Factor source"), unitT()), rows,
        false, false, false, false, false, false, true);
    List<CalculationResult> results = a.results(inv.period());
    if (!results.isEmpty()) {
      d.h3(t("计算过程（排放因子及出处）", "Calculation trace (factors and provenance)"));
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
      d.table(List.of(t("源", "Source"), t("方法", "Method"), t("因子", "Factor"),
          t("数值", "Value"), t("出处", "Provenance")), rows, false, false, false, true, false);
      d.note(t("共 ", "") + results.size() + t(" 条活动数据记录，计算器：", " activity records, calculator: ")
          + a.workspace().calculator().factorLibraryVersion().orElse("—") + ", GWP "
          + a.workspace().calculator().gwpSet().name());
    }
    return d;
  }
}
