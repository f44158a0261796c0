// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.Labelled;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.CarbonNeutralityReport.AppliedFactor;
import org.cnms.report.CarbonNeutralityReport.BalanceSection;
import org.cnms.report.CarbonNeutralityReport.BaselineCategory;
import org.cnms.report.CarbonNeutralityReport.CategoryRow;
import org.cnms.report.CarbonNeutralityReport.ClauseRow;
import org.cnms.report.CarbonNeutralityReport.FacilityRow;
import org.cnms.report.CarbonNeutralityReport.FacilityShare;
import org.cnms.report.CarbonNeutralityReport.FindingRow;
import org.cnms.report.CarbonNeutralityReport.GasRow;
import org.cnms.report.CarbonNeutralityReport.IntensitySeries;
import org.cnms.report.CarbonNeutralityReport.IntensityYear;
import org.cnms.report.CarbonNeutralityReport.OpenNonconformity;
import org.cnms.report.CarbonNeutralityReport.RecalculationCheck;
import org.cnms.report.CarbonNeutralityReport.RetirementRow;
import org.cnms.report.CarbonNeutralityReport.SourceRow;
import org.cnms.report.CarbonNeutralityReport.TargetRow;
import org.cnms.report.CarbonNeutralityReport.TrendYear;
import org.cnms.report.internal.Texts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CarbonNeutralityReport} as an Office Open XML workbook ({@code .xlsx}), written with
 * FastExcel: one sheet per section (and per table of the inventory), each with its headers in
 * Chinese (first row) and English (second row), then one row per figure. Numbers are number
 * cells holding the model's exact decimal text (CO₂e in tonnes, percentages unrounded), so a
 * reader library gets the exact value back; a spreadsheet shows it to 15 digits. Absent values
 * are empty cells.
 */
public final class ReportWorkbook {

  private static final Texts ZH = Texts.of("zh");
  private static final Texts EN = Texts.of("en");

  private ReportWorkbook() {}

  /** The workbook's sheets, in order. */
  public static final List<String> SHEETS = List.of("Organisation", "Inventory", "ByCategory",
      "ByFacility", "ByGas", "Sources", "Factors", "Trend", "Intensity", "Baseline",
      "Recalculation", "Progress", "Balance", "Retirements", "Conformity", "Findings",
      "OpenNonconformities");

  /** The report as the bytes of an {@code .xlsx} file. */
  public static byte[] write(CarbonNeutralityReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "cnms", "0.1");
      Texts x = Texts.of(r.language());
      organisation(wb, r, x);
      inventory(wb, r, x);
      trend(wb, r);
      intensity(wb, r);
      baseline(wb, r, x);
      progress(wb, r, x);
      balance(wb, r, x);
      conformity(wb, r, x);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A sheet under construction: its headers in both languages, then rows. */
  private static final class Sheet {
    private final Worksheet ws;
    private int row = 2;

    Sheet(Workbook wb, String name, String... keys) {
      ws = wb.newWorksheet(name);
      for (int c = 0; c < keys.length; c++) {
        ws.value(0, c, header(ZH, keys[c]));
        ws.value(1, c, header(EN, keys[c]));
        ws.style(0, c).bold().set();
        ws.style(1, c).bold().set();
      }
    }

    private static String header(Texts t, String key) {
      return key.startsWith("=") ? key.substring(1) : t.t(key);
    }

    void row(@Nullable Object... cells) {
      for (int c = 0; c < cells.length; c++) {
        Object v = cells[c];
        if (v == null) {
          continue;
        }
        if (v instanceof Co2e e) {
          ws.value(row, c, e.tonnes());
        } else if (v instanceof BigDecimal n) {
          ws.value(row, c, n);
        } else if (v instanceof Number n) {
          ws.value(row, c, n);
        } else if (v instanceof Boolean b) {
          ws.value(row, c, b);
        } else {
          ws.value(row, c, v.toString());
        }
      }
      row++;
    }
  }

  private static String l(Texts x, Labelled l) {
    return x.label(l);
  }

