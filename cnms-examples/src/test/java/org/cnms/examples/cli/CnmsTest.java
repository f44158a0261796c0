// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.examples.testing.SampleCopy;
import org.cnms.examples.workspace.Workspace;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.render.ReportJson;
import org.cnms.quantification.progress.ProgressCalculator;
import org.cnms.quantification.progress.ProgressReport;
import org.cnms.quantification.progress.TargetStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cnms} command line on the bundled sample and on broken workspaces. */
class CnmsTest {

  record Run(int code, String out, String err) {}

  static Workspace sample;
  static GhgInventory latest;

  @TempDir Path tmp;

  @BeforeAll
  static void loadSample() {
    sample = Workspace.sample();
    latest = sample.inventories().get(sample.inventories().size() - 1);
  }

  static Run cnms(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cnms.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A figure as the report prints it: tonnes to 0.01, half-even, with thousands separators. */
  static String tonnes(org.cnms.core.ghg.Co2e c) {
    java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
        java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
    return f.format(c.tonnes());
  }

  static String t(GhgInventory i) {
    return tonnes(i.totalEmissions());
  }

  // ---- report, the main job ----

  @Test
  void reportPrintsTheFullReportAndWritesOneSelfContainedHtmlFile() throws Exception {
    Path html = tmp.resolve("report.html");
    Run r = cnms("report", "--html", html.toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertAll(
        () -> assertTrue(out.contains(sample.system().organisation().name()), "organisation"),
        () -> assertTrue(out.contains("GHG inventory " + latest.period()), "inventory heading"),
        () -> assertTrue(out.contains(t(latest)), "latest total " + t(latest)),
        () -> assertTrue(out.contains("By category") && out.contains("By facility")
            && out.contains("By gas"), "breakdowns"),
        () -> assertTrue(out.contains("Trend since the base year"), "trend"),
        () -> assertTrue(out.contains("Intensity"), "intensity"),
        () -> assertTrue(out.contains("Baseline") && out.contains("Target progress"), "targets"),
        () -> assertTrue(out.contains("Neutrality balance " + latest.period()), "balance"),
        () -> assertTrue(out.contains("Conformity summary"), "conformity"),
        () -> assertTrue(out.contains("Sources and methods (" + latest.id() + ")"), "sources"));
    for (GhgInventory i : sample.inventories()) {
      assertTrue(out.contains(i.id()), "trend lists " + i.id());
      assertTrue(out.contains(t(i)), "trend shows " + i.id() + " " + t(i));
    }
    assertTrue(r.err().contains("wrote the HTML report to " + html.toAbsolutePath()), r.err());
    assertTrue(r.err().contains("loading the bundled sample"), "progress on stderr: " + r.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertSelfContained(page);
    assertTrue(page.contains("<svg"), "chart");
    assertTrue(page.contains("class=\"observed\""), "observed trajectory");
    assertTrue(page.contains("class=\"target-path\""), "target path");
    assertTrue(page.contains("class=\"baseline\""), "baseline line");
    assertTrue(page.contains("Vision " + sample.currentTarget().orElseThrow().visionYear()),
        "vision target");
    assertTrue(page.contains(t(latest)), "HTML holds the latest total");
    assertTrue(page.contains(latest.gwpSet()) && page.contains(latest.id()), "traceable");
  }

  @Test
  void reportWritesCnmsReportHtmlByDefaultAndNothingWithNoHtml() {
    Run r = cnms("report", "--no-html", "-q");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err(), "quiet");
    assertFalse(r.out().isEmpty());
    assertTrue(Cnms.commandLine().getSubcommands().get("report").getCommandSpec()
        .findOption("--html").defaultValue().equals("cnms-report.html"));
  }

  static void assertSelfContained(String page) {
    for (String banned : List.of("http:", "https:", "<script", "src=", "<link", "@import",
        "url(")) {
      assertFalse(page.contains(banned), "the page must not contain " + banned);
    }
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.trim().endsWith("</html>"));
  }

  @Test
  void reportInChinese() {
    Run r = cnms("report", "--no-html", "--lang", "zh");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("GHG 排放清单 " + latest.period()), r.out());
    assertTrue(r.out().contains("按类别"));
    assertTrue(r.out().contains("碳中和平衡"));
    assertTrue(r.out().contains("符合性评价摘要"));
  }

