// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.sample.SampleSystem;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.schema.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of system.yaml, generated from {@link ManagementSystem} at build time and
 * shipped in the jar: the golden sample validates, and each kind of mistake is reported at the
 * path of the bad field — where the SDK's reader also rejects it.
 */
class ManagementSystemSchemaTest {

  static final String RESOURCE = "/org/cnms/core/schema/management-system.schema.json";
  static final SchemaCheck SCHEMA = SchemaCheck.of(ManagementSystem.class, RESOURCE);

  static String sample() throws IOException {
    try (InputStream in = SampleSystem.class.getResourceAsStream(SampleSystem.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSchemaSaysWhatItIs() {
    assertTrue(SCHEMA.text().contains(
        "\"$id\" : \"https://cnms.org/schema/0.1/management-system.schema.json\""));
    assertTrue(SCHEMA.text().contains(
        "\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @Test
  void theGoldenSampleValidates() throws IOException {
    String yaml = sample();
    CnmsJson.fromYaml(yaml, ManagementSystem.class);
    assertEquals(List.of(), SCHEMA.errorsOfYaml(yaml));
  }

  /** A mutated sample: the schema names the path of the bad field, and the SDK rejects it too. */
  private static void rejected(String mutated, String path) {
    assertEquals(List.of(path), SCHEMA.pathsOfYaml(mutated), () -> String.join("\n",
        SCHEMA.errorsOfYaml(mutated)));
    assertThrows(InterchangeException.class,
        () -> CnmsJson.fromYaml(mutated, ManagementSystem.class));
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, () -> "not in the sample: " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  @Test
  void aMisspelledFieldIsReportedAtItsObject() throws IOException {
    String mutated = replaceOnce(sample(), "    approvedOn: '2021-06-01'",
        "    approvedDate: '2021-06-01'");
    assertEquals(List.of("$.policies[0].approval"), SCHEMA.pathsOfYaml(mutated));
    assertTrue(SCHEMA.errorsOfYaml(mutated).stream().anyMatch(e -> e.contains("approvedDate")),
        () -> SCHEMA.errorsOfYaml(mutated).toString());
    assertThrows(InterchangeException.class,
        () -> CnmsJson.fromYaml(mutated, ManagementSystem.class));
  }

  @Test
  void aWrongEnumValueIsReportedAtItsPath() throws IOException {
    rejected(replaceOnce(sample(), "  - SUITS_BUSINESS_AND_STRATEGY\n",
        "  - SUITS_BUSINESS\n"), "$.policies[0].items[0]");
  }

  @Test
  void aTextWhereADateIsNeededIsReportedAtItsPath() throws IOException {
    rejected(replaceOnce(sample(), "    approvedOn: '2021-06-01'", "    approvedOn: [2021]"),
        "$.policies[0].approval.approvedOn");
  }

  @Test
  void aMissingRequiredFieldIsReportedAtItsObject() throws IOException {
    rejected(replaceOnce(sample(), "  versionLabel: A/0\n", ""), "$.policies[0]");
  }

  @Test
  void aDecimalThatIsNotANumberIsReportedAtItsPath() throws IOException {
    rejected(replaceOnce(sample(), "    gasTonnes: '1729.75'", "    gasTonnes: 'twelve'"),
        "$.inventories[0].lines[0].gasTonnes");
  }

  @Test
  void aDecimalIsWrittenAsAStringAndReadFromANumberToo() throws IOException {
    String mutated = replaceOnce(sample(), "    gasTonnes: '1729.75'", "    gasTonnes: 1729.75");
    assertEquals(List.of(), SCHEMA.errorsOfYaml(mutated));
    CnmsJson.fromYaml(mutated, ManagementSystem.class);
  }
}