  private static void organisation(Workbook wb, CarbonNeutralityReport r, Texts x) {
    var o = r.organisation();
    Sheet s = new Sheet(wb, "Organisation", "cli.facility", "cli.name", "cli.kind",
        "cli.province", "cli.in-boundary");
    s.row(o.id(), o.name(), o.sector(), l(x, o.boundaryApproach()), o.workspace());
    for (FacilityRow f : o.facilities()) {
      s.row(f.id(), f.name(), l(x, f.kind()), f.province(), f.inBoundary());
    }
  }

  private static void inventory(Workbook wb, CarbonNeutralityReport r, Texts x) {
    var inv = r.inventory();
    Sheet s = new Sheet(wb, "Inventory", "cli.inventory-id", "cli.period", "cli.gwp-set",
        "cli.total-emissions", "cli.removals", "cli.net-emissions",
        "cli.biogenic-co-reported-apart");
    s.row(inv.id(), inv.period().toString(), inv.gwpSet(), inv.totalEmissions(), inv.removals(),
        inv.netEmissions(), inv.biogenicCo2());
    s = new Sheet(wb, "ByCategory", "cli.category", "cli.name", "cli.scope", "=tCO2e",
        "cli.share");
    for (CategoryRow c : inv.byCategory()) {
      s.row(c.category().code(), l(x, c.category()), l(x, c.scope()), c.emissions(),
          c.sharePercent());
    }
    s = new Sheet(wb, "ByFacility", "cli.facility", "cli.name", "=tCO2e", "cli.share");
    for (FacilityShare f : inv.byFacility()) {
      s.row(f.facilityId(), f.name(), f.emissions(), f.sharePercent());
    }
    s = new Sheet(wb, "ByGas", "cli.gas", "cli.name", "cli.mass-t", "=tCO2e", "cli.share");
    for (GasRow g : inv.byGas()) {
      s.row(g.gas() == null ? "CO2e" : g.gas().code(), g.gas() == null
          ? x.t("report.co2e-not-separated-by-gas") : l(x, g.gas()), g.massTonnes(),
          g.emissions(), g.sharePercent());
    }
    s = new Sheet(wb, "Sources", "cli.source-sink", "cli.name", "cli.facility", "cli.cat",
        "cli.method", "cli.factor-source", "cli.emissions", "cli.removals");
    for (SourceRow src : inv.sources()) {
      s.row(src.id(), src.name(), src.facilityId(), src.category() == null ? null
          : src.category().code(), String.join("; ", src.methods()),
          String.join("; ", src.factorSources()), src.emissions(), src.removals());
    }
    s = new Sheet(wb, "Factors", "cli.source", "cli.method", "cli.factor", "cli.value", "=unit",
        "report.data-year", "report.fallback-mark", "cli.provenance");
    for (AppliedFactor f : inv.factors()) {
      s.row(f.sourceId(), f.method(), f.factorId(), f.value(), f.unit(), f.dataYear(),
          f.fallback(), f.provenance());
    }
  }

  private static void trend(Workbook wb, CarbonNeutralityReport r) {
    Sheet s = new Sheet(wb, "Trend", "cli.year", "cli.inventory", "cli.emissions",
        "cli.removals-2", "cli.net", "cli.net-covered", "cli.vs-baseline");
    for (TrendYear y : r.trend().years()) {
      s.row(y.year(), y.inventoryId(), y.emissions(), y.removals(), y.net(), y.coveredNet(),
          y.vsBaselinePercent());
    }
  }

  private static void intensity(Workbook wb, CarbonNeutralityReport r) {
    Sheet s = new Sheet(wb, "Intensity", "cli.id", "cli.year", "cli.emissions",
        "cli.denominator", "=unit", "cli.intensity-2", "=unit", "cli.vs-first-year");
    for (IntensitySeries i : r.intensities()) {
      for (IntensityYear y : i.years()) {
        s.row(i.indicatorId(), y.period().toString(), y.emissions(), y.denominator(),
            y.denominatorUnit(), y.value(), y.unit(), y.vsFirstPercent());
      }
    }
  }

