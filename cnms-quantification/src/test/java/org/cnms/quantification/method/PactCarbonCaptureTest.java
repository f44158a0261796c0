// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PACT v3 footprints with the carbon capture and utilisation properties and documented
 * extensions, and inputs of the wrong JSON kind: each is read into its property, written back
 * unchanged, or named as a problem at its path.
 */
class PactCarbonCaptureTest {

  private static ObjectNode example() {
    return (ObjectNode) PactSchema.resource("v3/example-4.json").deepCopy();
  }

  private static List<String> problems(ObjectNode doc) {
    return PactFootprints.problems(doc).stream()
        .map(p -> p.field().get() + ": " + p.message()).toList();
  }

  @Test
  void captureAndUtilisationPropertiesAreReadAndWrittenBack() {
    ObjectNode doc = example();
    ObjectNode pcf = (ObjectNode) doc.get("pcf");
    pcf.put("ccsTechnologicalCO2CaptureIncluded", true);
    pcf.put("ccsTechnologicalCO2Capture", "-0.012");
    pcf.put("technologicalCO2CaptureOrigin", "direct air capture at the plant");
    pcf.put("technologicalCO2Removals", "-0.004");
    pcf.put("ccuCarbonContent", "0.03");
    pcf.put("ccuCalculationApproach", "Credit");
    pcf.put("ccuCreditCertification", "https://registry.example.com/ccu/42");
    ObjectNode ext = doc.putArray("extensions").addObject();
    ext.put("specVersion", "2.0.0");
    ext.put("dataSchema", "https://reg.carbon-transparency.org/shipment/1.0.0/data-model.json");
    ext.put("documentation", "https://reg.carbon-transparency.org/shipment/1.0.0/README.md");
    ext.putObject("data").put("shipmentId", "S1");
    assertEquals(List.of(), PactSchema.v3().errors(doc));
    ProductFootprint pf = PactFootprints.fromTree(doc, null);
    assertEquals(true, pf.ccsTechnologicalCO2CaptureIncluded().get());
    assertEquals(new BigDecimal("-0.012"), pf.ccsTechnologicalCO2Capture().get());
    assertEquals("direct air capture at the plant", pf.technologicalCO2CaptureOrigin().get());
    assertEquals(new BigDecimal("-0.004"), pf.technologicalCO2Removals().get());
    assertEquals(new BigDecimal("0.03"), pf.ccuCarbonContent().get());
    assertEquals("Credit", pf.ccuCalculationApproach().get());
    assertEquals("https://registry.example.com/ccu/42", pf.ccuCreditCertification().get());
    assertEquals("https://reg.carbon-transparency.org/shipment/1.0.0/README.md",
        pf.extensions().get(0).documentation().get());
    assertEquals(doc, PactFootprints.toTree(pf));
  }

  @Test
  void periodsThatEndTooEarlyAreNamedAtTheirEnd() {
    ObjectNode doc = example();
    doc.put("validityPeriodEnd", "2020-01-01T00:00:00Z");
    ObjectNode pcf = (ObjectNode) doc.get("pcf");
    pcf.put("referencePeriodEnd", pcf.get("referencePeriodStart").asText());
    assertEquals(List.of("$.validityPeriodEnd: the validity period ends before it starts",
        "$.pcf.referencePeriodEnd: the reference period must end (exclusive) after it starts,"
            + " 2024-02-25T00:00:00Z"), problems(doc));
  }

