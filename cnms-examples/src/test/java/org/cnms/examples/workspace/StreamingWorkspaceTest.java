// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.examples.testing.SampleCopy;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.testing.SampleWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace streams its activity files: a GB18030 CSV file and an {@code .xlsx} workbook give
 * the sample's inventories exactly; beyond the records it keeps in memory the workspace still
 * computes, streams its records and refuses only the list of them, with the reason; overlaps are
 * reported once per record, however many records overlap.
 */
class StreamingWorkspaceTest {

  private static final Workspace SAMPLE = Workspace.sample();

  @TempDir
  Path dir;

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private List<Problem> problems() {
    return assertThrows(WorkspaceException.class, () -> Workspace.load(dir)).problems();
  }

  @Test
  void aGb18030ActivityFileGivesTheSameInventories() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    Files.write(dir.resolve("activity/2025.csv"), text.getBytes(Charset.forName("GB18030")));
    assertEquals(SAMPLE.inventories(), Workspace.load(dir).inventories());
  }

  @Test
  void anXlsxActivityWorkbookGivesTheSameInventories() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    Files.delete(dir.resolve("activity/2025.csv"));
    SampleWorkbook.write(text, dir.resolve("activity/2025.xlsx"));
    Workspace w = Workspace.load(dir);
    assertEquals(SAMPLE.inventories(), w.inventories());
    assertEquals(SAMPLE.activity(2025), w.activity(2025));
  }

  @Test
  void beyondTheRecordsKeptTheWorkspaceStreamsThemAndRefusesTheListWithTheReason()
      throws IOException {
    SampleCopy.copyTo(dir);
    Workspace w = new WorkspaceLoader(dir, null, 10).load();
    assertEquals(SAMPLE.inventories(), w.inventories());
    assertEquals(100, w.activityCount());
    IllegalStateException e = assertThrows(IllegalStateException.class, w::activity);
    assertEquals("the workspace holds 100 activity records, more than the 10 it keeps in memory;"
        + " read them with activityStream()", e.getMessage());
    try (Stream<ActivityRecord> s = w.activityStream()) {
      assertEquals(SAMPLE.activity(), s.toList());
    }
    assertEquals(readings(SAMPLE), readings(w));
  }

  private static List<org.cnms.core.conformity.MeterReading> readings(Workspace w) {
    List<org.cnms.core.conformity.MeterReading> r = w.assessmentContext()
        .extension(org.cnms.core.conformity.MeterReadings.class).orElseThrow().readings();
    assertEquals(false, r.isEmpty());
    return r;
  }

  @Test
  void theProvenanceOfRecordsQuantifiedTogetherIsThatOfEachRecordQuantifiedAlone()
      throws IOException {
    SampleCopy.copyTo(dir);
    // each row of 2025 split into 4 parts: id and meter suffixed, the amount divided exactly
    List<String> lines = read("activity/2025.csv").lines().toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    int id = header.indexOf("id");
    int amount = header.indexOf("amount");
    int meter = header.indexOf("meter");
    StringBuilder b = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      for (int k = 1; k <= 4; k++) {
        String[] f = line.split(",", -1);
        f[id] += "-" + k;
        if (!f[meter].isEmpty()) {
          f[meter] += "-" + k;
        }
        f[amount] = new java.math.BigDecimal(f[amount]).divide(java.math.BigDecimal.valueOf(4))
            .toPlainString();
        b.append(String.join(",", f)).append('\n');
      }
    }
    Files.writeString(dir.resolve("activity/2025.csv"), b.toString());
    Workspace w = Workspace.load(dir);
    org.cnms.core.inventory.GhgInventory y2025 = w.inventory(2025).orElseThrow();
    org.cnms.report.CalculationProvenance grouped = new org.cnms.report.CalculationProvenance();
    w.calculateGrouped(y2025.period(), grouped::add);
    org.cnms.report.CalculationProvenance alone = org.cnms.report.CalculationProvenance.of(
        w.activity(2025).stream().map(w::calculate).toList());
    assertEquals(4 * SAMPLE.activity(2025).size(), grouped.records());
    assertEquals(alone.records(), grouped.records());
    var withGroups = org.cnms.report.CarbonNeutralityReport.builder().system(w.system())
        .inventories(w.inventories()).provenance(grouped).inventory(y2025);
    var oneByOne = org.cnms.report.CarbonNeutralityReport.builder().system(w.system())
        .inventories(w.inventories()).provenance(alone).inventory(y2025);
    assertEquals(oneByOne, withGroups);
    // and the factors applied are those of the sample, whose rows are not split
    var sample = org.cnms.report.CarbonNeutralityReport.builder().system(SAMPLE.system())
        .inventories(SAMPLE.inventories()).calculationResults(SAMPLE.activity(2025).stream()
            .map(SAMPLE::calculate).toList()).inventory(y2025);
    assertEquals(sample.factors(), withGroups.factors());
    assertEquals(sample.byGas(), withGroups.byGas());
    assertEquals(false, withGroups.factors().isEmpty());
  }

  @Test
  void aCorrectedRecordIsLeftOutOfTheStreamToo() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    String row = text.lines().filter(l -> l.startsWith("A-2025-SZ-NG,")).findFirst()
        .orElseThrow();
    StringBuilder b = new StringBuilder(text.lines().findFirst().orElseThrow() + ",corrects\n");
    text.lines().skip(1).forEach(l -> b.append(l).append(",\n"));
    b.append(row.replace("A-2025-SZ-NG,", "A-2025-SZ-NG-FIX,")).append(",A-2025-SZ-NG\n");
    Files.writeString(dir.resolve("activity/2025.csv"), b.toString());
    Workspace w = new WorkspaceLoader(dir, null, 10).load();
    // the correction repeats the figure: the same inventories, the record counted once
    assertEquals(SAMPLE.inventories(), w.inventories());
    assertEquals(100, w.activityCount());
    try (Stream<ActivityRecord> s = w.activityStream()) {
      assertEquals(List.of("A-2025-SZ-NG-FIX"), s.filter(r -> r.id().startsWith("A-2025-SZ-NG"))
          .map(ActivityRecord::id).toList());
    }
  }

  @Test
  void eachOverlappingRecordIsReportedOnceAgainstTheRecordItFollows() throws IOException {
    SampleCopy.copyTo(dir);
    String text = read("activity/2025.csv");
    String row = text.lines().filter(l -> l.startsWith("A-2025-SZ-NG,")).findFirst()
        .orElseThrow();
    StringBuilder b = new StringBuilder(text);
    for (int m = 1; m <= 3; m++) {
      b.append(row.replace("A-2025-SZ-NG,", "A-2025-SZ-NG-M" + m + ",")
          .replace("2025-01-01", "2025-0" + m + "-01").replace("2025-12-31", "2025-0" + m
              + "-28")).append('\n');
    }
    Files.writeString(dir.resolve("activity/2025.csv"), b.toString());
    // the year and three months: three overlaps (each month with the year), not six pairs; the
    // month that starts with the year ends first, so the year overlaps it
    assertEquals(List.of(
        Problem.at("activity/2025.csv", 2, "records A-2025-SZ-NG-M1 (2025-01-01/2025-01-28)"
            + " and A-2025-SZ-NG (2025) of source S-SZ-NG-BOILER, meter MI-SZ-GAS-01 cover"
            + " overlapping periods; a figure is counted once: remove one, or name the record it"
            + " corrects in the corrects column"),
        Problem.at("activity/2025.csv", 23, "records A-2025-SZ-NG (2025) and A-2025-SZ-NG-M2"
            + " (2025-02-01/2025-02-28) of source S-SZ-NG-BOILER, meter MI-SZ-GAS-01 cover"
            + " overlapping periods; a figure is counted once: remove one, or name the record it"
            + " corrects in the corrects column"),
        Problem.at("activity/2025.csv", 24, "records A-2025-SZ-NG (2025) and A-2025-SZ-NG-M3"
            + " (2025-03-01/2025-03-28) of source S-SZ-NG-BOILER, meter MI-SZ-GAS-01 cover"
            + " overlapping periods; a figure is counted once: remove one, or name the record it"
            + " corrects in the corrects column")), problems());
  }
}
