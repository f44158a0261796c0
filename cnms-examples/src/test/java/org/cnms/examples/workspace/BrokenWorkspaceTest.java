// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.Problem;
import org.cnms.examples.testing.SampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken copies of the sample: each gives a {@link WorkspaceException} whose problems name the
 * file, the line and what is wrong — never a stack trace of the parser.
 */
class BrokenWorkspaceTest {

  @TempDir
  Path dir;

  /** Copies the bundled sample into {@code dir}. */
  private Path copy() {
    return SampleCopy.copyTo(dir);
  }

  /** Replaces line {@code number} (1-based) of {@code file}, checking its old text. */
  private void replaceLine(String file, int number, String expected, String replacement) {
    try {
      Path p = dir.resolve(file);
      List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
      assertTrue(lines.get(number - 1).contains(expected), "line " + number + " of " + file
          + " is " + lines.get(number - 1));
      lines.set(number - 1, lines.get(number - 1).replace(expected, replacement));
      Files.write(p, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Problem> problems() {
    WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.load(dir));
    assertTrue(e.getMessage().startsWith(e.problems().size() + " problem(s) in the workspace:"),
        e.getMessage());
    return e.problems();
  }

  @Test
  void theCopyLoadsAsTheSample() {
    copy();
    Workspace w = Workspace.load(dir);
    assertEquals(Workspace.sample().inventories(), w.inventories());
  }

  @Test
  void aBadUnitInAnActivityCsvIsNamedWithFileAndLine() {
    copy();
    replaceLine("activity/2023.csv", 3, ",1e4Nm3,", ",1e4Nm4,");
    List<Problem> problems = problems();
    assertEquals(List.of(Problem.builder().source("activity/2023.csv").line(3).column(7)
        .field("unit").text("1e4Nm4").message("Unknown unit '1e4Nm4'").build()), problems);
    assertEquals("activity/2023.csv:3:7: unit: Unknown unit '1e4Nm4'",
        problems.get(0).toString());
  }

  @Test
  void aUnitOfTheWrongKindIsNamedWithFileAndLine() {
    copy();
    replaceLine("activity/2022.csv", 2, ",78.50,1e4Nm3,", ",78.50,kWh,");
    List<Problem> problems = problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("activity/2022.csv", problems.get(0).source().orElseThrow());
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).message().startsWith("record A-2022-SZ-NG: "),
        problems.get(0).message());
    assertTrue(problems.get(0).message().contains("kWh"), problems.get(0).message());
  }

  @Test
  void anUnknownSourceIsNamedWithFileAndLine() {
    copy();
    replaceLine("activity/2024.csv", 5, "S-HF-FORKLIFT,", "S-HF-FORKLIFT-2,");
    assertEquals(List.of("activity/2024.csv:5:2: source: Unknown source 'S-HF-FORKLIFT-2'"),
        problems().stream().map(Problem::toString).toList());
  }

  @Test
  void malformedYamlIsNamedWithFileAndLine() {
    copy();
    replaceLine("system.yaml", 25, "  kind: PLANT", "  kind: PLANT: big");
    List<Problem> problems = problems();
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals("system.yaml", p.source().orElseThrow());
    assertEquals(25, p.line());
    assertTrue(p.message().startsWith("malformed YAML at column "), p.message());
    assertTrue(p.message().contains("mapping values are not allowed here"), p.message());
  }

  @Test
  void anUnknownFieldIsNamedWithFileAndLine() {
    copy();
    replaceLine("system.yaml", 25, "  kind: PLANT", "  kynd: PLANT");
    Problem p = problems().get(0);
    assertEquals("system.yaml", p.source().orElseThrow());
    assertEquals(25, p.line());
    assertTrue(p.message().startsWith("at $.facilities[0].kynd: unknown field 'kynd'"),
        p.message());
  }

  @Test
  void anAlteredLedgerLineIsNamedWithFileAndLine() {
    copy();
    replaceLine("ledger.jsonl", 2, "\"amount\":\"86.50\"", "\"amount\":\"66.50\"");
    assertEquals(List.of(Problem.at("ledger.jsonl", 2, "the ledger does not verify: Entry 1"
        + " (event EV-2025-001) was altered: its content does not match its hash "
        + "f8953f74f12d456bf0ffbe80f30c87d894ce47b3d06ec4ea5b6fd98a006352be")), problems());
  }

  @Test
  void aMissingFactorIsNamedAtTheFirstRecordThatNeedsIt() {
    copy();
    replaceLine("activity/2025.csv", 16, "travel.air-rail.platform-mix",
        "travel.sea.platform-mix");
    List<Problem> problems = problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("activity/2025.csv", problems.get(0).source().orElseThrow());
    assertEquals(16, problems.get(0).line());
    assertTrue(problems.get(0).message().startsWith("missing factor: "),
        problems.get(0).message());
    assertTrue(problems.get(0).message().contains("travel.sea.platform-mix"),
        problems.get(0).message());
  }

  @Test
  void everyProblemOfEveryFileIsReportedAtOnce() {
    copy();
    replaceLine("workspace.yaml", 6, "baseYear: 2021", "baseYear: 2020");
    replaceLine("activity/2021.csv", 4, ",40.6,", ",-40.6,");
    replaceLine("activity/2021.csv", 10, ",kWh,", ",kWhh,");
    replaceLine("factors.csv", 7, ",0.115,", ",0.1x5,");
    List<Problem> problems = problems();
    assertEquals(List.of(
        "workspace.yaml:6: the base year 2020 is not one of the reporting years"
            + " [2021, 2022, 2023, 2024, 2025]",
        "factors.csv:7: value: not a number: '0.1x5'",
        "activity/2021.csv:4:6: amount: The amount must not be negative, but was -40.6",
        "activity/2021.csv:10:7: unit: Unknown unit 'kWhh'"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void aMissingFileIsAProblemNotAnException() {
    copy();
    try {
      Files.delete(dir.resolve("system.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(List.of(Problem.at("system.yaml", 0, "the file is missing")), problems());
  }
}
