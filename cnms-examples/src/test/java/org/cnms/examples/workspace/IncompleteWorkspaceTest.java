// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cnms.core.Problem;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.examples.testing.SampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of the sample whose activity data is incomplete, or whose files are not where a reader
 * looks: each is a problem naming the file, never a year of zero emissions reported as carbon
 * neutral. Also a second claim for a year and two competing supplier footprints.
 */
class IncompleteWorkspaceTest {

  @TempDir
  Path dir;

  private List<Problem> problems() {
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.load(dir));
    return e.problems();
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  @Test
  void aHeaderOnlyActivityFileIsAnError() throws IOException {
    SampleCopy.copyTo(dir);
    write("activity/2025.csv", read("activity/2025.csv").lines().findFirst().orElseThrow()
        + "\n");
    assertEquals(List.of(Problem.at("activity/2025.csv", 1, "The file has a header but no"
        + " rows of data; a year without activity is declared in workspace.yaml under"
        + " yearsWithoutActivity with its reason")), problems());
  }

  @Test
  void loneCarriageReturnLineEndingsAreLineEndingsToo() throws IOException {
    // the CSV reader takes CR, LF and CRLF for line breaks: no row is hidden
    SampleCopy.copyTo(dir);
    write("activity/2025.csv", read("activity/2025.csv").replace('\n', '\r'));
    assertEquals(Workspace.sample().inventories(), Workspace.load(dir).inventories());
  }

  @Test
  void crlfLineEndingsStillLoad() throws IOException {
    SampleCopy.copyTo(dir);
    write("activity/2025.csv", read("activity/2025.csv").replace("\n", "\r\n"));
    assertEquals(Workspace.sample().inventories(), Workspace.load(dir).inventories());
  }

  @Test
  void anUpperCaseExtensionIsNotReadAndSaysSo() throws IOException {
    SampleCopy.copyTo(dir);
    Files.move(dir.resolve("activity/2025.csv"), dir.resolve("activity/2025.CSV"));
    assertEquals(List.of(Problem.at("activity/2025.CSV", 0,
        "not read: the extension must be .csv in lower case")), problems());
  }

  @Test
  void aFileMovedIntoASubFolderIsNotReadAndSaysSo() throws IOException {
    SampleCopy.copyTo(dir);
    Files.createDirectories(dir.resolve("activity/old"));
    Files.move(dir.resolve("activity/2025.csv"), dir.resolve("activity/old/2025.csv"));
    assertEquals(List.of(
        Problem.at("activity/old/", 0, "a folder inside activity/ is not read; activity files"
            + " lie directly in activity/"),
        Problem.at("activity/old/2025.csv", 0, "not read: activity files lie directly in"
            + " activity/, not in a sub-folder")), problems());
  }

  @Test
  void anUnexpectedFileInFootprintsIsNamed() throws IOException {
    SampleCopy.copyTo(dir);
    write("footprints/notes.txt", "supplier call 2026-02-01\n");
    assertEquals(List.of(Problem.at("footprints/notes.txt", 0, "not read: footprints/ holds"
        + " only *.json files; move or remove this file")), problems());
  }

  @Test
  void aDeclaredYearWithoutActivityFileIsAnError() throws IOException {
    SampleCopy.copyTo(dir);
    Files.delete(dir.resolve("activity/2025.csv"));
    assertEquals(List.of(Problem.at("workspace.yaml", 5, "the reporting year 2025 has no"
        + " activity records in activity/; add them, or declare the year under"
        + " yearsWithoutActivity with the reason it has none")), problems());
  }

  @Test
  void aYearDeclaredWithoutActivityLoadsWithItsReason() throws IOException {
    SampleCopy.copyTo(dir);
    Files.delete(dir.resolve("activity/2025.csv"));
    write("workspace.yaml", read("workspace.yaml")
        + "yearsWithoutActivity:\n  2025: plant closed for rebuilding\n");
    Workspace w = Workspace.load(dir);
    assertEquals(Map.of(2025, "plant closed for rebuilding"), w.yearsWithoutActivity());
    GhgInventory y2025 = w.inventory(2025).orElseThrow();
    assertEquals(0, y2025.totalEmissions().tonnes().signum());
    assertEquals(Map.of(), Workspace.sample().yearsWithoutActivity());
  }

  @Test
  void aYearDeclaredWithoutActivityThatHasRecordsIsAnError() throws IOException {
    SampleCopy.copyTo(dir);
    write("workspace.yaml", read("workspace.yaml") + "yearsWithoutActivity:\n  2024: plant"
        + " closed\n");
    assertEquals(List.of(Problem.at("workspace.yaml", 5, "the year 2024 is declared without"
        + " activity (plant closed), but activity/ holds records of it")), problems());
  }

