// SPDX-License-Identifier: Apache-2.0
package org.cnms.pact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.method.ProductFootprint;

/** Footprints of a fictional supplier for the tests: seven, of three products and two plants. */
final class TestFootprints {

  static final String STEEL = "urn:pact:product:steel-bar";
  static final String ALU = "urn:pact:product:alu-ingot";
  static final String PIPE = "urn:pact:product:steel-pipe";
  static final String PLANT_A = "urn:pact:company:plant-a";
  static final String PLANT_B = "urn:pact:company:plant-b";

  private TestFootprints() {}

  /** Footprint i (0 to 6): products, plants, countries, years and statuses vary with i. */
  static ProductFootprint footprint(int i) {
    String product = List.of(STEEL, ALU, PIPE).get(i % 3);
    int year = 2020 + i;
    ProductFootprint.Builder b = ProductFootprint.builder()
        .id(String.format("00000000-0000-4000-8000-%012d", i + 1))
        .created(Instant.parse(year + 1 + "-02-01T00:00:00Z"))
        .status(i == 6 ? ProductFootprint.DEPRECATED : ProductFootprint.ACTIVE)
        .companyName("Fictional Metals " + (i % 2 == 0 ? "A" : "B"))
        .addCompanyIds(i % 2 == 0 ? PLANT_A : PLANT_B)
        .productDescription("product " + product)
        .addProductIds(product)
        .addProductClassifications("urn:cpc:41" + (i % 3))
        .productNameCompany("P" + i)
        .declaredUnit(UnitRegistry.standard().byCode("kg"))
        .declaredUnitAmount(BigDecimal.ONE)
        .productMassPerDeclaredUnit(BigDecimal.ONE)
        .referencePeriod(ReportingPeriod.calendarYear(year))
        .pcfExcludingBiogenicUptake(new BigDecimal("2." + i))
        .pcfIncludingBiogenicUptake(new BigDecimal("2." + i))
        .fossilGhgEmissions(new BigDecimal("2." + i))
        .fossilCarbonContent(BigDecimal.ZERO)
        .addIpccCharacterizationFactors("AR6")
        .addCrossSectoralStandards("ISO14067")
        .exemptedEmissionsPercent(BigDecimal.ZERO);
    if (i % 3 == 1) {
      b.geographyRegionOrSubregion("Eastern Asia");
    } else {
      b.geographyCountry(i < 3 ? "CN" : "DE");
    }
    if (i >= 4) {
      b.validityPeriodStart(Instant.parse(year + 1 + "-03-01T00:00:00Z"))
          .validityPeriodEnd(Instant.parse(year + 3 + "-03-01T00:00:00Z"));
    }
    return b.build();
  }

  static List<ProductFootprint> all() {
    List<ProductFootprint> out = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      out.add(footprint(i));
    }
    return out;
  }
}
