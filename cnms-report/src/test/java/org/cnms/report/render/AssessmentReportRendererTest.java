// SPDX-License-Identifier: Apache-2.0
package org.cnms.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

/**
 * The audit report of a conformity assessment (clause 9.3) as Markdown and as one self-contained
 * HTML page, in the standard's Chinese terms and in English.
 */
class AssessmentReportRendererTest {

  private static final ManagementSystem SYSTEM = SystemFixtures.smallSystem("示例<公司>");

  private static ConformityRule rule(String id, String requirement, Verdict verdict,
      List<String> records) {
    return SystemFixtures.fixedRule(id, requirement, verdict, "中文 " + id + " | 竖线",
        "English " + id, records);
  }

  private static final AssessmentReport REPORT = ConformityAssessment.of(List.of(
      rule("t.b", "6.6.1", Verdict.MAJOR_NONCONFORMITY, List.of("T-1", "T-2")),
      rule("t.c", "4.1", Verdict.CONFORMS, List.of())))
      .assess(AssessmentContext.of(SYSTEM, LocalDate.of(2026, 3, 1)));

  @Test
  void theHtmlPageIsSelfContainedEscapedAndInTheStandardsTerms() {
    String html = AssessmentReportRenderer.html(REPORT, Locale.SIMPLIFIED_CHINESE);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"), html);
    assertTrue(html.contains("<title>符合性评价报告 — 示例&lt;公司&gt;</title>"), html);
    assertTrue(html.contains("<h1>碳中和管理体系符合性评价报告</h1>"), html);
    assertTrue(html.contains("示例&lt;公司&gt; (org) · T/CAS 612—2022 · 2026-03-01"), html);
    assertTrue(html.contains("<td class=\"major-nonconformity\">严重不符合</td>"), html);
    assertTrue(html.contains("<td>T-1, T-2</td>"), html);
    assertFalse(html.contains("http:") || html.contains("https:") || html.contains("<script")
        || html.contains("src=") || html.contains("<link"), "no external requests");
  }

  @Test
  void theMarkdownListsTheFindingsPerRequirementUnderItsHeading() {
    String md = AssessmentReportRenderer.markdown(REPORT, Locale.ENGLISH);
    assertTrue(md.startsWith("# Conformity assessment report\n\n- Organisation: 示例<公司> (org)\n"),
        md);
    assertTrue(md.contains("### 6.6.1 Carbon neutrality targets — Major nonconformity\n\n"
        + "- **Major nonconformity** English t.b (records: T-1, T-2) `t.b`\n"), md);
    assertTrue(md.contains("- **Conforms** English t.c `t.c`\n"), md);
    String zh = AssessmentReportRenderer.markdown(REPORT, Locale.CHINESE);
    // a table's bar in a message does not break the Markdown
    assertTrue(zh.contains("中文 t.b \\| 竖线（记录：T-1, T-2）"), zh);
    assertEquals(1, zh.lines().filter(l -> l.startsWith("# 碳中和管理体系符合性评价报告")).count());
  }
}
