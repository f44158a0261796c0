// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnms.core.Problem;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.BoundaryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How records are read from JSON and YAML: decimals, files by extension, and the errors. */
class JsonReadingTest {

  private static final InventoryLine LINE = InventoryLine.builder().sourceId("boiler")
      .facilityId("plant-1").category(EmissionCategory.DIRECT).gas(GreenhouseGas.CH4)
      .kind(LineKind.EMISSION).gasTonnes(new BigDecimal("0.01")).co2e(Co2e.tonnes("0.28"))
      .build();

  private static InventoryLine lineWithGasTonnes(String rawJsonValue) throws Exception {
    ObjectNode tree = (ObjectNode) CnmsJson.newJsonMapper().readTree(CnmsJson.toJson(LINE));
    String json = tree.toString().replace(
        "\"gasTonnes\":" + tree.get("gasTonnes").toString(), "\"gasTonnes\":" + rawJsonValue);
    return CnmsJson.fromJson(json, InventoryLine.class);
  }

  @Test
  void aDecimalReadsFromAnIntegerAFractionOrAString() throws Exception {
    assertEquals(new BigDecimal("3"), lineWithGasTonnes("3").gasTonnes());
    assertEquals(new BigDecimal("0.0125"), lineWithGasTonnes("0.0125").gasTonnes());
    assertEquals(new BigDecimal("0.0125"), lineWithGasTonnes("\"0.0125\"").gasTonnes());
    assertEquals(new BigDecimal("51"), CnmsJson.fromJson(
        "{\"facilityId\":\"p\",\"equitySharePercent\":51}", BoundaryEntry.class)
        .equitySharePercent().orElseThrow());
    assertEquals(new BigDecimal("51.5"), CnmsJson.fromJson(
        "{\"facilityId\":\"p\",\"equitySharePercent\":\"51.5\"}", BoundaryEntry.class)
        .equitySharePercent().orElseThrow());
  }

  @Test
  void aDecimalOfMoreThanAThousandDigitsIsRefusedInAnyField() {
    for (String raw : List.of("1e1001", "\"1e1001\"")) {
      var e = assertThrows(InterchangeException.class, () -> lineWithGasTonnes(raw));
      assertTrue(e.getMessage().contains("at most 1000 digits before or after"), e.getMessage());
      assertEquals("$.gasTonnes", e.path());
    }
    var e = assertThrows(InterchangeException.class, () -> CnmsJson.fromJson(
        "{\"facilityId\":\"p\",\"equitySharePercent\":\"1e-1001\"}", BoundaryEntry.class));
    assertTrue(e.getMessage().contains("at most 1000 digits before or after"), e.getMessage());
    e = assertThrows(InterchangeException.class, () -> CnmsJson.fromJson(
        "{\"facilityId\":\"p\",\"equitySharePercent\":1e-1001}", BoundaryEntry.class));
    assertTrue(e.getMessage().contains("at most 1000 digits before or after"), e.getMessage());
  }

  @Test
  void aJsonFileIsReadAsJsonAndAnyOtherAsYaml(@TempDir Path dir) throws Exception {
    Path yaml = Files.writeString(dir.resolve("entry.yaml"), "facilityId: plant-1\n");
    assertEquals(BoundaryEntry.of("plant-1"), CnmsJson.read(yaml, BoundaryEntry.class));
    Path json = Files.writeString(dir.resolve("entry.json"), "{\"facilityId\": \"plant-1\"}");
    assertEquals(BoundaryEntry.of("plant-1"), CnmsJson.read(json, BoundaryEntry.class));
    Path yamlInJson = Files.writeString(dir.resolve("wrong.json"), "facilityId: plant-1\n");
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.read(yamlInJson, BoundaryEntry.class));
    assertEquals(yamlInJson.toString(), e.source().orElseThrow());
    assertTrue(e.getMessage().startsWith(yamlInJson + ":1:"), e.getMessage());
  }

  @Test
  void anErrorWithoutAPlaceNamesNoSource() {
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson("{\"facilityId\": \"a b\"}", BoundaryEntry.class));
    assertTrue(e.source().isEmpty());
    assertTrue(e.getMessage().startsWith("1:"), e.getMessage());
  }

  @Test
  void anInterchangeExceptionHasAtLeastOneProblem() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new InterchangeException("a.yaml", List.of(), "nothing"));
    assertEquals("An InterchangeException needs at least one problem", e.getMessage());
    InterchangeException one = new InterchangeException("a.yaml", List.of(Problem.builder()
        .line(3).column(4).field("$.id").message("bad").build()), "a.yaml:3:4: bad");
    assertEquals("a.yaml", one.source().orElseThrow());
    assertEquals("$.id", one.path());
    assertEquals(3, one.line());
    assertEquals(4, one.column());
    assertEquals("bad", one.problem());
  }
}
