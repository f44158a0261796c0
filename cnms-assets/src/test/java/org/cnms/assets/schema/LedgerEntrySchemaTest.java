// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cnms.assets.ledger.LedgerEntry;
import org.cnms.assets.ledger.LedgerJsonLines;
import org.cnms.core.testing.schema.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of one line of a carbon-asset ledger (ledger.jsonl), generated from
 * {@link LedgerEntry} and its events at build time and shipped in the jar: every line of the
 * golden ledgers (hash chain versions 1 and 2) validates, and a bad event is reported at the path
 * of the bad field, where the SDK's reader also rejects it.
 */
class LedgerEntrySchemaTest {

  static final String RESOURCE = "/org/cnms/assets/schema/ledger-entry.schema.json";
  static final SchemaCheck SCHEMA = SchemaCheck.of(LedgerEntry.class, RESOURCE);
  static final String GOLDEN = "/org/cnms/assets/ledger/golden-ledger.jsonl";
  static final String GOLDEN_V2 = "/org/cnms/assets/ledger/golden-ledger-v2.jsonl";
  static final String VECTORS = "/org/cnms/assets/ledger/chain-v2-vectors.json";

  static String resource(String name) throws IOException {
    try (InputStream in = LedgerEntrySchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> lines(String name) throws IOException {
    return resource(name).lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void theSchemaSaysWhatItIs() {
    assertTrue(SCHEMA.text().contains(
        "\"$id\" : \"https://cnms.org/schema/0.1/ledger-entry.schema.json\""));
  }

  @Test
  void everyLineOfTheGoldenLedgersValidates() throws IOException {
    List<String> all = new ArrayList<>(lines(GOLDEN));
    all.addAll(lines(GOLDEN_V2));
    for (JsonNode vector : new ObjectMapper().readTree(resource(VECTORS))) {
      all.add(vector.get("line").asText());
    }
    assertEquals(31, all.size());
    for (String line : all) {
      LedgerJsonLines.parseLine(line);
      assertEquals(List.of(), SCHEMA.errorsOfJson(line), line);
    }
  }

  /** A mutated line: the schema names the path of the bad field, and the SDK rejects it too. */
  private static void rejected(String line, String path) {
    assertEquals(List.of(path), SCHEMA.pathsOfJson(line), () -> String.join("\n",
        SCHEMA.errorsOfJson(line)));
    assertThrows(IllegalArgumentException.class, () -> LedgerJsonLines.parseLine(line));
  }

  private static String acquired() throws IOException {
    return lines(GOLDEN_V2).stream().filter(l -> l.contains("\"type\":\"Acquired\""))
        .findFirst().orElseThrow();
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, () -> "not in the line: " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  @Test
  void aPriceThatIsNotADecimalIsReportedAtItsPath() throws IOException {
    String line = acquired();
    int amount = line.indexOf("\"amount\":\"");
    int end = line.indexOf('"', amount + 10);
    rejected(line.substring(0, amount) + "\"amount\":\"cheap\"" + line.substring(end + 1),
        "$.event.price.amount");
  }

  @Test
  void anUnknownEventTypeIsReportedAtItsPath() throws IOException {
    rejected(replaceOnce(acquired(), "\"type\":\"Acquired\"", "\"type\":\"Bought\""),
        "$.event.type");
  }

  @Test
  void aFieldOfAnotherEventTypeIsReportedAtTheEvent() throws IOException {
    String line = replaceOnce(acquired(), "\"counterparty\":", "\"issuer\":");
    List<String> errors = SCHEMA.errorsOfJson(line);
    assertEquals(List.of("$.event"), SCHEMA.pathsOfJson(line), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.contains("issuer")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.contains("counterparty")), errors::toString);
    assertThrows(IllegalArgumentException.class, () -> LedgerJsonLines.parseLine(line));
  }

  @Test
  void aWrongOriginIsReportedAtItsPath() throws IOException {
    rejected(replaceOnce(acquired(), "\"origin\":\"OUTSIDE_BOUNDARY\"",
        "\"origin\":\"OUTSIDE\""), "$.event.block.origin");
  }

  @Test
  void aVintageWrittenAsWordsIsReportedAtItsPath() throws IOException {
    String line = acquired();
    int vintage = line.indexOf("\"vintage\":");
    int end = line.indexOf(',', vintage);
    rejected(line.substring(0, vintage) + "\"vintage\":\"last year\"" + line.substring(end),
        "$.event.block.vintage");
  }
}
