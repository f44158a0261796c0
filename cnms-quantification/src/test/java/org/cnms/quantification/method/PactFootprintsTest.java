// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.cnms.core.testing.CoreGen.*;
import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.cnms.quantification.testing.QuantGen.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cnms.core.Problem;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PactFootprintsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Gen<String> uuids() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).zip(
        Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE), (a, b) -> new UUID(a, b).toString());
  }

  static Gen<PactDataQuality> dqis() {
    Gen<BigDecimal> dqr = Generate.range(100, 500).map(n -> BigDecimal.valueOf(n, 2));
    return in -> PactDataQuality.builder().technologicalDQR(dqr.generate(in))
        .temporalDQR(dqr.generate(in)).geographicalDQR(dqr.generate(in)).build();
  }

  /** Footprints with every field PACT v3 requires, optional ones present or absent. */
  static Gen<ProductFootprint> footprints() {
    return in -> ProductFootprint.builder()
        .id(uuids().generate(in))
        .addAllPrecedingPfIds(lists(uuids(), 0, 2).generate(in).stream().distinct().toList())
        .created(Instant.ofEpochSecond(Generate.longRange(1_500_000_000L, 1_900_000_000L)
            .generate(in)))
        .status(Generate.pick(List.of("Active", "Deprecated")).generate(in))
        .companyName(texts().generate(in))
        .addAllCompanyIds(lists(ids().map(i -> "urn:pact:company:" + i), 1, 2).generate(in)
            .stream().distinct().toList())
        .productDescription(texts().generate(in))
        .addAllProductIds(lists(ids().map(i -> "urn:pact:product:" + i), 1, 2).generate(in)
            .stream().distinct().toList())
        .productNameCompany(texts().generate(in))
        .declaredUnit(UnitRegistry.standard().byCode(Generate.pick(List.of("L", "kg", "m3",
            "kWh", "MJ", "tkm", "m2", "pc", "h")).generate(in)))
        .declaredUnitAmount(positiveDecimals().generate(in))
        .productMassPerDeclaredUnit(decimals().generate(in))
        .referencePeriod(periods().generate(in))
        .geographyCountry(optionals(Generate.pick(List.of("CN", "DE", "US"))).generate(in))
        .pcfExcludingBiogenicUptake(decimals().generate(in))
        .pcfIncludingBiogenicUptake(signedDecimals().generate(in))
        .fossilGhgEmissions(decimals().generate(in))
        .fossilCarbonContent(decimals().generate(in))
        .biogenicCO2Uptake(optionals(decimals().map((BigDecimal d) -> d.negate())).generate(in))
        .packagingEmissionsIncluded(optionals(Generate.booleans()).generate(in))
        .addAllIpccCharacterizationFactors(Generate.pick(List.of(List.of("AR6"),
            List.of("AR5"), List.of("AR5", "AR6"))).generate(in))
        .addAllCrossSectoralStandards(Generate.pick(List.of(List.of("ISO14067"),
            List.of("GHGP-Product", "ISO14067"))).generate(in))
        .exemptedEmissionsPercent(BigDecimal.valueOf(Generate.range(0, 500).generate(in), 1))
        .primaryDataShare(optionals(Generate.range(0, 1000).map(n -> BigDecimal.valueOf(n, 1)))
            .generate(in))
        .dataQuality(optionals(dqis()).generate(in))
        .comment(optionals(texts()).generate(in))
        .build();
  }

  @Test
  void footprintsRoundTripThroughPactAndOurOwnJson() {
    PactSchema schema = PactSchema.v3();
    qt().withExamples(300).forAll(footprints()).checkAssert(pf -> {
      assertEquals(pf, PactFootprints.fromJson(PactFootprints.toJson(pf)));
      assertEquals(List.of(), schema.errors(PactFootprints.toTree(pf)));
      assertRoundTrips(pf, ProductFootprint.class);
      assertRoundTrips(ProductFootprintMethod.of(pf), ActivityMethod.class);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-1", "example-2", "example-3", "example-4"})
  void theSpecificationsExamplesAreValidAndRoundTripToTheSameTree(String name) throws Exception {
    JsonNode example = PactSchema.resource("v3/" + name + ".json");
    assertEquals(List.of(), PactSchema.v3().errors(example));
    ProductFootprint pf = PactFootprints.fromTree(example, name);
    assertEquals(example, PactFootprints.toTree(pf));
    assertEquals(example, JSON.readTree(PactFootprints.toJson(pf)));
    assertRoundTrips(pf, ProductFootprint.class);
  }

  @Test
  void example1IsReadIntoEveryProperty() throws Exception {
    ProductFootprint pf = PactFootprints.fromTree(PactSchema.resource("v3/example-1.json"), null);
    assertEquals(Instant.parse("2027-12-31T00:00:00Z"), pf.validityPeriodEnd().get());
    assertEquals(List.of("urn:pact:productclassification:cas:1456"),
        pf.productClassifications());
    assertEquals("US-TX", pf.geographyCountrySubdivision().get());
    assertEquals(new BigDecimal("-1.61"), pf.biogenicCO2Uptake().get());
    assertEquals(new BigDecimal("0.41"), pf.landAreaOccupation().get());
    assertEquals(true, pf.packagingEmissionsIncluded().get());
    assertEquals("Other", pf.productOrSectorSpecificRules().get(0).operator());
    assertEquals("Ecoinvent", pf.secondaryEmissionFactorSources().get(0).name());
    assertEquals(new BigDecimal("3.2"), pf.dataQuality().get().geographicalDQR().get());
    // the example gives otherOperatorName on the pcf, where v3 does not define it: kept as is
    assertEquals("\"TfS\"", pf.pcfUnknownProperties().get("otherOperatorName").toString());
    assertEquals(ReportingPeriod.of(java.time.LocalDate.of(2024, 1, 1),
        java.time.LocalDate.of(2024, 12, 30)), pf.referencePeriod());
  }

  @Test
  void example2KeepsItsOffsetSpellingAndExample3ItsVerification() throws Exception {
    ProductFootprint two = PactFootprints.fromTree(PactSchema.resource("v3/example-2.json"),
        null);
    assertEquals(Instant.parse("2025-04-30T00:00:00Z"), two.created());
    assertEquals("2025-04-30T00:00:00+00:00", PactFootprints.toTree(two).get("created").asText());
    // once the value changes, the canonical spelling is written
    assertEquals("2025-05-01T00:00:00Z", PactFootprints.toTree(two.withCreated(
        Instant.parse("2025-05-01T00:00:00Z"))).get("created").asText());
    ProductFootprint three = PactFootprints.fromTree(PactSchema.resource("v3/example-3.json"),
        null);
    assertEquals("PCF calculation model", three.verification().get().coverage().get());
    assertEquals("pc", three.declaredUnit().code());
  }

  @Test
  void unknownPropertiesAndExtensionsAreKept() throws Exception {
    ObjectNode doc = (ObjectNode) PactSchema.resource("v3/example-4.json");
    doc.put("x-acme-batch", "B-77");
    ((ObjectNode) doc.get("pcf")).putObject("x-acme").put("n", 3);
    ObjectNode ext = doc.putArray("extensions").addObject();
    ext.put("specVersion", "2.0.0");
    ext.put("dataSchema", "https://reg.carbon-transparency.org/shipment/1.0.0/data-model.json");
    ext.putObject("data").put("shipmentId", "S1234567890").put("weight", 10);
    assertEquals(List.of(), PactSchema.v3().errors(doc));
    ProductFootprint pf = PactFootprints.fromTree(doc, null);
    assertEquals("S1234567890", pf.extensions().get(0).data().get("shipmentId").asText());
    assertEquals("\"B-77\"", pf.unknownProperties().get("x-acme-batch").toString());
    assertEquals(doc, PactFootprints.toTree(pf));
  }

  private static final String SUPPLIER = """
      {
        "id": "f8c3d912-7b4e-4a2c-b567-8e9f0a1b2c3d",
        "specVersion": "3.0.0",
        "created": "2025-02-01T00:00:00Z",
        "status": "Active",
        "companyName": "Acme Chemicals",
        "companyIds": ["urn:pact:company:customcode:buyer-assigned:acme"],
        "productDescription": "Polypropylene homopolymer",
        "productIds": ["urn:pact:product:customcode:buyer-assigned:PP-1234"],
        "productNameCompany": "AcmePP 1234",
        "pcf": {
          "declaredUnitOfMeasurement": "kilogram",
          "declaredUnitAmount": "10",
          "productMassPerDeclaredUnit": "1.000",
          "referencePeriodStart": "2024-01-01T00:00:00Z",
          "referencePeriodEnd": "2025-01-01T00:00:00Z",
          "geographyCountry": "DE",
          "pcfExcludingBiogenicUptake": "42.0",
          "pcfIncludingBiogenicUptake": "40.5",
          "fossilGhgEmissions": "41.2",
          "fossilCarbonContent": "8.5",
          "ipccCharacterizationFactors": ["AR6"],
          "crossSectoralStandards": ["ISO14067"],
          "exemptedEmissionsPercent": "1.5",
          "primaryDataShare": "62.5",
          "dqi": {"technologicalDQR": "2.0", "geographicalDQR": "1.5", "temporalDQR": "2.50"}
        }
      }""";

  @Test
  void aSuppliersFootprintIsReadExactly() {
    ProductFootprint pf = PactFootprints.fromJson(SUPPLIER);
    assertEquals(new BigDecimal("42.0"), pf.pcfExcludingBiogenicUptake());
    assertEquals(ReportingPeriod.calendarYear(2024), pf.referencePeriod());
    assertEquals(List.of("AR6"), pf.ipccCharacterizationFactors());
    assertEquals(new BigDecimal("2.50"), pf.dataQuality().get().temporalDQR().get());
    assertEquals("kg", pf.declaredUnit().code());
    assertEquals(Instant.parse("2028-01-01T00:00:00Z"), pf.validUntil());
    String out = PactFootprints.toJson(pf);
    assertTrue(out.contains("\"pcfExcludingBiogenicUptake\" : \"42.0\""), out);
    assertTrue(out.contains("\"referencePeriodEnd\" : \"2025-01-01T00:00:00Z\""), out);
    assertTrue(out.contains("\"temporalDQR\" : \"2.50\""), out);
    assertEquals(pf, PactFootprints.fromJson(out));
  }

  @Test
  void badPactInputNamesEveryProblemWithItsPath() {
    String bad = SUPPLIER.replace("\"kilogram\"", "\"furlong\"").replace("\"42.0\"", "\"4x\"")
        .replace("\"productNameCompany\": \"AcmePP 1234\",", "")
        .replace("\"exemptedEmissionsPercent\": \"1.5\",", "")
        .replace("\"3.0.0\"", "\"2.2.0\"").replace("\"DE\"", "\"Germany\"")
        .replace("\"8.5\"", "\"-8.5\"").replace("\"40.5\"", "40.5")
        .replace("\"urn:pact:company:customcode:buyer-assigned:acme\"", "\"acme\"")
        .replace("\"temporalDQR\": \"2.50\"", "\"temporalDQR\": \"7\"");
    var e = assertThrows(InterchangeException.class, () -> PactFootprints.fromJson(bad, "a.json"));
    assertEquals(List.of(
        "$.specVersion: '2.2.0' is not a PACT v3 version (3.x.y); read PACT v2.x with"
            + " PactV2Footprints",
        "$.companyIds[0]: 'acme' is not a URN",
        "$.productNameCompany: is required",
        "$.pcf.declaredUnitOfMeasurement: 'furlong' is not one of liter, kilogram, cubic meter,"
            + " kilowatt hour, megajoule, ton kilometer, square meter, piece, hour, megabit second",
        "$.pcf.geographyCountry: 'Germany' is not an ISO 3166-1 alpha-2 code",
        "$.pcf.pcfExcludingBiogenicUptake: '4x' is not a decimal string (digits, an optional"
            + " sign and fraction, e.g. \"12.5\")",
        "$.pcf.pcfIncludingBiogenicUptake: must be a JSON string, not a number",
        "$.pcf.fossilCarbonContent: '-8.5' is not a decimal of at least 0",
        "$.pcf.exemptedEmissionsPercent: is required",
        "$.pcf.dqi.temporalDQR: '7' is not a data quality rating from 1 to 5"),
        e.problems().stream().map(p -> p.field().get() + ": " + p.message()).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.source().get().equals("a.json")));
    assertEquals("$.specVersion", e.path());
    // the schema finds the same places wrong
    List<String> schemaPaths = PactSchema.v3().paths(bad);
    for (Problem p : e.problems()) {
      if (!p.field().get().equals("$.specVersion")) {
        assertTrue(schemaPaths.stream().anyMatch(s -> s.startsWith(p.field().get())
            || p.field().get().startsWith(s)), p + " not in " + schemaPaths);
      }
    }
  }

  @Test
  void aFootprintLackingWhatV3RequiresIsNotWritten() {
    ProductFootprint lacking = PactFootprints.fromJson(SUPPLIER).withFossilCarbonContent(
        java.util.Optional.empty()).withExemptedEmissionsPercent(java.util.Optional.empty());
    var w = assertThrows(IllegalArgumentException.class, () -> PactFootprints.toJson(lacking));
    assertEquals("Product footprint f8c3d912-7b4e-4a2c-b567-8e9f0a1b2c3d cannot be written as"
        + " PACT v3; it lacks fossilCarbonContent, exemptedEmissionsPercent", w.getMessage());
  }

  @Test
  void moreThanOneGeographyNullsAndDuplicatesAreRefused() {
    String bad = SUPPLIER.replace("\"geographyCountry\": \"DE\",",
        "\"geographyCountry\": \"DE\", \"geographyRegionOrSubregion\": \"Europe\",")
        .replace("\"Polypropylene homopolymer\"", "null")
        .replace("[\"ISO14067\"]", "[\"ISO14067\", \"ISO14067\"]");
    var e = assertThrows(InterchangeException.class, () -> PactFootprints.fromJson(bad));
    assertEquals(List.of("$.productDescription", "$.pcf", "$.pcf.crossSectoralStandards[1]"),
        e.problems().stream().map(p -> p.field().get()).toList());
    assertEquals(3, PactFootprints.problems(PactSchema.json(bad)).size());
    assertEquals(List.of(), PactFootprints.problems(PactSchema.json(SUPPLIER)));
  }

  @Test
  void aLeadingPlusIsKeptAndNotJsonIsOneProblem() {
    ProductFootprint pf = PactFootprints.fromJson(SUPPLIER.replace("\"41.2\"", "\"+41.2\""));
    assertEquals(new BigDecimal("41.2"), pf.fossilGhgEmissions().get());
    assertEquals("+41.2", PactFootprints.toTree(pf).get("pcf").get("fossilGhgEmissions")
        .asText());
    var e = assertThrows(InterchangeException.class, () -> PactFootprints.fromJson("{\"id\":"));
    assertEquals(1, e.problems().size());
    assertEquals(1, e.line());
  }

  @Test
  void aDeprecatedOrExpiredFootprintIsRefusedAsAFactorUnlessAllowed() {
    ProductFootprint pf = PactFootprints.fromJson(SUPPLIER);
    // reference period 2024, no validity period: valid until 2028-01-01 (three years after
    // 2025-01-01, the exclusive end of the reference period)
    MethodContext in2027 = context(ReportingPeriod.calendarYear(2027));
    MethodContext in2028 = context(ReportingPeriod.calendarYear(2028));
    assertEquals(1, ProductFootprintMethod.of(pf).prepare(in2027).size());
    var expired = assertThrows(IllegalArgumentException.class,
        () -> ProductFootprintMethod.of(pf).prepare(in2028));
    assertEquals("Product footprint f8c3d912-7b4e-4a2c-b567-8e9f0a1b2c3d of Acme Chemicals is"
        + " valid until 2028-01-01T00:00:00Z, before the end of the activity period 2028 of"
        + " source s1; ask the supplier for a current footprint, or build the method with"
        + " allowExpired(true)", expired.getMessage());
    assertEquals(1, ProductFootprintMethod.builder().footprint(pf).allowExpired(true).build()
        .prepare(in2028).size());
    // a declared validity period wins over the default
    ProductFootprint shortLived = pf.withValidityPeriodEnd(Instant.parse("2026-06-30T00:00:00Z"));
    assertThrows(IllegalArgumentException.class,
        () -> ProductFootprintMethod.of(shortLived).prepare(in2027));
    ProductFootprint deprecated = pf.withStatus(ProductFootprint.DEPRECATED);
    var d = assertThrows(IllegalArgumentException.class,
        () -> ProductFootprintMethod.of(deprecated).prepare(in2027));
    assertEquals("Product footprint f8c3d912-7b4e-4a2c-b567-8e9f0a1b2c3d of Acme Chemicals for"
        + " source s1 is Deprecated and should not be used; use its successor, or build the"
        + " method with allowDeprecated(true)", d.getMessage());
    assertEquals(1, ProductFootprintMethod.builder().footprint(deprecated).allowDeprecated(true)
        .build().prepare(in2027).size());
  }

  private static MethodContext context(ReportingPeriod period) {
    return new MethodContext(org.cnms.quantification.factor.FactorLibrary.builder()
        .name("none").version("1").build(),
        org.cnms.quantification.gwp.GwpSet.ar6(), "s1", "r1", "pp", UnitRegistry.standard()
        .byCode("kg"), java.util.Optional.empty(), period);
  }
}
