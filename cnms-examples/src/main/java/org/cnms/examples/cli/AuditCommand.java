// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cnms.core.conformity.Verdict;
import org.cnms.examples.certification.CertificationAudit;
import org.cnms.examples.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cnms audit}: a certification body's audit of a client's workspace (clause 9.2): the
 * conformity assessment, the audit report in HTML and Markdown and the draft nonconformities,
 * written into a folder.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "A certification audit of a workspace: writes the audit report (HTML and "
        + "Markdown) and the draft nonconformities into --out-dir.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no major nonconformity", "1:at least one major nonconformity",
        "2:usage error", "3:bad input files", "4:internal error (also: the folder cannot be "
        + "written)"})
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "PATH",
      description = "The client's workspace (default: the bundled sample).")
  @Nullable Path dir;

  @Option(names = "--out-dir", paramLabel = "DIR", required = true,
      description = "The folder the audit files are written into.")
  Path outDir = Path.of(".");

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "The language of the audit files (default: ${DEFAULT-VALUE}).")
  Commands.Lang lang = Commands.Lang.ZH;

  @Override
  public Integer call() {
    Workspace client = dir == null ? Workspace.sample() : Workspace.load(dir);
    CertificationAudit.Outcome o;
    try {
      o = CertificationAudit.audit(client, outDir, lang == Commands.Lang.EN ? Locale.ENGLISH
          : Locale.CHINESE);
    } catch (UncheckedIOException e) {
      throw new Cnms.OutputException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(client.organisation() + " assessed on " + client.assessmentDate() + ": "
        + o.report().findings().size() + " findings, " + o.report().count(Verdict.CONFORMS)
        + " conform, " + o.drafts().size() + " draft nonconformities");
    o.files().forEach(f -> out.println("  wrote " + f));
    out.flush();
    return o.report().hasMajorNonconformity() ? Cnms.NEGATIVE : Cnms.OK;
  }
}
