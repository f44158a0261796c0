// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.report.render.AssessmentReportRenderer;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.examples.workspace.LedgerLocation;
import org.cnms.examples.workspace.Workspace;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.CarbonNeutralityReport.BalanceSection;
import org.cnms.report.CarbonNeutralityReport.BaselineSection;
import org.cnms.report.CarbonNeutralityReport.InventorySection;
import org.cnms.report.CarbonNeutralityReport.ProgressSection;
import org.cnms.report.CarbonNeutralityReport.TrendSection;
import org.cnms.report.ReportBuilder;
import org.cnms.report.render.ReportDocument;
import org.cnms.report.render.ReportFormat;
import org.cnms.report.render.ReportJson;
import org.cnms.report.render.ReportPdf;
import org.cnms.report.render.ReportWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The subcommands of {@code cnms}: each builds the part of the carbon-neutrality report it prints
 * with {@link ReportBuilder} and hands it to a renderer of cnms-report.
 */
final class Commands {

  private Commands() {}

  /** Output formats; xlsx and pdf only for {@code report}, and only with --out. */
  enum Format { TEXT, JSON, MARKDOWN, HTML, XLSX, PDF }

  /** Languages of the output. */
  enum Lang { ZH, EN }

  /** The options every command takes. */
  static final class Options {
    @Option(names = "--dir", paramLabel = "PATH",
        description = "The workspace directory (workspace.yaml, system.yaml, activity/, …). "
            + "Default: the bundled sample organisation.")
    @Nullable Path dir;

    @Option(names = "--ledger", paramLabel = "LOCATION",
        description = "Read the carbon-asset ledger from LOCATION instead of the workspace's: a "
            + "JSON Lines file or a JDBC URL (jdbc:h2:file:…, jdbc:postgresql://…); database "
            + "credentials from the environment, CNMS_LEDGER_USER and CNMS_LEDGER_PASSWORD.")
    @Nullable String ledger;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "en",
        description = "The language of the output: zh or en (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.EN;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Write the output to FILE instead of standard output.")
    @Nullable Path out;

    @Option(names = {"-q", "--quiet"}, description = "Do not show progress on standard error.")
    boolean quiet;

    Locale locale() {
      return lang == Lang.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
  }

  /** What every command does: load the workspace, compute, write in the chosen format. */
  abstract static class Base implements Callable<Integer> {
    @Mixin Options options = new Options();

    @Spec CommandSpec spec;

    Progress progress;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "What to print: text, json, markdown or html (default: text); report also "
            + "writes xlsx and pdf, to --out.")
    Format format = Format.TEXT;

    abstract int run(Analysis a);

    /** Whether the command writes xlsx and pdf. */
    boolean writesFiles() {
      return false;
    }

    @Override
    public Integer call() {
      if ((format == Format.XLSX || format == Format.PDF) && !writesFiles()) {
        throw new ParameterException(spec.commandLine(), "--format " + format.name()
            .toLowerCase(Locale.ROOT) + " is for the report only; this command prints text, "
            + "json, markdown or html");
      }
      if ((format == Format.XLSX || format == Format.PDF) && options.out == null) {
        throw new ParameterException(spec.commandLine(), "--format " + format.name()
            .toLowerCase(Locale.ROOT) + " writes a file: name it with --out FILE");
      }
      progress = new Progress(spec.commandLine().getErr(), options.quiet);
      Path dir = options.dir;
      LedgerLocation ledger = LedgerCommand.location(spec, options.ledger);
      checkOutputs(dir == null ? Workspace.sampleDirectory() : dir, ledger);
      Workspace ws = progress.step(dir == null ? "loading the bundled sample"
              : "loading workspace " + dir,
          () -> ledger != null
              ? Workspace.load(dir == null ? Workspace.sampleDirectory() : dir, ledger)
              : dir == null ? Workspace.sample() : Workspace.load(dir),
          w -> w.name() + ": " + w.inventories().size() + " inventories, "
              + w.activityCount() + " activity records, " + w.system().records().size()
              + " records, " + w.ledger().size() + " ledger events");
      return run(new Analysis(ws, ws.intensityDenominators(), progress));
    }

    /** The files this command writes, by option; checked before any work is done. */
    Map<String, Path> outputs() {
      Map<String, Path> m = new LinkedHashMap<>();
      if (options.out != null) {
        m.put("--out", options.out);
      }
      return m;
    }

