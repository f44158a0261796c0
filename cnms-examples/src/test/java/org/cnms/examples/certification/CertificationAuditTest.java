// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.improvement.Severity;
import org.cnms.core.json.CnmsJson;
import org.cnms.examples.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certification example writes the audit report and the draft nonconformities. */
class CertificationAuditTest {

  private static final Workspace SAMPLE = Workspace.sample();

  @TempDir
  Path out;

  @Test
  void theAuditWritesTheReportsAndTheDrafts() throws IOException {
    CertificationAudit.Outcome o = CertificationAudit.audit(SAMPLE, out.resolve("audit"),
        Locale.CHINESE);
    assertEquals(List.of(out.resolve("audit/audit-report.html"),
        out.resolve("audit/audit-report.md"), out.resolve("audit/draft-nonconformities.yaml")),
        o.files());
    String html = Files.readString(o.files().get(0));
    assertTrue(html.contains("华东精密部件有限公司"), html);
    assertTrue(html.contains("2026-03-31"), html);
    String md = Files.readString(o.files().get(1));
    assertTrue(md.startsWith("# 碳中和管理体系符合性评价报告"), md);
    String yaml = Files.readString(o.files().get(2));
    assertTrue(yaml.startsWith("# Draft nonconformities of the conformity assessment of"
        + " 华东精密部件有限公司 on 2026-03-31"), yaml);
    assertEquals(o.report().nonconformities().size(), o.drafts().size());
    List<Nonconformity> read = CnmsJson.newYamlMapper().readValue(yaml,
        CnmsJson.listOf(Nonconformity.class));
    assertEquals(o.drafts(), read);
  }

  /** A rule of a certification scheme's own: every open nonconformity is a finding. */
  private static final ConformityRule OPEN_NONCONFORMITIES = new ConformityRule() {
    @Override
    public String id() {
      return "scheme.10.2.open-nonconformities";
    }

    @Override
    public String requirementId() {
      return "10.2";
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      return context.system().nonconformities().stream()
          .filter(n -> n.status() != NonconformityStatus.CLOSED)
          .map(n -> Finding.builder().requirementId("10.2").ruleId(id())
              .verdict(n.severity() == Severity.MAJOR ? Verdict.MAJOR_NONCONFORMITY
                  : Verdict.MINOR_NONCONFORMITY)
              .messageZh("不符合 " + n.id() + " 尚未关闭").messageEn("Nonconformity " + n.id()
                  + " is not closed").addRecordIds(n.id()).build())
          .toList();
    }
  };

  @Test
  void eachNonconformityFindingBecomesADraft() {
    AssessmentReport report = CertificationAudit.assess(SAMPLE,
        ConformityAssessment.of(List.of(OPEN_NONCONFORMITIES)));
    List<Nonconformity> drafts = CertificationAudit.draftNonconformities(report, Locale.ENGLISH);
    assertEquals(List.of("NC-DRAFT-001", "NC-DRAFT-002", "NC-DRAFT-003"),
        drafts.stream().map(Nonconformity::id).toList());
    Nonconformity first = drafts.get(0);
    assertEquals("Nonconformity NC-2025-02 is not closed [NC-2025-02]"
        + " (scheme.10.2.open-nonconformities)", first.description());
    assertEquals(NonconformityOrigin.CONFORMITY_ASSESSMENT, first.origin());
    assertEquals("10.2", first.requirementId().orElseThrow());
    assertEquals(Severity.MINOR, first.severity());
    assertEquals(SAMPLE.assessmentDate(), first.reportedOn());
    assertEquals(NonconformityStatus.REPORTED, first.status());
  }
}
