// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The footprints of the sample workspace shipped by cnms-examples are valid PACT v3 (the
 * specification's JSON Schema and our reader agree) and round-trip to the same JSON tree.
 */
class SampleFootprintsTest {

  private static final Path SAMPLE = Path.of("..", "cnms-examples", "src", "main", "resources",
      "org", "cnms", "examples", "sample", "footprints");

  @Test
  void everySampleFootprintIsValidV3AndRoundTrips() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SAMPLE)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(10, files.size(), "sample footprints in " + SAMPLE.toAbsolutePath());
    PactSchema schema = PactSchema.v3();
    for (Path f : files) {
      JsonNode tree = new ObjectMapper().readTree(f.toFile());
      assertEquals(List.of(), schema.errors(tree), f.toString());
      ProductFootprint pf = PactFootprints.fromTree(tree, f.toString());
      assertEquals(tree, PactFootprints.toTree(pf), f.toString());
      assertTrue(pf.unknownProperties().isEmpty() && pf.pcfUnknownProperties().isEmpty(),
          f + " holds properties v3 does not define");
    }
  }
}
