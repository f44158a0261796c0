// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.quantification.progress.ProgressReport;
import org.cnms.quantification.progress.Projection;
import org.cnms.quantification.progress.TargetProgress;
import org.cnms.quantification.progress.YearValue;

/**
 * The trajectory of emissions against the baseline, the phased targets and the vision target of a
 * carbon-neutrality target (T/CAS 612 clauses 6.5 and 6.6.1) as a hand-written inline SVG chart:
 * no scripts, no external requests, no web fonts. Values are converted to pixels with {@code
 * double}: a chart is a picture, the tables beside it hold the exact figures.
 */
final class TrajectoryChart {

  private static final int W = 900;
  private static final int H = 440;
  private static final int LEFT = 80;
  private static final int RIGHT = 190;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;

  private final Analysis a;
  private final Sections s;

  TrajectoryChart(Analysis analysis, Sections sections) {
    this.a = analysis;
    this.s = sections;
  }

  /** A point of a series: a year and tonnes. */
  record Point(int year, double tonnes) {}

  List<Point> observed() {
    List<Point> out = new ArrayList<>();
    for (GhgInventory i : a.inventories()) {
      out.add(new Point(i.period().year().getValue(), d(a.coveredNet(i).tonnes())));
    }
    return out;
  }

  List<Point> gross() {
    List<Point> out = new ArrayList<>();
    for (GhgInventory i : a.inventories()) {
      out.add(new Point(i.period().year().getValue(), d(i.totalEmissions().tonnes())));
    }
    return out;
  }

  /** The straight-line path from the baseline through each phased target to the vision target. */
  List<Point> path() {
    List<Point> out = new ArrayList<>();
    Optional<ProgressReport> r = a.progressReport();
    if (r.isEmpty() || a.baseline().isEmpty()) {
      return out;
    }
    int y0 = a.baseline().get().span().year().getValue();
    List<TargetProgress> ps = new ArrayList<>(r.get().progress());
    ps.sort(Comparator.comparingInt(TargetProgress::targetYear));
    out.add(new Point(y0, d(ps.get(0).baselineLevel().tonnes())));
    for (TargetProgress p : ps) {
      out.add(new Point(p.targetYear(), d(p.targetLevel().tonnes())));
    }
    return out;
  }

  List<Point> projection() {
    List<Point> out = new ArrayList<>();
    Optional<Projection> p = a.trend();
    if (p.isPresent()) {
      List<YearValue> obs = p.get().observed();
      YearValue last = obs.get(obs.size() - 1);
      out.add(new Point(last.year(), d(last.netEmissions().tonnes())));
      for (YearValue v : p.get().projected()) {
        out.add(new Point(v.year(), d(v.netEmissions().tonnes())));
      }
    }
    return out;
  }

  private static double d(BigDecimal v) {
    return v.doubleValue();
  }

  String svg() {
    List<Point> observed = observed();
    List<Point> gross = gross();
    List<Point> path = path();
    List<Point> projection = projection();
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
    b.append("<svg role=\"img\" aria-labelledby=\"trajectory-title\" viewBox=\"0 0 ").append(W)
        .append(' ').append(H).append("\" width=\"").append(W).append("\" height=\"").append(H)
        .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
    b.append("<title id=\"trajectory-title\">").append(Doc.esc(title)).append("</title>\n");
    b.append("<rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H)
        .append("\" fill=\"#ffffff\"/>\n");
    // grid and axes
    for (double v = bottom; v <= top + step / 2; v += step) {
      double y = sc.y(v);
      b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"")
          .append(W - RIGHT).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#e3e8ec\" stroke-width=\"1\"/>\n");
      b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\" fill=\"#5c6873\">")
          .append(Sections.number(BigDecimal.valueOf(v), 0)).append("</text>\n");
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
          .append(p.year()).append(": ").append(Sections.number(BigDecimal.valueOf(p.tonnes()), 0))
          .append(" tCO₂e</title></circle>\n");
    }
    // targets
    Optional<ProgressReport> r = a.progressReport();
    if (r.isPresent()) {
      for (TargetProgress p : r.get().progress()) {
        double x = sc.x(p.targetYear());
        double y = sc.y(d(p.targetLevel().tonnes()));
        boolean vision = p.targetId().equals("vision");
        String colour = vision ? "#6a1b9a" : "#c62828";
        b.append("<path class=\"target\" d=\"M").append(f(x)).append(' ').append(f(y - 7))
            .append(" L").append(f(x + 7)).append(' ').append(f(y)).append(" L").append(f(x))
            .append(' ').append(f(y + 7)).append(" L").append(f(x - 7)).append(' ').append(f(y))
            .append(" Z\" fill=\"").append(colour).append("\"><title>")
            .append(Doc.esc(p.targetId() + " " + p.targetYear() + ": "
                + Sections.tonnes(p.targetLevel()) + " tCO₂e — " + s.label(p.status())))
            .append("</title></path>\n");
        String text = vision ? s.t("cli.vision") + p.targetYear() : p.targetId();
        b.append("<text x=\"").append(f(x + 9)).append("\" y=\"").append(f(y - 9))
            .append("\" fill=\"").append(colour).append("\">").append(Doc.esc(text))
            .append("</text>\n");
      }
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

  /** A text rendering of the same data for terminals and Markdown. */
  String alternative() {
    StringBuilder b = new StringBuilder();
    b.append(s.t("cli.trajectory-net-emissions-of-the-covered")).append('\n');
    for (Point p : observed()) {
      b.append(String.format(Locale.ROOT, "  %d %12s%n", p.year(),
          Sections.number(BigDecimal.valueOf(p.tonnes()), 0)));
    }
    List<Point> path = path();
    if (!path.isEmpty()) {
      b.append(s.t("cli.target-path-2"));
      List<String> parts = new ArrayList<>();
      for (Point p : path) {
        parts.add(p.year() + " " + Sections.number(BigDecimal.valueOf(p.tonnes()), 0));
      }
      b.append(String.join(" → ", parts)).append('\n');
    }
    return b.toString();
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

  static double niceStep(double raw) {
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
}