    private void checkOutputs(Path workspace, @Nullable LedgerLocation ledger) {
      Path ledgerFile = ledger == null ? workspace.resolve("ledger.jsonl")
          : ledger.isJdbc() ? null : ledger.file(Path.of("").toAbsolutePath());
      outputs().forEach((option, file) -> OutputTargets.check(spec.commandLine(), option, file,
          workspace, ledgerFile));
    }

    String language() {
      return options.lang == Lang.ZH ? "zh" : "en";
    }

    /** A document whose heading is the part's title followed by {@code suffix}. */
    ReportDocument titled(String part, String suffix) {
      return ReportDocument.titled(language(), ReportDocument.title(language(), part)
          + suffix);
    }

    /** Writes {@code text} to --out or standard output. */
    void emit(String text) {
      if (options.out != null) {
        write(options.out, text);
        progress.note("wrote " + options.out);
      } else {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
      }
    }

    /** Writes the document in the chosen format, or {@code json} for --format json. */
    void emit(ReportDocument doc, Object json) {
      emit(switch (format) {
        case JSON -> ReportJson.write(json);
        case MARKDOWN -> doc.render(ReportFormat.MARKDOWN);
        case HTML -> doc.render(ReportFormat.HTML);
        default -> doc.render(ReportFormat.TEXT);
      });
    }

