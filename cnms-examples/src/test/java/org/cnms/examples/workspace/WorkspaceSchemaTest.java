// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.schema.SchemaCheck;
import org.cnms.examples.testing.SampleCopy;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas of the files a user writes, from the three jars that ship them: the bundled
 * sample's workspace.yaml, system.yaml and every line of its ledger.jsonl validate, and a mutated
 * workspace.yaml fails at the path of the bad field, where loading the workspace fails too.
 */
class WorkspaceSchemaTest {

  static final SchemaCheck WORKSPACE = SchemaCheck.of(Workspace.class,
      "/org/cnms/examples/schema/workspace.schema.json");
  static final SchemaCheck SYSTEM = SchemaCheck.of(ManagementSystem.class,
      "/org/cnms/core/schema/management-system.schema.json");
  static final SchemaCheck LEDGER = SchemaCheck.of(LedgerEntry.class,
      "/org/cnms/assets/schema/ledger-entry.schema.json");

  static String sampleFile(String name) throws IOException {
    return Files.readString(SampleCopy.sampleDirectory().resolve(name));
  }

  @Test
  void theSchemaDescribesTheFieldsTheLoaderKnows() {
    Set<String> fields = Arrays.stream(WorkspaceFile.class.getRecordComponents())
        .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(WorkspaceLoader.WORKSPACE_FIELDS), fields);
    assertEquals(ReferenceData.gwpSets().stream().map(g -> g.name()).toList(),
        Arrays.stream(WorkspaceFile.GwpSetName.values()).map(Enum::name).toList());
    assertTrue(WORKSPACE.text().contains(
        "\"$id\" : \"https://cnms.org/schema/0.1/workspace.schema.json\""));
  }

  @Test
  void theBundledSampleValidates() throws IOException {
    assertEquals(List.of(), WORKSPACE.errorsOfYaml(sampleFile("workspace.yaml")));
    assertEquals(List.of(), SYSTEM.errorsOfYaml(sampleFile("system.yaml")));
    List<String> lines = sampleFile("ledger.jsonl").lines().filter(l -> !l.isBlank()).toList();
    assertEquals(5, lines.size());
    for (String line : lines) {
      assertEquals(List.of(), LEDGER.errorsOfJson(line), line);
    }
    Workspace.sample();
  }

  /** A sample whose workspace.yaml is mutated: the schema and the loader both reject it. */
  private static void rejected(Path dir, String from, String to, String path) throws IOException {
    Path copy = SampleCopy.copyTo(dir);
    String yaml = Files.readString(copy.resolve("workspace.yaml"));
    assertTrue(yaml.contains(from), () -> "not in the sample: " + from);
    String mutated = yaml.replace(from, to);
    Files.writeString(copy.resolve("workspace.yaml"), mutated);
    assertEquals(List.of(path), WORKSPACE.pathsOfYaml(mutated), () -> String.join("\n",
        WORKSPACE.errorsOfYaml(mutated)));
    assertThrows(WorkspaceException.class, () -> Workspace.load(copy));
  }

  @Test
  void aMisspelledFieldIsReportedAtTheRoot(@TempDir Path dir) throws IOException {
    rejected(dir, "\ngwpSet: AR5", "\ngwpset: AR5", "$");
  }

  @Test
  void aBaseYearInWordsIsReportedAtItsPath(@TempDir Path dir) throws IOException {
    rejected(dir, "baseYear: 2021", "baseYear: twenty-twenty-one", "$.baseYear");
  }

  @Test
  void aClaimWithoutAYearIsReportedAtTheClaim(@TempDir Path dir) throws IOException {
    rejected(dir, "  year: 2025", "  yr: 2025", "$.neutralityClaims[0]");
  }

  @Test
  void aYearThatIsNotANumberIsReportedAtItsPath(@TempDir Path dir) throws IOException {
    rejected(dir, "years: [2021, 2022,", "years: [2021, '2022a',", "$.years[1]");
  }
}
