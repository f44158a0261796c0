// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import static org.cnms.quantification.calculation.Fixtures.SITE;
import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.factor.FactorLibrary;
import org.cnms.quantification.factor.FallbackRule;
import org.cnms.quantification.gwp.GwpSet;
import org.cnms.quantification.method.DirectMeasurementMethod;
import org.cnms.quantification.method.FuelCombustionMethod;
import org.cnms.quantification.method.ProductFootprint;
import org.cnms.quantification.method.ProductFootprintMethod;
import org.cnms.quantification.method.RemovalMethod;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class CalculatorDescriptionTest {

  private static final ReportingPeriod Y2022 = ReportingPeriod.calendarYear(2022);

  /** A library made as a workspace makes it: the reference first, its own factors after. */
  private static final FactorLibrary COMBINED = FactorLibrary.builder().name("own")
      .version("1 + " + ReferenceData.chinaFactorLibrary().nameAndVersion())
      .addAllFactors(ReferenceData.chinaFactorLibrary().factors())
      .addAllFactors(SITE.factors().stream().filter(f -> f.key().startsWith("test.")).toList())
      .addAllFuels(ReferenceData.chinaFactorLibrary().fuels())
      .addFallbackRules(FallbackRule.LATEST_EARLIER_YEAR).build();

  static ProductFootprint footprint(boolean complete) {
    ProductFootprint.Builder b = ProductFootprint.builder();
    b.id("3fa85f64-5717-4562-b3fc-2c963f66afa6").created(Instant.parse("2024-03-01T00:00:00Z"))
        .companyName("Steel Co").addCompanyIds("urn:pact:company:steel")
        .productDescription("hot-rolled coil").addProductIds("urn:pact:product:hrc")
        .productNameCompany("HRC").declaredUnit(UnitRegistry.standard().byCode("kg"))
        .declaredUnitAmount(new BigDecimal("1000"))
        .referencePeriod(ReportingPeriod.calendarYear(2023))
        .pcfExcludingBiogenicUptake(new BigDecimal("1890.50"))
        .addIpccCharacterizationFactors("AR6");
    if (complete) {
      b.productMassPerDeclaredUnit(new BigDecimal("1")).pcfIncludingBiogenicUptake(
          new BigDecimal("1890.50")).fossilGhgEmissions(new BigDecimal("1890.50"))
          .fossilCarbonContent(new BigDecimal("0")).addCrossSectoralStandards("ISO14067")
          .exemptedEmissionsPercent(new BigDecimal("0.5"));
    }
    return b.build();
  }

  private static Calculator calculator(FactorLibrary library, ProductFootprint pf) {
    return Calculator.builder().library(library).gwpSet(GwpSet.ar5()).minScale(14)
        .traceMode(TraceMode.FULL)
        .methodForKey("diesel", FuelCombustionMethod.of("diesel"))
        .methodForKey("test.wood", FuelCombustionMethod.builder().fuel("diesel")
            .measuredOxidationRatePercent(new BigDecimal("98.5")).build())
        .methodForSource("forest", RemovalMethod.byActivityKey())
        .methodForSource("cems", DirectMeasurementMethod.of(org.cnms.core.ghg.GreenhouseGas.CO2))
        .methodForSource("steel-in", ProductFootprintMethod.of(pf))
        .build();
  }

  @Test
  void workersRebuildTheSameCalculator() {
    Calculator c = calculator(COMBINED, footprint(true));
    String json = CalculatorDescription.describe(c);
    Calculator w = CalculatorDescription.rebuild(json);
    assertEquals(c.library(), w.library());
    assertEquals(c.gwpSet(), w.gwpSet());
    assertEquals(TraceMode.FULL, w.traceMode());
    assertEquals(14, w.minScale());
    assertEquals(c.defaultMethod(), w.defaultMethod());
    assertEquals(c.methodsBySource(), w.methodsBySource());
    assertEquals(c.methodsByKey(), w.methodsByKey());
    // the reference factors travel by name and version, only the own ones in full
    assertTrue(json.contains("\"reference\" : \"" + ReferenceData.chinaFactorLibrary()
        .nameAndVersion() + "\""), json);
    assertFalse(json.contains(ReferenceData.GRID_AVERAGE), json);
    assertTrue(json.contains("\"pactFootprint\""), json);
    assertTrue(json.contains("\"type\" : \"fuel-combustion\""), json);
    // and compute the same
    List<ActivityRecord> records = List.of(
        record("e1", "grid", EmissionCategory.PURCHASED_ENERGY, ReferenceData.GRID_AVERAGE,
            "1000", "kWh"),
        record("s1", "steel-in", EmissionCategory.PRODUCTS_USED, "steel", "12.5", "t"),
        record("d1", "truck", EmissionCategory.DIRECT, "diesel", "2.25", "t"),
        record("w1", "stove", EmissionCategory.DIRECT, "test.wood", "3", "t"));
    assertEquals(InventoryAccumulator.inventory(c, "i", Y2022, records.stream()),
        InventoryAccumulator.inventory(w, "i", Y2022, records.stream()));
  }

  @Test
  void aLibraryOfItsOwnIsWrittenWhole() {
    FactorLibrary own = FactorLibrary.builder().name("own").version("2")
        .addAllFactors(SITE.factors().stream().filter(f -> f.key().startsWith("test.")).toList())
        .build();
    Calculator c = Calculator.builder().library(own).gwpSet(GwpSet.ar6()).build();
    String json = CalculatorDescription.describe(c);
    assertFalse(json.contains("\"reference\""), json);
    Calculator w = CalculatorDescription.rebuild(json);
    assertEquals(own, w.library());
    assertEquals(GwpSet.ar6(), w.gwpSet());
    assertEquals(Calculator.DEFAULT_MIN_SCALE, w.minScale());
  }

  @Test
  void aMethodThatCannotBeDescribedFailsAtDescriptionTime() {
    Calculator c = calculator(SITE, footprint(false));
    var e = assertThrows(IllegalArgumentException.class,
        () -> CalculatorDescription.describe(c));
    assertTrue(e.getMessage().startsWith("The calculator cannot be described: the method of "
        + "source steel-in (product-footprint) cannot be written: Product footprint "
        + "3fa85f64-5717-4562-b3fc-2c963f66afa6 cannot be written as PACT v3; it lacks"),
        e.getMessage());
  }

  @Test
  void foreignDocumentsAreRefused() {
    String json = CalculatorDescription.describe(calculator(COMBINED, footprint(true)));
    var v = assertThrows(IllegalArgumentException.class, () -> CalculatorDescription.rebuild(
        json.replace("\"version\" : 1", "\"version\" : 9")));
    assertEquals("Calculator description version 9 is not supported; this release reads "
        + "version 1", v.getMessage());
    var r = assertThrows(IllegalArgumentException.class, () -> CalculatorDescription.rebuild(
        json.replace("\"reference\" : \"" + ReferenceData.LIBRARY_NAME + " ",
            "\"reference\" : \"" + ReferenceData.LIBRARY_NAME + " 1999.")));
    assertTrue(r.getMessage().startsWith("The calculator was described with reference library "
        + ReferenceData.LIBRARY_NAME + " 1999."), r.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CalculatorDescription.rebuild("{}"));
    assertThrows(IllegalArgumentException.class, () -> CalculatorDescription.rebuild("[x"));
  }
}
