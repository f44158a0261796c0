// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PactV2FootprintsTest {

  /** The footprints of a v2 example: its data, the items of its data or of its event's pfs. */
  static List<JsonNode> footprints(String example) {
    JsonNode data = PactSchema.resource("v2/" + example + ".json").get("data");
    List<JsonNode> out = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(out::add);
    } else if (data.has("pfs")) {
      data.get("pfs").forEach(out::add);
    } else {
      out.add(data);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"get-footprint-response", "list-footprints-response",
      "pf-response-event"})
  void everyV2ExampleIsMappedToV3(String example) {
    List<JsonNode> pfs = footprints(example);
    assertTrue(!pfs.isEmpty());
    for (JsonNode v2 : pfs) {
      ProductFootprint pf = PactV2Footprints.fromTree(v2, example);
      JsonNode pcf = v2.get("pcf");
      assertEquals(PactFootprints.SPEC_VERSION, pf.specVersion());
      assertEquals(v2.get("id").asText(), pf.id());
      assertEquals(pcf.get("declaredUnit").asText(), PactFootprints.pactUnit(pf.declaredUnit())
          .get());
      assertEquals(new BigDecimal(pcf.get("unitaryProductAmount").asText()),
          pf.declaredUnitAmount());
      assertEquals(new BigDecimal(pcf.get("pCfExcludingBiogenic").asText()),
          pf.pcfExcludingBiogenicUptake());
      assertEquals(new BigDecimal(pcf.get("exemptedEmissionsPercent").asText()),
          pf.exemptedEmissionsPercent().get());
      assertEquals(List.of("urn:cpc:" + v2.get("productCategoryCpc").asText()),
          pf.productClassifications());
      // what v3 removed is kept under its v2 name
      assertEquals(v2.get("version"), pf.unknownProperties().get("version"));
      assertEquals(pcf.get("dLucGhgEmissions"), pf.pcfUnknownProperties().get(
          "dLucGhgEmissions"));
      // a v2 document is not v3, and the v3 reader says how to read it
      var e = assertThrows(InterchangeException.class, () -> PactFootprints.fromTree(v2, null));
      assertTrue(e.getMessage().contains("read PACT v2.x with PactV2Footprints"));
      assertEquals(pf, PactV2Footprints.fromTreeOfAnyVersion(v2, null));
    }
  }

  @Test
  void theGetFootprintExampleInDetail() {
    ProductFootprint pf = PactV2Footprints.fromTree(footprints("get-footprint-response").get(0),
        null);
    assertEquals(new BigDecimal("1.85"), pf.pcfIncludingBiogenicUptake().get());
    assertEquals(List.of("AR6"), pf.ipccCharacterizationFactors());
    assertEquals(List.of("GHGP-Product", "ISO14067"), pf.crossSectoralStandards());
    // numbers in v2, exact decimals in v3
    assertEquals(new BigDecimal("12.9"), pf.primaryDataShare().get());
    assertEquals(new BigDecimal("78"), pf.dataQuality().get().coveragePercent().get());
    assertEquals(new BigDecimal("2.1"), pf.dataQuality().get().reliabilityDQR().get());
    assertEquals("", pf.verification().get().providerName().get());
    assertEquals("false", pf.verification().get().unknownProperties().get("assurance")
        .toString());
    assertEquals("Western Europe", pf.geographyRegionOrSubregion().get());
    assertEquals("S1234567890", pf.extensions().get(0).data().get("shipmentId").asText());
    // v3 made productMassPerDeclaredUnit mandatory; v2.0 did not have it
    var w = assertThrows(IllegalArgumentException.class, () -> PactFootprints.toJson(pf));
    assertEquals("Product footprint 91715e5e-fd0b-4d1c-8fab-76290c46e6ed cannot be written as"
        + " PACT v3; it lacks productMassPerDeclaredUnit", w.getMessage());
    ProductFootprint completed = pf.withProductMassPerDeclaredUnit(new BigDecimal("0.789"));
    assertEquals(completed, PactFootprints.fromTree(PactFootprints.toTree(completed), null));
  }

  @Test
  void v2ProblemsNameV2Paths() {
    var root = (com.fasterxml.jackson.databind.node.ObjectNode) footprints(
        "get-footprint-response").get(0).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("pcf"))
        .put("pCfExcludingBiogenic", "lots").remove("unitaryProductAmount");
    var e = assertThrows(InterchangeException.class, () -> PactV2Footprints.fromTree(root,
        "v2.json"));
    assertEquals(List.of("$.pcf.unitaryProductAmount", "$.pcf.pCfExcludingBiogenic"),
        e.problems().stream().map(p -> p.field().get()).toList());
  }

  @Test
  void aV3DocumentIsNotReadAsV2() {
    var root = (com.fasterxml.jackson.databind.node.ObjectNode) footprints(
        "get-footprint-response").get(0).deepCopy();
    root.put("specVersion", "3.0.0");
    var e = assertThrows(InterchangeException.class, () -> PactV2Footprints.fromTree(root,
        "v3.json"));
    assertEquals(List.of("$.specVersion: '3.0.0' is not a PACT v2.x version"), e.problems()
        .stream().map(p -> p.field().get() + ": " + p.message()).toList());
  }
}
