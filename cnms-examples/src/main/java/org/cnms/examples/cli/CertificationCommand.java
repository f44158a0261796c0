// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cnms.certification.CertificateRecord;
import org.cnms.certification.CertificationProfile;
import org.cnms.certification.Obligation;
import org.cnms.certification.StateChange;
import org.cnms.certification.TimingRule;
import org.cnms.examples.certification.SampleCertification;
import org.cnms.examples.workspace.Workspace;
import org.cnms.examples.workspace.WorkspaceException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cnms certification}: the certification body's side of the sample organisation's
 * certification (or a workspace's) — the profile's timing rules with their sources, the full
 * cycle as a timeline (stage 1, stage 2 with the conformity judge's findings, decision, two
 * surveillance audits, recertification), the certificate's record, what is due on a day, and a
 * worked 40-site example with IAF MD 1 and IAF MD 5.
 */
@Command(name = "certification", mixinStandardHelpOptions = true,
    description = {"The certification body's side: the cycle of ISO/IEC 17021-1 (or the Chinese "
        + "regulator's profile) worked through for the organisation, as a timeline, with a "
        + "worked multi-site example of audit time and sampling.",
        "Exit code 0 when the decision checks conform, 1 otherwise."})
final class CertificationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "PATH",
      description = "The workspace directory (default: the bundled sample).")
  @Nullable Path dir;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
      description = "The language of labels and messages (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(names = "--profile", paramLabel = "iso|cn", defaultValue = "iso",
      description = "The timing rules: iso (ISO/IEC 17021-1, default) or cn (the Chinese "
          + "regulator's, counted from the issue date).")
  String profile = "iso";

  @Option(names = "--on", paramLabel = "DATE",
      description = "List what is due or overdue on this day (default: 18 months after the "
          + "decision).")
  @Nullable LocalDate on;

  @Option(names = "--json", description = "Also print the certificate's record as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Locale locale = "zh".equals(lang) ? Locale.CHINESE : Locale.ENGLISH;
    CertificationProfile p = switch (profile) {
      case "iso" -> CertificationProfile.iso17021();
      case "cn" -> CertificationProfile.chinaRegulator();
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--profile must be iso or cn, but was '" + profile + "'");
    };
    Workspace client;
    try {
      client = dir == null ? Workspace.sample() : Workspace.load(dir);
    } catch (WorkspaceException e) {
      e.problems().forEach(pr -> spec.commandLine().getErr().println(pr));
      return Cnms.BAD_INPUT;
    }
    SampleCertification.Outcome o = SampleCertification.cycle(client, p, on, locale);
    out.println("Certification of " + client.organisation() + " against "
        + SampleCertification.STANDARD + " under the profile " + p.name());
    out.println();
    out.println("Timing rules:");
    for (TimingRule r : TimingRule.values()) {
      out.println("  " + r.label(locale) + ": " + p.source(r)
          + (p.source(r).note().isEmpty() ? "" : " — " + p.source(r).note()));
    }
    out.println();
    out.println("Timeline:");
    for (SampleCertification.Entry e : o.entries()) {
      out.println("  " + e.date() + "  " + e.what());
    }
    out.println();
    CertificateRecord r = o.record();
    out.println("Certificate " + r.certificateId() + ": " + r.state().label(locale) + " ("
        + r.stateZh() + "), valid until " + r.expiresOn());
    for (StateChange c : r.history()) {
      out.println("  " + c.date() + "  " + c.event().label(locale) + " -> "
          + c.to().label(locale));
    }
    LocalDate asked = o.pendingOn();
    out.println();
    out.println("On " + asked + ":" + (o.pending().isEmpty() ? " nothing due" : ""));
    for (Obligation ob : o.pending()) {
      out.println("  " + ob.kind().label(locale) + " " + ob.ordinal() + " by " + ob.deadline()
          + ": " + ob.statusOn(asked).label(locale));
    }
    out.println();
    out.println("Worked multi-site example (IAF MD 1 and IAF MD 5):");
    SampleCertification.multiSite().forEach(l -> out.println("  " + l));
    if (json) {
      out.println();
      out.println(r.toJson());
    }
    out.flush();
    return o.decisionFindings().stream().anyMatch(f -> f.isNonconformity()) ? Cnms.NEGATIVE
        : Cnms.OK;
  }
}
