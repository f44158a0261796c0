// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.report.CarbonNeutralityReport.BalanceSection;
import org.cnms.report.CarbonNeutralityReport.ProgressSection;
import org.cnms.report.CarbonNeutralityReport.ProjectionSummary;
import org.cnms.report.CarbonNeutralityReport.TargetRow;
import org.cnms.report.CarbonNeutralityReport.TrendSection;
import org.cnms.report.CarbonNeutralityReport.TrendYear;
import org.cnms.report.CarbonNeutralityReport.YearLevel;

/**
 * The charts of the report as hand-written inline SVG — no scripts, no external requests, no web
 * fonts — each with a text alternative for terminals and Markdown: the trajectory of emissions
 * against the baseline and targets (T/CAS 612 clauses 6.5 and 6.6.1), emissions by category per
 * year as stacked bars, and the neutrality balance as a waterfall (clause 6.7). Values become
 * pixels through {@code double}: a chart is a picture, the tables beside it hold the exact figures.
 */
public final class Charts {

  private static final int W = 900;
  private static final int H = 440;
  private static final int LEFT = 80;
  private static final int RIGHT = 190;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;

  private static final String[] CATEGORY_COLOURS = {"#2e7d32", "#1565c0", "#f9a825", "#6a1b9a",
      "#00838f", "#8d6e63"};

  private Charts() {}

  /** A chart: its SVG and a text rendering of the same data. */
  public record Chart(String svg, String alternative) {}

  /** A point of a series: a year and tonnes. */
  record Point(int year, double tonnes) {}

  private static double d(BigDecimal v) {
    return v.doubleValue();
  }

  // ---- trajectory ----

  /** The trajectory of the covered net emissions against the baseline, path and targets. */
  public static Chart trajectory(ProgressSection p, TrendSection trend, Texts s) {
    List<Point> observed = new ArrayList<>();
    List<Point> gross = new ArrayList<>();
    for (TrendYear y : trend.years()) {
      observed.add(new Point(y.year(), d(y.coveredNet().tonnes())));
      gross.add(new Point(y.year(), d(y.emissions().tonnes())));
    }
    List<Point> path = new ArrayList<>();
    List<TargetRow> ts = new ArrayList<>(p.targets());
    ts.sort(Comparator.comparingInt(TargetRow::year));
    if (!ts.isEmpty()) {
      path.add(new Point(p.baseYear(), d(ts.get(0).baselineLevel().tonnes())));
      for (TargetRow t : ts) {
        path.add(new Point(t.year(), d(t.targetLevel().tonnes())));
      }
    }
    List<Point> projection = new ArrayList<>();
    ProjectionSummary pr = p.projection();
    if (pr != null) {
      projection.add(new Point(pr.lastObservedYear(), d(pr.lastObserved().tonnes())));
      for (YearLevel v : pr.projected()) {
        projection.add(new Point(v.year(), d(v.level().tonnes())));
      }
    }
    StringBuilder alt = new StringBuilder();
    alt.append(s.t("cli.trajectory-net-emissions-of-the-covered")).append('\n');
    for (Point o : observed) {
      alt.append(String.format(Locale.ROOT, "  %d %12s%n", o.year(),
          Texts.number(BigDecimal.valueOf(o.tonnes()), 0)));
    }
    if (!path.isEmpty()) {
      alt.append(s.t("cli.target-path-2"));
      List<String> parts = new ArrayList<>();
      for (Point o : path) {
        parts.add(o.year() + " " + Texts.number(BigDecimal.valueOf(o.tonnes()), 0));
      }
      alt.append(String.join(" → ", parts)).append('\n');
    }
    return new Chart(trajectorySvg(p, observed, gross, path, projection, s), alt.toString());
  }

