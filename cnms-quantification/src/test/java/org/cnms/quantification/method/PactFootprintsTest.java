// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.method;

import static org.cnms.core.testing.CoreGen.*;
import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.cnms.quantification.testing.QuantGen.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PactFootprintsTest {

  static Gen<PactDataQuality> dqis() {
    Gen<java.util.Optional<BigDecimal>> dqr = optionals(Generate.range(100, 300)
        .map(n -> BigDecimal.valueOf(n, 2)));
    return in -> PactDataQuality.builder().coveragePercent(optionals(Generate.range(0, 100)
        .map(n -> BigDecimal.valueOf(n))).generate(in)).technologicalDQR(dqr.generate(in))
        .temporalDQR(dqr.generate(in)).geographicalDQR(dqr.generate(in))
        .completenessDQR(dqr.generate(in)).reliabilityDQR(dqr.generate(in)).build();
  }

  /** Footprints with every field PACT v3 requires, optional ones present or absent. */
  static Gen<ProductFootprint> footprints() {
    return in -> ProductFootprint.builder()
        .id(ids().generate(in))
        .created(Instant.ofEpochSecond(Generate.longRange(1_500_000_000L, 1_900_000_000L)
            .generate(in)))
        .companyName(texts().generate(in))
        .addAllCompanyIds(lists(ids().map(i -> "urn:pact:company:" + i), 1, 2).generate(in))
        .productDescription(texts().generate(in))
        .addAllProductIds(lists(ids().map(i -> "urn:pact:product:" + i), 1, 2).generate(in))
        .productNameCompany(texts().generate(in))
        .declaredUnit(UnitRegistry.standard().byCode(Generate.pick(List.of("L", "kg", "m3",
            "kWh", "MJ", "tkm", "m2", "pc", "h")).generate(in)))
        .declaredUnitAmount(positiveDecimals().generate(in))
        .productMassPerDeclaredUnit(decimals().generate(in))
        .referencePeriod(periods().generate(in))
        .geographyCountry(optionals(Generate.pick(List.of("CN", "DE", "US"))).generate(in))
        .pcfExcludingBiogenicUptake(decimals().generate(in))
        .pcfIncludingBiogenicUptake(decimals().generate(in))
        .fossilGhgEmissions(decimals().generate(in))
        .fossilCarbonContent(decimals().generate(in))
        .addAllIpccCharacterizationFactors(Generate.pick(List.of(List.of("AR6"),
            List.of("AR5"), List.of("AR5", "AR6"))).generate(in))
        .addAllCrossSectoralStandards(Generate.pick(List.of(List.<String>of(),
            List.of("ISO14067"), List.of("GHGP-Product", "ISO14067"))).generate(in))
        .exemptedEmissionsPercent(BigDecimal.valueOf(Generate.range(0, 500).generate(in), 1))
        .primaryDataShare(optionals(Generate.range(0, 1000).map(n -> BigDecimal.valueOf(n, 1)))
            .generate(in))
        .dataQuality(optionals(dqis()).generate(in))
        .comment(optionals(texts()).generate(in))
        .build();
  }

  @Test
  void footprintsRoundTripThroughPactAndOurOwnJson() {
    qt().forAll(footprints()).checkAssert(pf -> {
      assertEquals(pf, PactFootprints.fromJson(PactFootprints.toJson(pf)));
      assertRoundTrips(pf, ProductFootprint.class);
      assertRoundTrips(ProductFootprintMethod.of(pf), ActivityMethod.class);
    });
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
    String out = PactFootprints.toJson(pf);
    assertTrue(out.contains("\"pcfExcludingBiogenicUptake\" : \"42.0\""), out);
    assertTrue(out.contains("\"referencePeriodEnd\" : \"2025-01-01T00:00:00Z\""), out);
    assertTrue(out.contains("\"temporalDQR\" : \"2.50\""), out);
    assertEquals(pf, PactFootprints.fromJson(out));
  }

  @Test
  void badPactInputNamesEveryField() {
    String bad = SUPPLIER.replace("\"kilogram\"", "\"furlong\"").replace("\"42.0\"", "\"4x\"")
        .replace("\"productNameCompany\": \"AcmePP 1234\",", "");
    var e = assertThrows(IllegalArgumentException.class, () -> PactFootprints.fromJson(bad));
    assertEquals("Not a valid PACT v3 ProductFootprint: $.productNameCompany is required;"
        + " $.pcf.declaredUnitOfMeasurement: unknown declared unit 'furlong';"
        + " $.pcf.pcfExcludingBiogenicUptake: not a decimal string: '4x'", e.getMessage());
    ProductFootprint lacking = PactFootprints.fromJson(SUPPLIER.replace(
        "\"fossilCarbonContent\": \"8.5\",", ""));
    var w = assertThrows(IllegalArgumentException.class, () -> PactFootprints.toJson(lacking));
    assertEquals("Product footprint f8c3d912-7b4e-4a2c-b567-8e9f0a1b2c3d cannot be written as"
        + " PACT v3; it lacks fossilCarbonContent", w.getMessage());
  }
}
