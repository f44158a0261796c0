// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnms.core.i18n.CoreTexts;

/**
 * Renders an {@link AssessmentReport} — the report of an audit (T/CAS 612 clause 9.3) — for
 * people: Markdown for review in a repository or a
 * ticket, and a self-contained HTML page (inline style, no scripts, no external requests) for
 * sending to the organisation assessed. Labels and messages are in the language of the locale
 * (from the bundle of cnms-core: Chinese, English, or a language added as a bundle).
 */
public final class ReportRenderer {

  private ReportRenderer() {}

  /** The report as Markdown: summary by clause, then findings per requirement. */
  public static String markdown(AssessmentReport report, Locale locale) {
    RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(t("report.conformity-assessment-report", locale))
        .append("\n\n");
    b.append(t("report.organisation", locale)).append(report.organisationName()).append(" (")
        .append(report.organisationId()).append(")\n");
    b.append(t("report.standard", locale)).append(report.standard()).append('\n');
    b.append(t("report.assessed-on", locale)).append(report.assessedOn()).append("\n\n");
    b.append("## ").append(t("report.summary-by-clause", locale)).append("\n\n");
    b.append('|').append(t("report.clause", locale));
    for (Verdict v : Verdict.values()) {
      b.append(" | ").append(v.label(locale));
    }
    b.append(" |\n|---");
    for (int i = 0; i < Verdict.values().length; i++) {
      b.append("|---:");
    }
    b.append("|\n");
    for (ClauseSummary s : report.summaryByClause()) {
      b.append("| ").append(s.clause());
      for (Verdict v : Verdict.values()) {
        b.append(" | ").append(s.count(v));
      }
      b.append(" |\n");
    }
    b.append("\n## ").append(t("report.findings", locale)).append("\n\n");
    Map<String, Verdict> verdicts = report.verdicts();
    verdicts.forEach((id, worst) -> {
      String heading = catalogue.contains(id) ? catalogue.heading(id, locale) : id;
      b.append("### ").append(heading).append(" — ")
          .append(worst.label(locale)).append("\n\n");
      for (Finding f : report.findingsFor(id)) {
        b.append("- **").append(f.verdict().label(locale)).append("** ")
            .append(escapeMarkdown(describe(f, locale)));
        if (!f.recordIds().isEmpty()) {
          b.append(t("report.records", locale)).append(String.join(", ", f.recordIds()))
              .append(t("report.records-close", locale));
        }
        b.append(" `").append(f.ruleId()).append("`\n");
      }
      b.append('\n');
    });
    return b.toString();
  }

  /** The report as one self-contained HTML page. */
  public static String html(AssessmentReport report, Locale locale) {
    RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escapeHtml((t("report.conformity-assessment", locale))
            + report.organisationName()))
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(t("report.conformity-assessment-report", locale))
        .append("</h1>\n<p>").append(escapeHtml(report.organisationName())).append(" (")
        .append(escapeHtml(report.organisationId())).append(") · ")
        .append(escapeHtml(report.standard())).append(" · ").append(report.assessedOn())
        .append("</p>\n");
    b.append("<h2>").append(t("report.summary-by-clause", locale)).append("</h2>\n<table>\n<tr><th>")
        .append(t("report.clause", locale)).append("</th>");
    for (Verdict v : Verdict.values()) {
      b.append("<th>").append(escapeHtml(v.label(locale))).append("</th>");
    }
    b.append("</tr>\n");
    for (ClauseSummary s : report.summaryByClause()) {
      b.append("<tr><td>").append(s.clause()).append("</td>");
      for (Verdict v : Verdict.values()) {
        int n = s.count(v);
        b.append("<td class=\"num").append(n > 0 ? " " + cssClass(v) : "").append("\">")
            .append(n).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<h2>").append(t("report.findings", locale)).append("</h2>\n<table>\n<tr><th>")
        .append(t("report.requirement", locale)).append("</th><th>").append(t("report.verdict", locale))
        .append("</th><th>").append(t("report.finding", locale)).append("</th><th>")
        .append(t("report.records-2", locale)).append("</th></tr>\n");
    for (Finding f : report.findings()) {
      String heading = catalogue.contains(f.requirementId())
          ? catalogue.heading(f.requirementId(), locale) : f.requirementId();
      b.append("<tr><td>").append(escapeHtml(heading)).append("</td><td class=\"").append(cssClass(f.verdict()))
          .append("\">").append(escapeHtml(f.verdict().label(locale))).append("</td><td>")
          .append(escapeHtml(describe(f, locale))).append("<br><small>")
          .append(escapeHtml(f.ruleId())).append("</small></td><td>")
          .append(escapeHtml(String.join(", ", f.recordIds()))).append("</td></tr>\n");
    }
    b.append("</table>\n</body>\n</html>\n");
    return b.toString();
  }

  /**
   * A finding as reports print it: the items it cites ({@code 5.1 h)}) before its message, and
   * the mark of good practice beyond T/CAS 612 after it, in the language of {@code locale}.
   */
  public static String describe(Finding f, Locale locale) {
    StringBuilder b = new StringBuilder();
    if (!f.items().isEmpty()) {
      b.append(f.citation()).append(' ');
    }
    b.append(f.message(locale));
    if (f.beyondTheStandard()) {
      b.append(' ').append(t("report.beyond", locale));
    }
    return b.toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escapeHtml(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String escapeMarkdown(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String cssClass(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String t(String key, Locale locale) {
    return CoreTexts.TEXT.get(key, locale);
  }

  private static final String STYLE = String.join("\n", List.of(
      "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;"
          + "margin:2em;color:#1d2733}",
      "table{border-collapse:collapse;margin:1em 0;width:100%}",
      "th,td{border:1px solid #c9d1d9;padding:.35em .6em;vertical-align:top;text-align:left}",
      "th{background:#eef2f5}",
      "td.num{text-align:right}",
      ".conforms{background:#e6f4ea}",
      ".observation{background:#fff8e1}",
      ".needs-auditor-evidence{background:#eef2f5}",
      ".minor-nonconformity{background:#fde7d9}",
      ".major-nonconformity{background:#f9d0d0}",
      ".rule-error{background:#f3d9fa}",
      "small{color:#5c6873}", ""));
}