  @Test
  void aYearDeclaredWithoutActivityNeedsAReasonAndMustBeAReportingYear() throws IOException {
    SampleCopy.copyTo(dir);
    Files.delete(dir.resolve("activity/2025.csv"));
    write("workspace.yaml", read("workspace.yaml")
        + "yearsWithoutActivity:\n  2019: before the first year\n  2025: ''\n");
    assertEquals(List.of(
        Problem.at("workspace.yaml", 19, "yearsWithoutActivity names 2019, not a reporting year"
            + " [2021, 2022, 2023, 2024, 2025]"),
        Problem.at("workspace.yaml", 20, "yearsWithoutActivity: the year 2025 needs its reason"
            + " (why it has no activity data), e.g. \"plant closed\"")), problems());
  }

  @Test
  void aMonthlySourceWhoseRecordsLeaveMonthsUncoveredIsAnError() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    String row = text.lines().filter(l -> l.startsWith("A-2025-SZ-NG,")).findFirst()
        .orElseThrow();
    write("activity/2025.csv", text.replace(row, row.replace("2025-12-31", "2025-10-31")));
    assertEquals(List.of(Problem.at("activity/2025.csv", 2, "source S-SZ-NG-BOILER is"
        + " monitored monthly by data-quality item DQ-01, but its records of 2025 leave"
        + " 2025-11-01 to 2025-12-31 uncovered; add the missing records (a record of amount 0"
        + " states that there was none)")), problems());
  }

  @Test
  void aMonthlySourceWithoutAnyRecordInAYearIsAnError() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    String row = text.lines().filter(l -> l.startsWith("A-2025-SZ-NG,")).findFirst()
        .orElseThrow();
    write("activity/2025.csv", text.replace(row + "\n", ""));
    assertEquals(List.of(Problem.at("activity/", 0, "source S-SZ-NG-BOILER is monitored"
        + " monthly by data-quality item DQ-01, but has no activity record in 2025; add its"
        + " records (a record of amount 0 states that there was none)")), problems());
  }

  @Test
  void monthlyRecordsThatCoverTheYearLoad() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    String row = text.lines().filter(l -> l.startsWith("A-2025-SZ-NG,")).findFirst()
        .orElseThrow();
    String first = row.replace("2025-12-31", "2025-06-30").replace(",66.00,", ",30.00,");
    String second = row.replace("A-2025-SZ-NG,", "A-2025-SZ-NG-H2,")
        .replace("2025-01-01", "2025-07-01").replace(",66.00,", ",36.00,");
    write("activity/2025.csv", text.replace(row, first + "\n" + second));
    Workspace w = Workspace.load(dir);
    assertEquals(Workspace.sample().inventory(2025).orElseThrow().totalEmissions().tonnes()
        .compareTo(w.inventory(2025).orElseThrow().totalEmissions().tonnes()), 0);
  }

  @Test
  void aSecondClaimForTheSameYearIsAnErrorNamingBoth() throws IOException {
    SampleCopy.copyTo(dir);
    write("workspace.yaml", read("workspace.yaml") + "- id: CLAIM-2025-B\n  year: 2025\n");
    assertEquals(List.of(Problem.at("workspace.yaml", 18, "a second neutrality claim for 2025:"
        + " CLAIM-2025-B here and CLAIM-2025-C1C2 at workspace.yaml:14; a year has one claim")),
        problems());
  }

  @Test
  void aSecondActiveFootprintForTheSameProductAndPeriodIsAnErrorNamingBoth()
      throws IOException {
    SampleCopy.copyTo(dir);
    String first = read("footprints/aluminium-2025.json");
    String id = "3971e201-97ad-5cf5-8ba5-9d8a194379b1";
    assertTrue(first.contains(id));
    write("footprints/aluminium-2025b.json", first.replace(id,
        "3971e201-97ad-5cf5-8ba5-9d8a194379b2"));
    assertEquals(List.of(Problem.at("footprints/aluminium-2025b.json", 0, "a second active"
        + " footprint of product urn:hdjm:material:ADC12-INGOT for 2025"
        + " (3971e201-97ad-5cf5-8ba5-9d8a194379b2), overlapping footprints/aluminium-2025.json"
        + " (3971e201-97ad-5cf5-8ba5-9d8a194379b1, 2025); the newer one must name the older in"
        + " precedingPfIds, or one must be Deprecated")), problems());
  }

  @Test
  void aFootprintThatNamesItsPredecessorReplacesItWhateverTheFileOrder() throws IOException {
    SampleCopy.copyTo(dir);
    String first = read("footprints/aluminium-2025.json");
    String id = "3971e201-97ad-5cf5-8ba5-9d8a194379b1";
    String successor = first.replace(id, "3971e201-97ad-5cf5-8ba5-9d8a194379b2")
        .replaceFirst("\\{", "{\"precedingPfIds\": [\"" + id + "\"], ");
    // the successor sorts first, then last: the same footprint applies
    write("footprints/0-aluminium-2025.json", successor);
    Workspace before = Workspace.load(dir);
    Files.move(dir.resolve("footprints/0-aluminium-2025.json"),
        dir.resolve("footprints/z-aluminium-2025.json"));
    Workspace after = Workspace.load(dir);
    assertEquals(List.of("3971e201-97ad-5cf5-8ba5-9d8a194379b2"),
        before.footprints().get("urn:hdjm:material:ADC12-INGOT").stream()
            .filter(f -> f.referencePeriod().start().getYear() == 2025).map(f -> f.id())
            .toList());
    assertEquals(before.inventories(), after.inventories());
  }
  // ---- counted twice ----

  private String gasRow() throws IOException {
    return read("activity/2025.csv").lines().filter(l -> l.startsWith("A-2025-SZ-NG,"))
        .findFirst().orElseThrow();
  }

  @Test
  void aRowOverlappingAnotherOfTheSameSourceAndMeterIsRefused() throws IOException {
    SampleCopy.copyTo(dir);
    String row = gasRow();
    String again = row.replace("A-2025-SZ-NG,", "A-2025-SZ-NG-DEC,")
        .replace("2025-01-01", "2025-12-01").replace("MI-SZ-GAS-01", "mi-sz-gas-01");
    write("activity/2025.csv", read("activity/2025.csv") + again + "\n");
    assertEquals(List.of(Problem.at("activity/2025.csv", 22, "records A-2025-SZ-NG (2025) and"
        + " A-2025-SZ-NG-DEC (2025-12-01/2025-12-31) of source S-SZ-NG-BOILER, meter"
        + " MI-SZ-GAS-01 cover overlapping periods; a figure is counted once: remove one, or"
        + " name the record it corrects in the corrects column")), problems());
  }

  @Test
  void aCorrectionRowReplacesTheRowItNames() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    String row = gasRow();
    String header = text.lines().findFirst().orElseThrow();
    StringBuilder b = new StringBuilder(header + ",corrects\n");
    text.lines().skip(1).forEach(l -> b.append(l).append(",\n"));
    // the correction doubles the gas of the Suzhou boiler
    b.append(row.replace("A-2025-SZ-NG,", "A-2025-SZ-NG-FIX,").replace(",66.00,", ",132.00,"))
        .append(",A-2025-SZ-NG\n");
    write("activity/2025.csv", b.toString());
    Workspace w = Workspace.load(dir);
    assertEquals(List.of("A-2025-SZ-NG-FIX"), w.activity(2025).stream()
        .filter(r -> r.sourceId().equals("S-SZ-NG-BOILER")).map(r -> r.id()).toList());
    assertTrue(w.inventory(2025).orElseThrow().totalEmissions().tonnes().compareTo(
        Workspace.sample().inventory(2025).orElseThrow().totalEmissions().tonnes()) > 0);
  }

  @Test
  void aSourceIdSpelledAlikeSaysWhichSourceWasMeant() throws IOException {
    SampleCopy.copyTo(dir);
    String row = gasRow();
    write("activity/2025.csv", read("activity/2025.csv").replace(row,
        row.replace("S-SZ-NG-BOILER", "S\u2013SZ-NG-boiler")));
    assertEquals(List.of("activity/2025.csv:2:2: source: Unknown source 'S\u2013SZ-NG-boiler';"
        + " did you mean 'S-SZ-NG-BOILER'? It differs only by case, width, a dash or whitespace"),
        problems().stream().map(Problem::toString).toList());
  }
  // ---- the ledger a claim was judged on ----

  private static final String SAMPLE_HEAD =
      "3fa06eff1aa3b29e344f123ccdadf47c5f72bf91d2c238df136c048ea019099a";

  @Test
  void theSampleClaimPinsTheHeadOfItsLedger() {
    Workspace w = Workspace.sample();
    assertEquals(Map.of(2025, org.cnms.assets.ledger.LedgerHead.of(5, SAMPLE_HEAD)),
        w.ledgerHeadsOfClaims());
    assertEquals(w.ledger().head(), w.ledgerHeadsOfClaims().get(2025));
  }

  @Test
  void deletingTheLastLedgerEventIsDetected() throws IOException {
    SampleCopy.copyTo(dir);
    List<String> lines = read("ledger.jsonl").lines().toList();
    write("ledger.jsonl", String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
    String fourth = org.cnms.assets.ledger.Ledger.fromJsonLines(read("ledger.jsonl"))
        .headHash();
    assertEquals(List.of(Problem.at("workspace.yaml", 17, "the claim CLAIM-2025-C1C2 was"
        + " judged on the ledger head 5 entries, hash " + SAMPLE_HEAD + ", but the ledger holds"
        + " only 4 entries (head hash " + fourth + "): entries were deleted")), problems());
  }

  @Test
  void aRewrittenAndRehashedHistoryIsDetected() throws Exception {
    SampleCopy.copyTo(dir);
    com.fasterxml.jackson.databind.ObjectMapper json =
        org.cnms.core.json.CnmsJson.newJsonMapper();
    org.cnms.assets.ledger.Ledger rewritten = org.cnms.assets.ledger.Ledger.create();
    for (String line : read("ledger.jsonl").replace("上海示例碳资产管理有限公司（虚构）",
        "另一家公司").lines().toList()) {
      rewritten.append(json.treeToValue(json.readTree(line).get("event"),
          org.cnms.assets.ledger.LedgerEvent.class));
    }
    assertEquals(5, rewritten.size());
    assertTrue(rewritten.verify().intact());
    write("ledger.jsonl", rewritten.toJsonLines());
    assertEquals(List.of(Problem.at("workspace.yaml", 17, "the claim CLAIM-2025-C1C2 was"
        + " judged on the ledger head 5 entries, hash " + SAMPLE_HEAD + ", but entry 4 of the"
        + " ledger has hash " + rewritten.headHash() + ": the ledger's history was rewritten")),
        problems());
  }

  @Test
  void aLedgerThatGrewSinceTheClaimStillLoads() throws Exception {
    SampleCopy.copyTo(dir);
    org.cnms.assets.ledger.Ledger l = org.cnms.assets.ledger.Ledger.fromJsonLines(
        read("ledger.jsonl"));
    com.fasterxml.jackson.databind.ObjectMapper json =
        org.cnms.core.json.CnmsJson.newJsonMapper();
    String first = read("ledger.jsonl").lines().findFirst().orElseThrow();
    l.append(json.treeToValue(json.readTree(first.replace("EV-2024-001", "EV-2026-009")
        .replace("301000001", "401000001").replace("301005000", "401005000")).get("event"),
        org.cnms.assets.ledger.LedgerEvent.class));
    write("ledger.jsonl", l.toJsonLines());
    Workspace w = Workspace.load(dir);
    assertEquals(6, w.ledger().size());
  }
  // ---- bad input, never an internal error ----

  private void replaceInDiesel(String from, String to) throws IOException {
    String text = read("activity/2025.csv");
    String row = text.lines().filter(l -> l.startsWith("A-2025-SZ-DSL,")).findFirst()
        .orElseThrow();
    write("activity/2025.csv", text.replace(row, row.replace(from, to)));
  }

  @Test
  void anExtremeExponentIsAProblemNotAnInternalError() throws IOException {
    SampleCopy.copyTo(dir);
    replaceInDiesel(",24.9,", ",1e999999999,");
    assertEquals(List.of("activity/2025.csv:4:6: amount: Not a number: the exponent of"
        + " '1e999999999' is beyond ±30, more than any measured amount can be"),
        problems().stream().map(Problem::toString).toList());
    replaceInDiesel(",1e999999999,", ",1e-999999999,");
    assertEquals(List.of("activity/2025.csv:4:6: amount: Not a number: the exponent of"
        + " '1e-999999999' is beyond ±30, more than any measured amount can be"),
        problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aYearOrDateOutOfRangeIsAProblem() throws IOException {
    SampleCopy.copyTo(dir);
    write("workspace.yaml", read("workspace.yaml")
        .replace("years: [2021, 2022, 2023, 2024, 2025]",
            "years: [2021, 2022, 2023, 2024, 2025, 999999999]")
        .replace("baseYear: 2021", "baseYear: 99999999999999999999")
        .replace("assessmentDate: '2026-03-31'", "assessmentDate: '+99999-03-31'"));
    assertEquals(List.of(
        Problem.at("workspace.yaml", 5, "the year 999999999 lies outside 1900–2200"),
        Problem.at("workspace.yaml", 6, "baseYear must be a year"),
        Problem.at("workspace.yaml", 7, "the assessment date +99999-03-31 lies outside the years"
            + " 1900–2200")), problems());
  }
}