    static void write(Path file, String text) {
      write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new Cnms.OutputException("cannot write " + file + ": " + e, e);
      }
    }
  }

  /** The --claim option of the commands that balance a claim. */
  static final class ClaimOption {
    @Option(names = "--claim", paramLabel = "ID",
        description = "The neutrality claim to balance (default: the single claim of the latest "
            + "year; a usage error names the candidates when there are several).")
    @Nullable String claim;
  }

  // ---- inventory ----

  @Command(name = "inventory", mixinStandardHelpOptions = true,
      description = "The GHG inventory of a year (clause 6.3): totals, by category, facility and "
          + "gas, and the source, method and factor of every figure.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "2:usage error (e.g. no inventory of --year)",
          "3:bad input files", "4:internal error"})
  static final class Inventory extends Base {
    @Option(names = "--year", paramLabel = "YEAR",
        description = "The reporting year (default: the latest).")
    @Nullable Integer year;

    @Override
    int run(Analysis a) {
      GhgInventory inv;
      try {
        inv = a.inventory(year);
      } catch (Analysis.NoResultException e) {
        if (year == null) {
          throw e;
        }
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      InventorySection section = a.builder(options.locale(), null, inv).inventory(inv);
      emit(titled("inventory", " " + inv.period() + " — "
          + a.workspace().system().organisation().name()).inventory(section).sources(section),
          section);
      return Cnms.OK;
    }
  }

  // ---- baseline ----

  /** The JSON of {@code baseline}: the baseline and every year against it. */
  record BaselineOutput(@Nullable BaselineSection baseline, TrendSection trend) {}

  @Command(name = "baseline", mixinStandardHelpOptions = true,
      description = "The baseline (clause 6.5): base-year figures, recalculation checks, and every "
          + "year's emissions against it.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "1:the system has no baseline", "2:usage error",
          "3:bad input files", "4:internal error"})
  static final class BaselineCmd extends Base {
    @Override
    int run(Analysis a) {
      ReportBuilder b = a.builder(options.locale(), null, a.inventory(null));
      BaselineOutput out = new BaselineOutput(b.baselineSection(), b.trend());
      emit(titled("baseline", " — " + a.workspace().system().organisation().name())
          .baseline(out.baseline()).trend(out.trend()), out);
      return out.baseline() != null ? Cnms.OK : Cnms.NEGATIVE;
    }
  }

  // ---- progress ----

  @Command(name = "progress", mixinStandardHelpOptions = true,
      description = "Progress towards the carbon-neutrality target (clause 6.6.1): each phased "
          + "target and the vision target against the straight-line path, and the linear trend.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "1:a target is MISSED (its year has come, its level not "
          + "reached), or the system has no target with its baseline", "2:usage error",
          "3:bad input files", "4:internal error"})
  static final class ProgressCmd extends Base {
    @Override
    int run(Analysis a) {
      ReportBuilder b = a.builder(options.locale(), null, a.inventory(null));
      ProgressSection p = b.progress();
      emit(titled("progress", " — " + a.workspace().system().organisation().name())
          .progress(p, b.trend()), p == null ? new Object() : p);
      if (p == null) {
        return Cnms.NEGATIVE;
      }
      return p.missed().isEmpty() ? Cnms.OK : Cnms.NEGATIVE;
    }
  }

  // ---- balance ----

  @Command(name = "balance", mixinStandardHelpOptions = true,
      description = "The carbon-neutrality balance of a claim (clauses 3.1, 6.6.1 d, 6.7): "
          + "emissions of the covered categories less removals less units retired for the "
          + "claim.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the year is carbon-neutral (net balance zero or below)",
          "1:the year is not carbon-neutral (a shortfall remains)",
          "2:usage error (e.g. several claims and no --claim)", "3:bad input files",
          "4:internal error"})
  static final class Balance extends Base {
    @Mixin ClaimOption claim = new ClaimOption();

    @Override
    int run(Analysis a) {
      BalanceSection b = a.builder(options.locale(), claim.claim, a.inventory(null)).balance();
      emit(titled("balance", " — " + a.workspace().system().organisation().name()).balance(b),
          b);
      return b.neutral() ? Cnms.OK : Cnms.NEGATIVE;
    }
  }

  // ---- assess ----

  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = "The conformity assessment of the management system against T/CAS 612—2022 "
          + "(clause 9.3) with every rule provider found, as of the workspace's assessment date.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:no major nonconformity (minor ones and observations may remain)",
          "1:at least one major nonconformity", "2:usage error", "3:bad input files",
          "4:internal error"})
  static final class Assess extends Base {
    @Option(names = "--all", description = "List every finding, not only nonconformities "
        + "(text).")
    boolean all;

    @Override
    int run(Analysis a) {
      AssessmentReport r = a.conformity();
      switch (format) {
        case JSON -> emit(CnmsJson.toJson(r) + "\n");
        case MARKDOWN -> emit(AssessmentReportRenderer.markdown(r, options.locale()));
        case HTML -> emit(AssessmentReportRenderer.html(r, options.locale()));
        default -> emit(titled("assess", " — " + a.workspace().system().organisation().name())
            .conformity(a.assessed(a.builder(options.locale(), null, a.inventory(null)))
                .allFindings(all).conformitySection()).text());
      }
      return r.hasMajorNonconformity() ? Cnms.NEGATIVE : Cnms.OK;
    }
  }

  // ---- report ----

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"The full carbon-neutrality report: organisation, inventory by category, "
          + "facility and gas, trend since the base year, intensity, baseline and target "
          + "progress, the neutrality balance of a claim, conformity summary, and the sources, "
          + "methods and factors behind every figure.",
          "Prints the report (text by default; json is the report's data, exact) and writes it "
              + "as one self-contained HTML page with its charts (default: cnms-report.html); "
              + "--format xlsx or pdf writes a workbook or a PDF to --out."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success (the report states negative results; it does not fail on "
          + "them)", "2:usage error (e.g. several claims and no --claim)", "3:bad input files",
          "4:internal error"})
  static final class Report extends Base {
    @Option(names = "--html", paramLabel = "FILE", defaultValue = "cnms-report.html",
        description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
    Path html = Path.of("cnms-report.html");

    @Option(names = "--no-html", description = "Do not write the HTML report.")
    boolean noHtml;

    @Mixin ClaimOption claim = new ClaimOption();

    @Override
    boolean writesFiles() {
      return true;
    }

    @Override
    Map<String, Path> outputs() {
      Map<String, Path> m = super.outputs();
      if (!noHtml) {
        m.put("--html", html);
      }
      return m;
    }

    @Override
    int run(Analysis a) {
      ReportBuilder builder = a.assessed(a.builder(options.locale(), claim.claim,
          a.inventory(null)));
      CarbonNeutralityReport report = progress.step("composing the report", builder::build,
          r -> r.inventory().sources().size() + " sources, " + r.trend().years().size()
              + " years");
      ReportDocument doc = ReportDocument.of(report);
      switch (format) {
        case XLSX -> {
          write(options.out, ReportWorkbook.write(report));
          progress.note("wrote " + options.out);
        }
        case PDF -> {
          write(options.out, ReportPdf.write(doc));
          progress.note("wrote " + options.out);
        }
        default -> emit(doc, report);
      }
      if (!noHtml) {
        write(html, doc.html());
        progress.note(org.cnms.examples.i18n.ExampleTexts.TEXT.get("cli.wrote-the-html-report-to",
            options.locale()) + html.toAbsolutePath().normalize());
      }
      return Cnms.OK;
    }
  }
}