  @Test
  void valuesOfTheWrongKindAreNamedByKind() {
    ObjectNode doc = example();
    doc.putArray("companyIds");
    doc.putArray("productIds").add("urn:pact:sample.com:product-id:44055-9c05bc35-68f8")
        .add(5).add("urn:pact:sample.com:product-id:44055-9c05bc35-68f8");
    doc.put("extensions", "none");
    ObjectNode pcf = (ObjectNode) doc.get("pcf");
    pcf.put("ccsTechnologicalCO2CaptureIncluded", "yes");
    pcf.putArray("dqi");
    ArrayNode rules = pcf.putArray("productOrSectorSpecificRules");
    rules.add(1).add(true).addArray();
    rules.add("PEF");
    rules.addNull();
    assertEquals(List.of(
        "$.companyIds: must be a non-empty array of strings",
        "$.productIds[1]: must be a non-empty string",
        "$.productIds[2]: 'urn:pact:sample.com:product-id:44055-9c05bc35-68f8' is given twice;"
            + " the items must be unique",
        "$.extensions: must be a non-empty array of objects",
        "$.pcf.ccsTechnologicalCO2CaptureIncluded: must be true or false, not a string",
        "$.pcf.productOrSectorSpecificRules[0]: must be a JSON object, not a number",
        "$.pcf.productOrSectorSpecificRules[1]: must be a JSON object, not a boolean",
        "$.pcf.productOrSectorSpecificRules[2]: must be a JSON object, not an array",
        "$.pcf.productOrSectorSpecificRules[3]: must be a JSON object, not a string",
        "$.pcf.productOrSectorSpecificRules[4]: must be a JSON object, not null",
        "$.pcf.dqi: must be a JSON object, not an array"), problems(doc));
    assertEquals("an object", PactFootprints.kind(doc));
  }

  @Test
  void eachDecimalTypeAcceptsItsBoundsAndNothingBeyond() {
    PactFootprints.Sign positive = PactFootprints.Sign.POSITIVE;
    assertEquals(false, positive.accepts(BigDecimal.ZERO));
    assertEquals(true, positive.accepts(new BigDecimal("0.001")));
    assertEquals(true, PactFootprints.Sign.NON_NEGATIVE.accepts(BigDecimal.ZERO));
    assertEquals(false, PactFootprints.Sign.NON_NEGATIVE.accepts(new BigDecimal("-0.001")));
    assertEquals(true, PactFootprints.Sign.NON_POSITIVE.accepts(BigDecimal.ZERO));
    assertEquals(false, PactFootprints.Sign.NON_POSITIVE.accepts(new BigDecimal("0.001")));
    PactFootprints.Sign percent = PactFootprints.Sign.PERCENTAGE;
    assertEquals(List.of(false, true, true, false), List.of(percent.accepts(
        new BigDecimal("-0.01")), percent.accepts(BigDecimal.ZERO),
        percent.accepts(new BigDecimal("100")), percent.accepts(new BigDecimal("100.01"))));
    PactFootprints.Sign dqr = PactFootprints.Sign.DQR;
    assertEquals(List.of(false, true, true, false), List.of(dqr.accepts(new BigDecimal("0.99")),
        dqr.accepts(BigDecimal.ONE), dqr.accepts(new BigDecimal("5")),
        dqr.accepts(new BigDecimal("5.01"))));
    ObjectNode doc = example();
    ((ObjectNode) doc.get("pcf")).put("declaredUnitAmount", "0");
    assertEquals(List.of("$.pcf.declaredUnitAmount: '0' is not a decimal above 0"),
        problems(doc));
  }

  @Test
  void aDecimalOfAThousandCharactersIsReadAndALongerOneIsNot() {
    String thousand = "0." + "0".repeat(997) + "1";
    assertEquals(1000, thousand.length());
    ObjectNode doc = example();
    ((ObjectNode) doc.get("pcf")).put("landAreaOccupation", thousand);
    assertEquals(new BigDecimal(thousand),
        PactFootprints.fromTree(doc, null).landAreaOccupation().get());
    ((ObjectNode) doc.get("pcf")).put("landAreaOccupation", thousand + "0");
    List<String> problems = problems(doc);
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).startsWith("$.pcf.landAreaOccupation: '0.000"));
    assertEquals(true, problems.get(0).endsWith("' is not a decimal string (digits, an optional"
        + " sign and fraction, e.g. \"12.5\")"), problems.get(0));
  }
}
