// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import static org.cnms.report.internal.Doc.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ClauseSummary;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.report.internal.Texts;

/**
 * Renders an {@link AssessmentReport} — the report of a conformity assessment, an audit of the
 * management system (T/CAS 612 clause 9.3) — for people: Markdown for review in a repository or a
 * ticket, and a self-contained HTML page (inline style, no scripts, no external requests) for
 * sending to the organisation assessed. First a summary by clause (how many requirements of each
 * clause got each verdict), then the findings per requirement, each as {@link
 * Finding#describe(Locale)} prints it, with the records it names and the id of its rule. Labels
 * are in the language of the locale (Chinese or English; the requirement headings from the
 * {@linkplain RequirementCatalogue#tcas612() catalogue of T/CAS 612}). Stateless.
 */
public final class AssessmentReportRenderer {

  private AssessmentReportRenderer() {}

  /**
   * The report as Markdown: summary by clause, then findings per requirement.
   *
   * @param report the assessment report
   * @param locale the language of labels and messages
   * @return the Markdown text
   */
  public static String markdown(AssessmentReport report, Locale locale) {
    Texts tx = new Texts(locale);
    RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(tx.t("audit.conformity-assessment-report")).append("\n\n");
    b.append(tx.t("audit.organisation")).append(report.organisationName()).append(" (")
        .append(report.organisationId()).append(")\n");
    b.append(tx.t("audit.standard")).append(report.standard()).append('\n');
    b.append(tx.t("audit.assessed-on")).append(report.assessedOn()).append("\n\n");
    b.append("## ").append(tx.t("audit.summary-by-clause")).append("\n\n");
    b.append('|').append(tx.t("audit.clause"));
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
    b.append("\n## ").append(tx.t("audit.findings")).append("\n\n");
    Map<String, Verdict> verdicts = report.verdicts();
    verdicts.forEach((id, worst) -> {
      String heading = catalogue.contains(id) ? catalogue.heading(id, locale) : id;
      b.append("### ").append(heading).append(" — ").append(worst.label(locale)).append("\n\n");
      for (Finding f : report.findingsFor(id)) {
        b.append("- **").append(f.verdict().label(locale)).append("** ")
            .append(escapeMarkdown(f.describe(locale)));
        if (!f.recordIds().isEmpty()) {
          b.append(tx.t("audit.records")).append(String.join(", ", f.recordIds()))
              .append(tx.t("audit.records-close"));
        }
        b.append(" `").append(f.ruleId()).append("`\n");
      }
      b.append('\n');
    });
    return b.toString();
  }

  /**
   * The report as one self-contained HTML page: summary by clause (the counts coloured by
   * verdict), then one table of every finding.
   *
   * @param report the assessment report
   * @param locale the language of labels and messages
   * @return the HTML page
   */
  public static String html(AssessmentReport report, Locale locale) {
    Texts tx = new Texts(locale);
    RequirementCatalogue catalogue = RequirementCatalogue.tcas612();
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(tx.t("audit.conformity-assessment") + report.organisationName()))
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(esc(tx.t("audit.conformity-assessment-report")))
        .append("</h1>\n<p>").append(esc(report.organisationName())).append(" (")
        .append(esc(report.organisationId())).append(") · ")
        .append(esc(report.standard())).append(" · ").append(report.assessedOn())
        .append("</p>\n");
    b.append("<h2>").append(esc(tx.t("audit.summary-by-clause")))
        .append("</h2>\n<table>\n<tr><th>").append(esc(tx.t("audit.clause"))).append("</th>");
    for (Verdict v : Verdict.values()) {
      b.append("<th>").append(esc(v.label(locale))).append("</th>");
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
    b.append("</table>\n<h2>").append(esc(tx.t("audit.findings")))
        .append("</h2>\n<table>\n<tr><th>").append(esc(tx.t("audit.requirement")))
        .append("</th><th>").append(esc(tx.t("audit.verdict"))).append("</th><th>")
        .append(esc(tx.t("audit.finding"))).append("</th><th>")
        .append(esc(tx.t("audit.records-2"))).append("</th></tr>\n");
    for (Finding f : report.findings()) {
      String heading = catalogue.contains(f.requirementId())
          ? catalogue.heading(f.requirementId(), locale) : f.requirementId();
      b.append("<tr><td>").append(esc(heading)).append("</td><td class=\"")
          .append(cssClass(f.verdict())).append("\">").append(esc(f.verdict().label(locale)))
          .append("</td><td>").append(esc(f.describe(locale))).append("<br><small>")
          .append(esc(f.ruleId())).append("</small></td><td>")
          .append(esc(String.join(", ", f.recordIds()))).append("</td></tr>\n");
    }
    b.append("</table>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String escapeMarkdown(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String cssClass(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static final String STYLE = String.join("\n", List.of(
      "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',"
          + "sans-serif;margin:2em;color:#1d2733}",
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