  private static void baseline(Workbook wb, CarbonNeutralityReport r, Texts x) {
    Sheet s = new Sheet(wb, "Baseline", "cli.category", "cli.name", "cli.baseline-2",
        "cli.latest", "cli.change");
    Sheet checks = new Sheet(wb, "Recalculation", "cli.id", "cli.date", "cli.trigger",
        "cli.shift", "report.recalculated", "cli.recalculation");
    var b = r.baseline();
    if (b == null) {
      return;
    }
    for (BaselineCategory c : b.byCategory()) {
      s.row(c.category().code(), l(x, c.category()), c.baseline(), c.latest(),
          c.changePercent());
    }
    s.row(x.t("cli.total"), b.id(), b.emissions(), b.latestEmissions(), b.totalChangePercent());
    for (RecalculationCheck c : b.checks()) {
      checks.row(c.id(), c.decidedOn().toString(), l(x, c.trigger()), c.shiftPercent(),
          c.recalculatedShiftPercent(), c.required());
    }
  }

  private static void progress(Workbook wb, CarbonNeutralityReport r, Texts x) {
    Sheet s = new Sheet(wb, "Progress", "cli.target", "cli.year", "cli.description",
        "cli.target-level", "cli.path-level", "cli.latest", "cli.status");
    if (r.progress() == null) {
      return;
    }
    for (TargetRow t : r.progress().targets()) {
      s.row(t.targetId(), t.year(), t.description(), t.targetLevel(), t.pathLevel(),
          t.latestLevel(), l(x, t.status()));
    }
  }

  private static void balance(Workbook wb, CarbonNeutralityReport r, Texts x) {
    BalanceSection b = r.balance();
    Sheet s = new Sheet(wb, "Balance", "cli.claim", "cli.gross-emissions",
        "cli.removals-in-the-boundary", "cli.offsets-units-retired", "cli.units-2",
        "cli.net-balance", "cli.result", "cli.ledger-head");
    s.row(b.claimId(), b.grossEmissions(), b.removals(), b.offsets(), b.unitsCounted(),
        b.netBalance(), b.neutral(), b.ledgerHash());
    s = new Sheet(wb, "Retirements", "cli.event", "cli.date", "cli.type", "cli.registry",
        "cli.serials", "cli.vintage", "cli.units-2");
    for (RetirementRow t : b.counted()) {
      s.row(t.eventId(), t.date().toString(), l(x, t.type()), t.registry(), t.serials(),
          t.vintage(), t.quantity());
    }
  }

  private static void conformity(Workbook wb, CarbonNeutralityReport r, Texts x) {
    var c = r.conformity();
    List<String> keys = new ArrayList<>(List.of("cli.clause"));
    for (Verdict v : Verdict.values()) {
      keys.add("=" + v.labelZh() + " / " + v.labelEn());
    }
    Sheet s = new Sheet(wb, "Conformity", keys.toArray(String[]::new));
    for (ClauseRow row : c.byClause()) {
      Object[] cells = new Object[Verdict.values().length + 1];
      cells[0] = row.clause();
      for (Verdict v : Verdict.values()) {
        cells[v.ordinal() + 1] = row.counts().getOrDefault(v, 0);
      }
      s.row(cells);
    }
    s = new Sheet(wb, "Findings", "cli.requirement", "cli.verdict", "cli.finding",
        "cli.records", "cli.rule");
    for (FindingRow f : c.findings()) {
      s.row(f.heading(), l(x, f.verdict()), f.description(), String.join(", ", f.recordIds()),
          f.ruleId());
    }
    s = new Sheet(wb, "OpenNonconformities", "cli.id", "cli.requirement", "cli.severity",
        "cli.status", "cli.reported", "cli.description-2");
    for (OpenNonconformity n : c.open()) {
      s.row(n.id(), n.requirementId(), l(x, n.severity()), l(x, n.status()),
          n.reportedOn().toString(), n.description());
    }
  }
}