  private static String trajectorySvg(ProgressSection progress, List<Point> observed, List<Point> gross,
      List<Point> path, List<Point> projection, Texts s) {
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    double max = 0;
    double min = 0;
    for (List<Point> series : List.of(observed, gross, path, projection)) {
      for (Point p : series) {
        minYear = Math.min(minYear, p.year());
        maxYear = Math.max(maxYear, p.year());
        max = Math.max(max, p.tonnes());
        min = Math.min(min, p.tonnes());
      }
    }
    if (minYear == Integer.MAX_VALUE) {
      minYear = 2020;
      maxYear = 2030;
    }
    if (maxYear == minYear) {
      maxYear = minYear + 1;
    }
    double step = niceStep((max - min) / 5);
    double top = Math.ceil(max / step) * step;
    double bottom = Math.floor(min / step) * step;
    if (top <= bottom) {
      top = bottom + step;
    }
    Scale sc = new Scale(minYear, maxYear, bottom, top);
    StringBuilder b = new StringBuilder();
    String title = s.t("cli.emission-trajectory-and-carbon-neutrality-targets");
    open(b, "trajectory", title, W);
    // grid and axes
    for (double v = bottom; v <= top + step / 2; v += step) {
      double y = sc.y(v);
      b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
          .append(W - RIGHT).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#e3e8ec\" stroke-width=\"1\"/>\n");
      b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\" fill=\"#5c6873\">")
          .append(Texts.number(BigDecimal.valueOf(v), 0)).append("</text>\n");
    }
    int yearStep = maxYear - minYear > 12 ? 2 : 1;
    for (int year = minYear; year <= maxYear; year += yearStep) {
      double x = sc.x(year);
      b.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(H - BOTTOM)
          .append("\" x2=\"").append(f(x)).append("\" y2=\"").append(H - BOTTOM + 5)
          .append("\" stroke=\"#1d2733\"/>\n");
      b.append("<text x=\"").append(f(x)).append("\" y=\"").append(H - BOTTOM + 20)
          .append("\" text-anchor=\"middle\" fill=\"#1d2733\">").append(year).append("</text>\n");
    }
    b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(sc.y(0))).append("\" x2=\"")
        .append(W - RIGHT).append("\" y2=\"").append(f(sc.y(0)))
        .append("\" stroke=\"#1d2733\" stroke-width=\"1\"/>\n");
    b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"")
        .append(LEFT).append("\" y2=\"").append(H - BOTTOM)
        .append("\" stroke=\"#1d2733\" stroke-width=\"1\"/>\n");
    b.append("<text x=\"16\" y=\"").append(TOP + (H - TOP - BOTTOM) / 2)
        .append("\" transform=\"rotate(-90 16 ").append(TOP + (H - TOP - BOTTOM) / 2)
        .append(")\" text-anchor=\"middle\" fill=\"#1d2733\">tCO₂e</text>\n");
    // baseline
    if (!path.isEmpty()) {
      double y = sc.y(path.get(0).tonnes());
      b.append("<line class=\"baseline\" x1=\"").append(LEFT).append("\" y1=\"").append(f(y))
          .append("\" x2=\"").append(W - RIGHT).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#8d6e63\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\"/>\n");
    }
    polyline(b, sc, gross, "gross", "#9aa5b1", "1.5", "");
    polyline(b, sc, path, "target-path", "#c62828", "2", "8 5");
    polyline(b, sc, projection, "trend", "#1565c0", "2", "2 4");
    polyline(b, sc, observed, "observed", "#2e7d32", "3", "");
    for (Point p : observed) {
      b.append("<circle cx=\"").append(f(sc.x(p.year()))).append("\" cy=\"")
          .append(f(sc.y(p.tonnes()))).append("\" r=\"4\" fill=\"#2e7d32\"><title>")
          .append(p.year()).append(": ").append(Texts.number(BigDecimal.valueOf(p.tonnes()), 0))
          .append(" tCO₂e</title></circle>\n");
    }
    // targets
    for (TargetRow t : progress.targets()) {
      double x = sc.x(t.year());
      double y = sc.y(d(t.targetLevel().tonnes()));
      String colour = t.vision() ? "#6a1b9a" : "#c62828";
      b.append("<path class=\"target\" d=\"M").append(f(x)).append(' ').append(f(y - 7))
          .append(" L").append(f(x + 7)).append(' ').append(f(y)).append(" L").append(f(x))
          .append(' ').append(f(y + 7)).append(" L").append(f(x - 7)).append(' ').append(f(y))
          .append(" Z\" fill=\"").append(colour).append("\"><title>")
          .append(Doc.esc(t.targetId() + " " + t.year() + ": "
              + Texts.tonnes(t.targetLevel()) + " tCO₂e — " + s.label(t.status())))
          .append("</title></path>\n");
      String text = t.vision() ? s.t("cli.vision") + t.year() : t.targetId();
      b.append("<text x=\"").append(f(x + 9)).append("\" y=\"").append(f(y - 9))
          .append("\" fill=\"").append(colour).append("\">").append(Doc.esc(text))
          .append("</text>\n");
    }
    // legend
    int lx = W - RIGHT + 20;
    int ly = TOP + 10;
    legend(b, lx, ly, "#2e7d32", "", s.t("cli.net-emissions-covered"));
    legend(b, lx, ly + 22, "#9aa5b1", "", s.t("cli.total-emissions-all"));
    legend(b, lx, ly + 44, "#8d6e63", "2 4", s.t("cli.baseline"));
    legend(b, lx, ly + 66, "#c62828", "8 5", s.t("cli.target-path"));
    legend(b, lx, ly + 88, "#1565c0", "2 4", s.t("cli.linear-trend"));
    b.append("</svg>");
    return b.toString();
  }


  // ---- stacked bars ----

  /** Emissions by category per year as stacked bars, one colour per category. */
  public static Chart stackedBars(TrendSection trend, Texts s) {
    List<EmissionCategory> categories = new ArrayList<>();
    double max = 0;
    for (TrendYear y : trend.years()) {
      double sum = 0;
      for (Map.Entry<EmissionCategory, Co2e> e : y.byCategory().entrySet()) {
        if (!categories.contains(e.getKey())) {
          categories.add(e.getKey());
        }
        sum += d(e.getValue().tonnes());
      }
      max = Math.max(max, sum);
    }
    categories.sort(Comparator.naturalOrder());
    double step = niceStep(max / 5);
    double top = Math.max(step, Math.ceil(max / step) * step);
    int n = Math.max(1, trend.years().size());
    double slot = (W - LEFT - RIGHT) / (double) n;
    double bar = Math.min(60, slot * 0.6);
    String title = s.t("report.emissions-by-category-per-year");
    StringBuilder b = new StringBuilder();
    open(b, "bars", title, W);
    for (double v = 0; v <= top + step / 2; v += step) {
      double y = barY(v, top);
      b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
          .append(W - RIGHT).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#e3e8ec\" stroke-width=\"1\"/>\n");
      b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\" fill=\"#5c6873\">")
          .append(Texts.number(BigDecimal.valueOf(v), 0)).append("</text>\n");
    }
    StringBuilder alt = new StringBuilder(title).append(" (tCO₂e)\n");
    int i = 0;
    for (TrendYear y : trend.years()) {
      double cx = LEFT + slot * (i + 0.5);
      double base = 0;
      List<String> parts = new ArrayList<>();
      for (EmissionCategory c : categories) {
        Co2e e = y.byCategory().get(c);
        if (e == null) {
          continue;
        }
        double v = d(e.tonnes());
        double y0 = barY(base, top);
        double y1 = barY(base + v, top);
        b.append("<rect class=\"bar ").append(c.code()).append("\" x=\"").append(f(cx - bar / 2))
            .append("\" y=\"").append(f(y1)).append("\" width=\"").append(f(bar))
            .append("\" height=\"").append(f(Math.max(0, y0 - y1))).append("\" fill=\"")
            .append(CATEGORY_COLOURS[c.ordinal() % CATEGORY_COLOURS.length]).append("\"><title>")
            .append(y.year()).append(' ').append(c.code()).append(": ")
            .append(Texts.tonnes(e)).append(" tCO₂e</title></rect>\n");
        base += v;
        parts.add(c.code() + " " + Texts.tonnes(e));
      }
      b.append("<text x=\"").append(f(cx)).append("\" y=\"").append(H - BOTTOM + 20)
          .append("\" text-anchor=\"middle\">").append(y.year()).append("</text>\n");
      alt.append("  ").append(y.year()).append(": ").append(String.join(", ", parts))
          .append('\n');
      i++;
    }
    b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(H - BOTTOM)
        .append("\" x2=\"").append(W - RIGHT).append("\" y2=\"").append(H - BOTTOM)
        .append("\" stroke=\"#1d2733\"/>\n");
    int ly = TOP + 10;
    for (EmissionCategory c : categories) {
      b.append("<rect x=\"").append(W - RIGHT + 20).append("\" y=\"").append(ly - 6)
          .append("\" width=\"14\" height=\"12\" fill=\"")
          .append(CATEGORY_COLOURS[c.ordinal() % CATEGORY_COLOURS.length]).append("\"/>\n");
      b.append("<text x=\"").append(W - RIGHT + 40).append("\" y=\"").append(ly + 4)
          .append("\">").append(Doc.esc(c.code() + " " + s.label(c))).append("</text>\n");
      ly += 22;
    }
    b.append("</svg>");
    return new Chart(b.toString(), alt.toString());
  }

  private static double barY(double tonnes, double top) {
    return TOP + (H - TOP - BOTTOM) * (top - tonnes) / top;
  }

  // ---- waterfall ----

  /** The neutrality balance as a waterfall: emissions − removals − retired units = net. */
  public static Chart waterfall(BalanceSection bal, Texts s) {
    double gross = d(bal.grossEmissions().tonnes());
    double removals = d(bal.removals().tonnes());
    double offsets = d(bal.offsets().tonnes());
    double net = d(bal.netBalance().tonnes());
    double max = Math.max(gross, Math.max(net, 0));
    double min = Math.min(0, Math.min(net, gross - removals - offsets));
    double step = niceStep((max - min) / 5);
    double top = Math.max(step, Math.ceil(max / step) * step);
    double bottom = Math.floor(min / step) * step;
    String[] labels = {s.t("cli.gross-emissions"), s.t("cli.removals-in-the-boundary"),
        s.t("cli.offsets-units-retired"), s.t("report.net")};
    Co2e[] values = {bal.grossEmissions(), bal.removals().negated(), bal.offsets().negated(),
        bal.netBalance()};
    double[][] spans = {{0, gross}, {gross - removals, gross},
        {gross - removals - offsets, gross - removals}, {Math.min(0, net), Math.max(0, net)}};
    String[] colours = {"#c62828", "#2e7d32", "#1565c0", bal.neutral() ? "#2e7d32" : "#6a1b9a"};
    String[] classes = {"gross", "removals", "offsets", "net"};
    String title = s.t("report.balance-waterfall");
    int w = 720;
    int left = 90;
    double slot = (w - left - 20) / 4.0;
    StringBuilder b = new StringBuilder();
    open(b, "waterfall", title, w);
    for (double v = bottom; v <= top + step / 2; v += step) {
      double y = wy(v, top, bottom);
      b.append("<line x1=\"").append(left).append("\" y1=\"").append(f(y)).append("\" x2=\"")
          .append(w - 20).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#e3e8ec\" stroke-width=\"1\"/>\n");
      b.append("<text x=\"").append(left - 8).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\" fill=\"#5c6873\">")
          .append(Texts.number(BigDecimal.valueOf(v), 0)).append("</text>\n");
    }
    StringBuilder alt = new StringBuilder(title).append('\n');
    for (int i = 0; i < 4; i++) {
      double x = left + slot * i + slot * 0.2;
      double y1 = wy(spans[i][1], top, bottom);
      double y0 = wy(spans[i][0], top, bottom);
      b.append("<rect class=\"waterfall ").append(classes[i]).append("\" x=\"").append(f(x))
          .append("\" y=\"").append(f(y1)).append("\" width=\"").append(f(slot * 0.6))
          .append("\" height=\"").append(f(Math.max(1, y0 - y1))).append("\" fill=\"")
          .append(colours[i]).append("\"><title>").append(Doc.esc(labels[i])).append(": ")
          .append(Texts.tonnes(values[i])).append(" tCO₂e</title></rect>\n");
      b.append("<text x=\"").append(f(x + slot * 0.3)).append("\" y=\"").append(f(y1 - 6))
          .append("\" text-anchor=\"middle\">").append(Texts.tonnes(values[i]))
          .append("</text>\n");
      b.append("<text x=\"").append(f(x + slot * 0.3)).append("\" y=\"").append(H - BOTTOM + 20)
          .append("\" text-anchor=\"middle\">").append(Doc.esc(labels[i])).append("</text>\n");
      alt.append(String.format(Locale.ROOT, "  %s %s tCO₂e%n", labels[i],
          Texts.tonnes(values[i])));
    }
    double zero = wy(0, top, bottom);
    b.append("<line x1=\"").append(left).append("\" y1=\"").append(f(zero)).append("\" x2=\"")
        .append(w - 20).append("\" y2=\"").append(f(zero)).append("\" stroke=\"#1d2733\"/>\n");
    b.append("</svg>");
    return new Chart(b.toString(), alt.toString());
  }

  private static double wy(double tonnes, double top, double bottom) {
    return TOP + (H - TOP - BOTTOM) * (top - tonnes) / (top - bottom);
  }

  private static void legend(StringBuilder b, int x, int y, String colour, String dash,
      String text) {
    b.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"")
        .append(x + 24).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
        .append("\" stroke-width=\"3\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\""
            + dash + "\"").append("/>\n");
    b.append("<text x=\"").append(x + 30).append("\" y=\"").append(y + 4).append("\">")
        .append(Doc.esc(text)).append("</text>\n");
  }

  private static void polyline(StringBuilder b, Scale sc, List<Point> points, String cls,
      String colour, String width, String dash) {
    if (points.size() < 2) {
      return;
    }
    b.append("<polyline class=\"").append(cls).append("\" fill=\"none\" stroke=\"")
        .append(colour).append("\" stroke-width=\"").append(width).append('"');
    if (!dash.isEmpty()) {
      b.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    b.append(" points=\"");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      b.append(i == 0 ? "" : " ").append(f(sc.x(p.year()))).append(',')
          .append(f(sc.y(p.tonnes())));
    }
    b.append("\"/>\n");
  }

  private static String f(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double n = raw / mag;
    double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
    return nice * mag;
  }

  private record Scale(int minYear, int maxYear, double bottom, double top) {
    double x(int year) {
      return LEFT + (W - LEFT - RIGHT) * (year - minYear) / (double) (maxYear - minYear);
    }

    double y(double tonnes) {
      return TOP + (H - TOP - BOTTOM) * (top - tonnes) / (top - bottom);
    }
  }

  /**
   * Opens a chart of {@code width} × {@link #H}: the {@code svg} element labelled by its title
   * ({@code <id>-title}, for screen readers), the title, and a white background.
   */
  private static void open(StringBuilder b, String id, String title, int width) {
    b.append("<svg role=\"img\" aria-labelledby=\"").append(id).append("-title\" viewBox=\"0 0 ")
        .append(width).append(' ').append(H).append("\" width=\"").append(width)
        .append("\" height=\"").append(H)
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
    b.append("<title id=\"").append(id).append("-title\">").append(Doc.esc(title))
        .append("</title>\n");
    b.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(H)
        .append("\" fill=\"#ffffff\"/>\n");
  }
}
