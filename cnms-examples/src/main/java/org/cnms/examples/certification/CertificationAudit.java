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
import org.cnms.report.render.AssessmentReportRenderer;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.Severity;
import org.cnms.core.json.CnmsJson;
import org.cnms.examples.workspace.Workspace;
import org.cnms.examples.workspace.WorkspaceException;

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
      Files.writeString(html, AssessmentReportRenderer.html(report, locale), StandardCharsets.UTF_8);
      Files.writeString(md, AssessmentReportRenderer.markdown(report, locale), StandardCharsets.UTF_8);
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
   * Audits a workspace and writes the report and drafts.
   *
   * @param args {@code [workspace-dir] output-dir [zh|en]}; without a workspace directory the
   *     bundled sample
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: CertificationAudit [workspace-dir] output-dir [zh|en]");
      System.exit(64);
    }
    int last = args.length - 1;
    Locale locale = Locale.CHINESE;
    if (args[last].equals("zh") || args[last].equals("en")) {
      locale = args[last].equals("en") ? Locale.ENGLISH : Locale.CHINESE;
      last--;
    }
    Path out = Path.of(args[last]);
    try {
      Workspace client = last >= 1 ? Workspace.load(Path.of(args[0])) : Workspace.sample();
      Outcome o = audit(client, out, locale);
      long conforming = o.report().findings().stream()
          .filter(f -> f.verdict() == Verdict.CONFORMS).count();
      System.out.println(client.organisation() + " assessed on " + client.assessmentDate()
          + ": " + o.report().findings().size() + " findings, " + conforming + " conform, "
          + o.drafts().size() + " draft nonconformities");
      o.files().forEach(f -> System.out.println("  wrote " + f));
    } catch (WorkspaceException e) {
      e.problems().forEach(p -> System.err.println(p));
      System.exit(1);
    } catch (UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }
}