  @Test
  void reportAsJsonParsesAndKeepsExactValues() throws Exception {
    Run r = cnms("report", "--no-html", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(latest.totalEmissions().tonnes().toPlainString(),
        json.at("/inventory/totalEmissions/value").asText());
    assertEquals(sample.inventories().size(), json.at("/trend/years").size());
    assertTrue(json.at("/balance/neutral").isBoolean());
    // the library's report model, read back
    CarbonNeutralityReport report = ReportJson.read(r.out());
    assertEquals(latest.id(), report.inventory().id());
    assertEquals(r.out(), ReportJson.write(report));
  }

  // ---- each command ----

  @Test
  void inventoryOfTheLatestYearAndOfAGivenYear() throws Exception {
    Run r = cnms("inventory", "-q");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(latest.id()));
    assertTrue(r.out().contains(t(latest)));
    for (EmissionCategory c : latest.emissionsByCategory().keySet()) {
      assertTrue(r.out().contains(c.labelEn()), c.labelEn());
    }
    GhgInventory first = sample.inventories().get(0);
    int year = first.period().year().getValue();
    Run y = cnms("inventory", "-q", "--year", String.valueOf(year), "--format", "json");
    assertEquals(0, y.code(), y.err());
    JsonNode json = new ObjectMapper().readTree(y.out());
    assertEquals(first.id(), json.at("/id").asText());
    assertEquals(first.totalEmissions().tonnes().toPlainString(),
        json.at("/totalEmissions/value").asText());
    assertEquals(first.emissionsByCategory().size(), json.at("/byCategory").size());
  }

  @Test
  void inventoryAsMarkdownAndHtml() {
    Run md = cnms("inventory", "-q", "--format", "markdown");
    assertEquals(0, md.code(), md.err());
    assertTrue(md.out().startsWith("# GHG inventory " + latest.period()), md.out());
    assertTrue(md.out().contains("| C1 |"), md.out());
    Run html = cnms("inventory", "-q", "--format", "html");
    assertEquals(0, html.code(), html.err());
    assertSelfContained(html.out());
    assertTrue(html.out().contains("<table>"));
  }

