// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.ReportRenderer;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.Severity;
import org.cnms.core.json.CnmsJson;
import org.cnms.examples.workspace.Workspace;

/**
 * The certification-tool example (T/CAS 612 clauses 9.2 and 10.2): load a client's management
 * system (a {@link Workspace}), assess it with every conformity rule found on the class path
 * ({@link ConformityAssessment#discover()}), and write the audit report as HTML and Markdown and
 * the draft nonconformities — one per finding judged a minor or major nonconformity, status
 * {@code REPORTED}, origin {@code CONFORMITY_ASSESSMENT} — as YAML that the client's system can
 * take in after the auditor's review.
 *
 * <pre>
 * java … org.cnms.examples.certification.CertificationAudit [workspace-dir] output-dir [zh|en]
 * </pre>
 * Without a workspace directory the bundled sample is audited. Thread-safe (no state).
 */
public final class CertificationAudit {

  /** The files written. */
  public static final String HTML = "audit-report.html";
  /** The Markdown report. */
  public static final String MARKDOWN = "audit-report.md";
  /** The draft nonconformities. */
  public static final String NONCONFORMITIES = "draft-nonconformities.yaml";

  private CertificationAudit() {}

  /**
   * What an audit produced: the assessment report, the draft nonconformities and the files.
   *
   * @param report the assessment report
   * @param drafts the draft nonconformities, one per nonconformity finding
   * @param files the files written: HTML report, Markdown report, draft nonconformities
   */
  public record Outcome(AssessmentReport report, List<Nonconformity> drafts, List<Path> files) {
    /** The canonical constructor; copies the lists. */
    public Outcome {
      drafts = List.copyOf(drafts);
      files = List.copyOf(files);
    }
  }

  /**
   * Assesses the client's system on its assessment date with the rules found on the class path.
   *
   * @param client the loaded workspace, not null
   * @return the report
   */
  public static AssessmentReport assess(Workspace client) {
    return assess(client, ConformityAssessment.discover());
  }

  /** Assesses the client's system with {@code assessment}, e.g. one with a scheme's own rules. */
  public static AssessmentReport assess(Workspace client, ConformityAssessment assessment) {
    return assessment.assess(client.assessmentContext());
  }

  /**
   * The draft nonconformities of a report: one per finding judged a minor or major
   * nonconformity, numbered {@code NC-DRAFT-001} …, reported on the assessment date against the
   * finding's requirement, the description naming the rule and the records concerned.
   *
   * @param report the assessment report, not null
   * @param locale {@code zh} for Chinese descriptions, any other for English
   * @return the drafts, in the report's order of findings
   */
  public static List<Nonconformity> draftNonconformities(AssessmentReport report,
      Locale locale) {
    List<Nonconformity> drafts = new ArrayList<>();
    for (Finding f : report.nonconformities()) {
      Severity severity = f.verdict() == Verdict.MAJOR_NONCONFORMITY ? Severity.MAJOR
          : Severity.MINOR;
      String records = f.recordIds().isEmpty() ? "" : " [" + String.join(", ", f.recordIds())
          + "]";
      drafts.add(Nonconformity.builder()
          .id(String.format(Locale.ROOT, "NC-DRAFT-%03d", drafts.size() + 1))
          .description(f.message(locale) + records + " (" + f.ruleId() + ")")
          .origin(NonconformityOrigin.CONFORMITY_ASSESSMENT)
          .requirementId(f.requirementId())
          .severity(severity)
          .reportedOn(report.assessedOn())
          
          .build());
    }
    return drafts;
  }

  /**
   * Assesses the client and writes {@value #HTML}, {@value #MARKDOWN} and
   * {@value #NONCONFORMITIES} into {@code outputDirectory} (created if absent).
   *
   * @param client the loaded workspace, not null
   * @param outputDirectory where to write, not null
   * @param locale the language of the report and drafts
   * @return the outcome
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Outcome audit(Workspace client, Path outputDirectory, Locale locale) {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    AssessmentReport report = assess(client);
    List<Nonconformity> drafts = draftNonconformities(report, locale);
    Path html = outputDirectory.resolve(HTML);
    Path md = outputDirectory.resolve(MARKDOWN);
    Path nc = outputDirectory.resolve(NONCONFORMITIES);
    try {
      Files.createDirectories(outputDirectory);
      Files.writeString(html, ReportRenderer.html(report, locale), StandardCharsets.UTF_8);
      Files.writeString(md, ReportRenderer.markdown(report, locale), StandardCharsets.UTF_8);
      Files.writeString(nc, "# Draft nonconformities of the conformity assessment of "
          + report.organisationName() + " on " + report.assessedOn()
          + "; review before adding them to the system.\n" + CnmsJson.toYaml(drafts),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the audit into " + outputDirectory + ": "
          + e.getMessage(), e);
    }
    return new Outcome(report, drafts, List.of(html, md, nc));
  }

  /**
   * Runs {@code cnms audit}: audits a workspace and writes the report and drafts; exits with the
   * codes of {@code cnms}.
   *
   * @param args {@code [workspace-dir] output-dir [zh|en]}; without a workspace directory the
   *     bundled sample
   */
  public static void main(String[] args) {
    java.util.List<String> cli = new java.util.ArrayList<>(java.util.List.of("audit"));
    int last = args.length - 1;
    if (last >= 0 && (args[last].equals("zh") || args[last].equals("en"))) {
      cli.addAll(java.util.List.of("--lang", args[last]));
      last--;
    }
    if (last >= 0) {
      cli.addAll(java.util.List.of("--out-dir", args[last]));
    }
    if (last >= 1) {
      cli.addAll(java.util.List.of("--dir", args[0]));
    }
    org.cnms.examples.cli.Cnms.main(cli.toArray(String[]::new));
  }
}
