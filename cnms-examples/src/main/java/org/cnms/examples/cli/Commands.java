// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ReportRenderer;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.performance.Baseline;
import org.cnms.examples.workspace.LedgerLocation;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.progress.ProgressReport;
import org.cnms.quantification.progress.TargetProgress;
import org.cnms.quantification.progress.TargetStatus;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The subcommands of {@code cnms}. */
final class Commands {

  private Commands() {}

  /** Output formats. */
  enum Format { TEXT, JSON, MARKDOWN, HTML }

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
        description = "What to print: text, json, markdown or html (default: text).")
    Format format = Format.TEXT;

    /** The format chosen with --format. */
    Format format() {
      return format;
    }

    abstract int run(Analysis a, Sections s);

    @Override
    public Integer call() {
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
      Analysis a = new Analysis(ws, ws.intensityDenominators(), progress);
      return run(a, new Sections(a, options.locale()));
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

    Doc doc(Sections s, String titleKey) {
      return new Doc(s.t(titleKey), options.locale());
    }

    /** A document whose heading is the title followed by the organisation's name. */
    Doc titled(Analysis a, Sections s, String titleKey) {
      return doc(s, titleKey).h1(s.t(titleKey) + " — "
          + a.workspace().system().organisation().name());
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

    void emit(Doc doc) {
      emit(switch (format()) {
        case MARKDOWN -> doc.markdown();
        case HTML -> doc.html();
        default -> doc.text();
      });
    }

    void emitJson(Object value) {
      try {
        emit(CnmsJson.newJsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value)
            + "\n");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
      }
    }

    static void write(Path file, String text) {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Cnms.OutputException("cannot write " + file + ": " + e, e);
      }
    }

    static Map<String, Object> header(Analysis a) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("workspace", a.workspace().name());
      m.put("organisation", a.workspace().system().organisation());
      m.put("assessmentDate", a.workspace().assessmentDate());
      m.put("factorLibrary", a.workspace().calculator().factorLibraryVersion().orElse(null));
      return m;
    }

    /** The head of the ledger the balance was judged on: its number of entries and last hash. */
    static Map<String, Object> ledgerHead(Analysis a) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("size", a.workspace().ledger().size());
      m.put("hash", a.workspace().ledger().headHash());
      return m;
    }

    static Map<String, Object> totals(GhgInventory i) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("emissions", i.totalEmissions());
      m.put("removals", i.totalRemovals());
      m.put("net", i.netEmissions());
      m.put("biogenicCo2", i.biogenicCo2());
      m.put("byCategory", i.emissionsByCategory());
      m.put("byFacility", i.emissionsByFacility());
      m.put("byGas", i.emissionsByGas());
      return m;
    }
  }

  // ---- inventory ----

  @Command(name = "inventory", mixinStandardHelpOptions = true,
      description = "The GHG inventory of a year (clause 6.3): totals, by category, facility and "
          + "gas, and the source of every figure.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "2:usage error (e.g. no inventory of --year)",
          "3:bad input files", "4:internal error"})
  static final class Inventory extends Base {
    @Option(names = "--year", paramLabel = "YEAR",
        description = "The reporting year (default: the latest).")
    @Nullable Integer year;

    @Override
    int run(Analysis a, Sections s) {
      GhgInventory inv = inventory(a, year);
      if (format == Format.JSON) {
        Map<String, Object> m = header(a);
        m.put("totals", totals(inv));
        m.put("inventory", inv);
        emitJson(m);
      } else {
        Doc d = doc(s, "cli.title.inventory").h1(
            s.t("cli.title.inventory") + " " + inv.period() + " — "
                + a.workspace().system().organisation().name());
        s.inventory(d, inv);
        s.sources(d, inv);
        emit(d);
      }
      return Cnms.OK;
    }

    GhgInventory inventory(Analysis a, @Nullable Integer y) {
      try {
        return a.inventory(y);
      } catch (Analysis.NoResultException e) {
        if (y == null) {
          throw e;
        }
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }

  // ---- baseline ----

  @Command(name = "baseline", mixinStandardHelpOptions = true,
      description = "The baseline (clause 6.5): base-year figures, recalculation checks, and every "
          + "year's emissions against it.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "1:the system has no baseline", "2:usage error",
          "3:bad input files", "4:internal error"})
  static final class BaselineCmd extends Base {
    @Override
    int run(Analysis a, Sections s) {
      Optional<Baseline> b = a.baseline();
      if (format == Format.JSON) {
        Map<String, Object> m = header(a);
        m.put("baseline", b.orElse(null));
        List<Map<String, Object>> years = new ArrayList<>();
        for (GhgInventory i : a.inventories()) {
          Map<String, Object> y = new LinkedHashMap<>();
          y.put("year", i.period().year().getValue());
          y.put("inventoryId", i.id());
          y.put("emissions", i.totalEmissions());
          y.put("removals", i.totalRemovals());
          y.put("net", i.netEmissions());
          b.ifPresent(x -> y.put("againstBaseline",
              a.indicatorCalculator().againstBaseline(x, i)));
          years.add(y);
        }
        m.put("years", years);
        emitJson(m);
      } else {
        Doc d = titled(a, s, "cli.title.baseline");
        s.baseline(d);
        s.trend(d);
        emit(d);
      }
      return b.isPresent() ? Cnms.OK : Cnms.NEGATIVE;
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
    int run(Analysis a, Sections s) {
      Optional<ProgressReport> r = a.progressReport();
      if (format == Format.JSON) {
        Map<String, Object> m = header(a);
        m.put("target", a.target().orElse(null));
        m.put("progress", r.orElse(null));
        m.put("trend", a.trend().orElse(null));
        emitJson(m);
      } else {
        Doc d = titled(a, s, "cli.title.progress");
        s.progress(d);
        if (r.isPresent()) {
          TrajectoryChart chart = new TrajectoryChart(a, s);
          d.svg(chart.svg(), chart.alternative());
        }
        emit(d);
      }
      if (r.isEmpty()) {
        return Cnms.NEGATIVE;
      }
      for (TargetProgress p : r.get().progress()) {
        if (p.status() == TargetStatus.MISSED) {
          return Cnms.NEGATIVE;
        }
      }
      return Cnms.OK;
    }
  }

  // ---- balance ----

  @Command(name = "balance", mixinStandardHelpOptions = true,
      description = "The carbon-neutrality balance of the latest year (clauses 3.1, 6.6.1 d, "
          + "6.7): emissions of the covered categories less removals less units retired for the "
          + "claim.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the year is carbon-neutral (net balance zero or below)",
          "1:the year is not carbon-neutral (a shortfall remains)", "2:usage error",
          "3:bad input files", "4:internal error"})
  static final class Balance extends Base {
    @Override
    int run(Analysis a, Sections s) {
      NeutralityBalance b = a.balance();
      if (format == Format.JSON) {
        Map<String, Object> m = header(a);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("claimId", b.claimId());
        summary.put("period", b.period());
        summary.put("grossEmissions", b.grossEmissions());
        summary.put("removals", b.removals());
        summary.put("offsets", b.offsets());
        summary.put("unitsCounted", b.unitsCounted());
        summary.put("netBalance", b.netBalance());
        summary.put("neutral", b.neutral());
        summary.put("shortfall", b.shortfall());
        summary.put("ledgerHead", ledgerHead(a));
        m.put("summary", summary);
        m.put("balance", b);
        emitJson(m);
      } else {
        Doc d = titled(a, s, "cli.title.balance");
        s.balance(d);
        emit(d);
      }
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
    int run(Analysis a, Sections s) {
      AssessmentReport r = a.conformity();
      switch (format) {
        case JSON -> emit(CnmsJson.toJson(r) + "\n");
        case MARKDOWN -> emit(ReportRenderer.markdown(r, options.locale()));
        case HTML -> emit(ReportRenderer.html(r, options.locale()));
        default -> {
          Doc d = titled(a, s, "cli.title.assess");
          s.conformity(d, all);
          emit(d);
        }
      }
      boolean major = r.findings().stream()
          .anyMatch(f -> f.verdict() == Verdict.MAJOR_NONCONFORMITY);
      return major ? Cnms.NEGATIVE : Cnms.OK;
    }
  }

  // ---- report ----

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"The full carbon-neutrality report: organisation, inventory by category, "
          + "facility and gas, trend since the base year, intensity, baseline and target "
          + "progress, neutrality balance of the latest year, conformity summary, and the "
          + "sources and methods behind every figure.",
          "Prints the report (text by default) and writes it as one self-contained HTML page "
              + "with the trajectory chart (default: cnms-report.html)."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success (the report states negative results; it does not fail on "
          + "them)", "2:usage error", "3:bad input files", "4:internal error"})
  static final class Report extends Base {
    @Option(names = "--html", paramLabel = "FILE", defaultValue = "cnms-report.html",
        description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
    Path html = Path.of("cnms-report.html");

    @Option(names = "--no-html", description = "Do not write the HTML report.")
    boolean noHtml;

    @Override
    Map<String, Path> outputs() {
      Map<String, Path> m = super.outputs();
      if (!noHtml) {
        m.put("--html", html);
      }
      return m;
    }

    @Override
    int run(Analysis a, Sections s) {
      GhgInventory latest = a.inventory(null);
      Doc d = progress.step("composing the report", () -> compose(a, s, latest),
          x -> x.blocks().size() + " blocks");
      if (format == Format.JSON) {
        Map<String, Object> m = header(a);
        m.put("latest", totals(latest));
        List<Map<String, Object>> years = new ArrayList<>();
        for (GhgInventory i : a.inventories()) {
          Map<String, Object> y = new LinkedHashMap<>();
          y.put("year", i.period().year().getValue());
          y.put("inventoryId", i.id());
          y.put("emissions", i.totalEmissions());
          y.put("removals", i.totalRemovals());
          y.put("net", i.netEmissions());
          y.put("coveredNet", a.coveredNet(i));
          years.add(y);
        }
        m.put("years", years);
        m.put("baseline", a.baseline().orElse(null));
        m.put("progress", a.progressReport().orElse(null));
        m.put("trend", a.trend().orElse(null));
        NeutralityBalance b = a.balance();
        Map<String, Object> balance = new LinkedHashMap<>();
        balance.put("claimId", b.claimId());
        balance.put("netBalance", b.netBalance());
        balance.put("neutral", b.neutral());
        balance.put("shortfall", b.shortfall());
        balance.put("ledgerHead", ledgerHead(a));
        m.put("balance", balance);
        AssessmentReport r = a.conformity();
        m.put("conformity", Map.of("summaryByClause", r.summaryByClause(),
            "nonconformities", r.nonconformities()));
        emitJson(m);
      } else {
        emit(d);
      }
      if (!noHtml) {
        write(html, d.html());
        progress.note(s.t("cli.wrote-the-html-report-to")
            + html.toAbsolutePath().normalize());
      }
      return Cnms.OK;
    }

    static Doc compose(Analysis a, Sections s, GhgInventory latest) {
      Doc d = new Doc(s.t("cli.carbon-neutrality-report")
          + a.workspace().system().organisation().name(), s.locale());
      d.h1(d.title());
      d.note(s.t("cli.under-t-cas-612-2022-carbon"));
      s.organisation(d);
      s.inventory(d, latest);
      s.trend(d);
      s.intensity(d);
      s.baseline(d);
      s.progress(d);
      if (a.progressReport().isPresent()) {
        TrajectoryChart chart = new TrajectoryChart(a, s);
        d.svg(chart.svg(), chart.alternative());
      }
      s.balance(d);
      s.conformity(d, false);
      s.sources(d, latest);
      return d;
    }
  }
}