  @Test
  void inventoryWritesToOut() throws Exception {
    Path file = Files.createDirectories(tmp.resolve("out")).resolve("inventory.json");
    Run r = cnms("inventory", "--format", "json", "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("wrote " + file), r.err());
    assertEquals(latest.id(), new ObjectMapper().readTree(file.toFile()).at("/id").asText());
  }

  @Test
  void baseline() throws Exception {
    Run r = cnms("baseline", "-q");
    assertEquals(0, r.code(), r.err());
    String id = sample.currentBaseline().orElseThrow().id();
    assertTrue(r.out().contains(id), r.out());
    assertTrue(r.out().contains(tonnes(sample.currentBaseline().get().emissions())));
    JsonNode json = new ObjectMapper().readTree(cnms("baseline", "-q", "--format", "json")
        .out());
    assertEquals(id, json.at("/baseline/id").asText());
    assertEquals(sample.inventories().size(), json.at("/trend/years").size());
  }

  @Test
  void progressExitsOneExactlyWhenATargetIsMissed() throws Exception {
    CarbonNeutralityTarget target = sample.currentTarget().orElseThrow();
    ProgressReport expected = ProgressCalculator.withDefaultRounding().assess(target,
        sample.currentBaseline().orElseThrow(), sample.inventories());
    boolean missed = expected.progress().stream().anyMatch(p -> p.status() == TargetStatus.MISSED);
    Run r = cnms("progress", "-q");
    assertEquals(missed ? 1 : 0, r.code(), r.err());
    assertTrue(r.out().contains(target.id()));
    expected.progress().forEach(p -> assertTrue(r.out().contains(p.status().labelEn()),
        p.targetId() + " " + p.status()));
    JsonNode json = new ObjectMapper().readTree(cnms("progress", "-q", "--format", "json")
        .out());
    assertEquals(expected.progress().size(), json.at("/targets").size());
    assertEquals(expected.progress().get(0).status().name(),
        json.at("/targets/0/status").asText());
    Run html = cnms("progress", "-q", "--format", "html");
    assertSelfContained(html.out());
    assertTrue(html.out().contains("<svg"));
  }

  @Test
  void balanceExitsOneExactlyWhenNotNeutral() throws Exception {
    CarbonNeutralityTarget target = sample.currentTarget().orElseThrow();
    NeutralityBalance expected = sample.neutralityBalance(latest.period().year().getValue());
    Run r = cnms("balance", "-q");
    assertEquals(expected.neutral() ? 0 : 1, r.code(), r.err());
    assertTrue(r.out().contains(tonnes(expected.netBalance())), r.out());
    JsonNode json = new ObjectMapper().readTree(cnms("balance", "-q", "--format", "json").out());
    assertEquals(expected.neutral(), json.at("/neutral").asBoolean());
    assertEquals(expected.claimId(), json.at("/claimId").asText());
    assertEquals(expected.netBalance().tonnes().toPlainString(),
        json.at("/netBalance/value").asText());
    assertEquals(EnumSet.copyOf(target.coveredCategories()).size(),
        json.at("/coveredCategories").size());
    Run unknown = cnms("balance", "-q", "--claim", "NO-SUCH-CLAIM");
    assertEquals(2, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains(expected.claimId()), "names the candidates: "
        + unknown.err());
  }

  @Test
  void assessExitsOneExactlyWhenAMajorNonconformityIsFound() throws Exception {
    AssessmentReport expected = ConformityAssessment.discover().assess(AssessmentContext
        .builder().system(sample.system()).assessmentDate(sample.assessmentDate())
        .extension(org.cnms.assets.ledger.Ledger.class, sample.ledger()).build());
    boolean major = expected.findings().stream()
        .anyMatch(f -> f.verdict() == Verdict.MAJOR_NONCONFORMITY);
    Run r = cnms("assess", "-q");
    assertEquals(major ? 1 : 0, r.code(), r.err());
    assertTrue(r.out().contains("Conformity summary"));
    JsonNode json = new ObjectMapper().readTree(cnms("assess", "-q", "--format", "json").out());
    assertEquals(expected.findings().size(), json.get("findings").size());
    Run html = cnms("assess", "-q", "--format", "html", "--lang", "zh");
    assertSelfContained(html.out());
    assertTrue(html.out().contains("碳中和管理体系符合性评价报告"));
    Run md = cnms("assess", "-q", "--format", "markdown");
    assertTrue(md.out().startsWith("# Conformity assessment report"), md.out());
  }

  // ---- the ERP import and the certification audit ----

  @Test
  void erpImportAndAuditAreSubcommands() throws Exception {
    Run erp = cnms("erp-import");
    assertEquals(0, erp.code(), erp.err());
    assertTrue(erp.out().startsWith("Rows read: "), erp.out());
    assertTrue(erp.out().contains("mb51-2025q1.csv:10:7: quantity: quantity '23.5OO' is not"),
        erp.out());
    assertEquals(3, cnms("erp-import", "--extract", tmp.resolve("none.csv").toString(),
        "--mapping", tmp.resolve("none.yaml").toString()).code());
    assertEquals(2, cnms("erp-import", "--extract", "x.csv").code());
    Run audit = cnms("audit", "--out-dir", tmp.toString(), "--lang", "en");
    AssessmentReport assessed = ConformityAssessment.discover()
        .assess(sample.assessmentContext());
    boolean major = assessed.findings().stream()
        .anyMatch(f -> f.verdict() == Verdict.MAJOR_NONCONFORMITY);
    long conform = assessed.findings().stream().filter(f -> f.verdict() == Verdict.CONFORMS)
        .count();
    assertEquals(major ? 1 : 0, audit.code(), audit.err());
    assertTrue(audit.out().contains(": " + assessed.findings().size() + " findings, " + conform
        + " conform, "), audit.out());
    assertTrue(audit.out().contains("wrote "), audit.out());
    assertEquals(2, cnms("audit").code(), "--out-dir is required");
  }

  // ---- usage ----

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, cnms("frobnicate").code());
    assertEquals(2, cnms("report", "--bogus").code());
    assertEquals(2, cnms("inventory", "--format", "pdf").code());
    assertEquals(2, cnms("report", "--lang", "fr").code());
    Run y = cnms("inventory", "-q", "--year", "1999");
    assertEquals(2, y.code());
    assertTrue(y.err().contains("no inventory of 1999"), y.err());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Run r = cnms("--help");
    assertEquals(0, r.code());
    for (String cmd : List.of("inventory", "baseline", "progress", "balance", "assess",
        "report")) {
      assertTrue(r.out().contains(cmd), cmd);
    }
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("3   bad input files"), r.out());
    assertTrue(cnms("assess", "--help").out().contains("at least one major nonconformity"));
  }

  // ---- broken workspaces ----

  @Test
  void theSampleAsADirectoryGivesTheSameReport() {
    Path dir = SampleCopy.copyTo(tmp.resolve("ws"));
    Run fromDir = cnms("inventory", "-q", "--dir", dir.toString());
    Run bundled = cnms("inventory", "-q");
    assertEquals(0, fromDir.code(), fromDir.err());
    assertEquals(bundled.out(), fromDir.out());
  }

  /** Replaces the first line of {@code file} containing {@code old}; returns its number. */
  static int replaceFirst(Path file, String old, String replacement) throws Exception {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(old)) {
        lines.set(i, lines.get(i).replace(old, replacement));
        Files.write(file, lines);
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line with " + old);
  }

  static Path latestActivity(Path dir) {
    return dir.resolve("activity").resolve(latest.period().year() + ".csv");
  }

  @Test
  void malformedYamlExitsThreeNamingFileAndLine() throws Exception {
    Path dir = SampleCopy.copyTo(tmp.resolve("ws"));
    int line = replaceFirst(dir.resolve("workspace.yaml"), "baseYear:", "baseYear: [unclosed");
    Run r = cnms("report", "--no-html", "--dir", dir.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().matches("(?s).*workspace\\.yaml:\\d+: .*"), r.err());
    assertTrue(r.err().contains("workspace.yaml:" + line) || r.err().contains("workspace.yaml:"
        + (line + 1)), "line " + line + ": " + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void badUnitExitsThreeNamingFileLineAndUnit() throws Exception {
    Path dir = SampleCopy.copyTo(tmp.resolve("ws"));
    Path csv = latestActivity(dir);
    int line = replaceFirst(csv, ",1e4Nm3,", ",1e4Nm4,");
    Run r = cnms("inventory", "--dir", dir.toString());
    assertEquals(3, r.code(), r.err());
    String where = "activity/" + csv.getFileName() + ":" + line + ":7: unit: ";
    assertTrue(r.err().contains(where), where + " in " + r.err());
    assertTrue(r.err().contains("1e4Nm4"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void unknownSourceExitsThreeNamingFileLineAndSource() throws Exception {
    Path dir = SampleCopy.copyTo(tmp.resolve("ws"));
    Path csv = latestActivity(dir);
    int line = replaceFirst(csv, ",S-SZ-NG-BOILER,", ",S-NO-SUCH,");
    Run r = cnms("balance", "--dir", dir.toString());
    assertEquals(3, r.code(), r.err());
    String where = "activity/" + csv.getFileName() + ":" + line + ":2: source: ";
    assertTrue(r.err().contains(where), where + " in " + r.err());
    assertTrue(r.err().contains("S-NO-SUCH"), r.err());
  }

  @Test
  void aBadDenominatorExitsThreeNamingFileAndLine() throws Exception {
    Path dir = SampleCopy.copyTo(tmp.resolve("ws"));
    int line = replaceFirst(dir.resolve("intensity.csv"), ",t", ",tonnes-ish");
    Run r = cnms("report", "--no-html", "--dir", dir.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("intensity.csv:" + line + ":4: unit: "), r.err());
  }

  @Test
  void aMissingDirectoryExitsThree() {
    Run r = cnms("report", "--dir", tmp.resolve("nowhere").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().toLowerCase(Locale.ROOT).contains("nowhere"), r.err());
  }
}
