// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.units.MeasureUnit;
import org.junit.jupiter.api.Test;

class PerformanceIndicatorTest {

  private static final MeasureUnit T_CO2E = MeasureUnit.parse("tCO2e");

  private static PerformanceIndicator.Builder indicator(String id, IndicatorKind kind) {
    return PerformanceIndicator.builder().id(id).name("指标 " + id).kind(kind).unit(T_CO2E)
        .methodDescription("年度排放量除以产量");
  }

  @Test
  void intensityPerProductNamesItsDenominator() {
    PerformanceIndicator i = indicator("PI-1", IndicatorKind.INTENSITY_PER_PRODUCT)
        .denominator(IndicatorDenominator.of("吨熟料 / tonne of clinker", MeasureUnit.parse("吨")))
        .addRelevantVariables("熟料产量", "ambient temperature")
        .build();
    assertEquals("t", i.denominator().orElseThrow().unit().code());
    String json = CnmsJson.toJson(i);
    assertTrue(json.contains("\"unit\" : \"t\""), json);
    assertRoundTrips(i, PerformanceIndicator.class);
  }

  @Test
  void intensityWithoutDenominatorIsRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> indicator("PI-2", IndicatorKind.VALUE_CHAIN_INTENSITY).build());
    assertEquals("PerformanceIndicator PI-2 of kind VALUE_CHAIN_INTENSITY is an intensity and"
        + " needs a denominator", e.getMessage());
  }

  @Test
  void totalWithDenominatorIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> indicator("PI-3",
        IndicatorKind.TOTAL_EMISSIONS)
        .denominator(IndicatorDenominator.of("output", MeasureUnit.parse("万元"))).build());
    assertEquals("PerformanceIndicator PI-3 of kind TOTAL_EMISSIONS is not an intensity, but has"
        + " the denominator 'output' in 1e4CNY", e.getMessage());
  }

  @Test
  void outputValueIntensityNeedsMoney() {
    var e = assertThrows(IllegalArgumentException.class, () -> indicator("PI-4",
        IndicatorKind.INTENSITY_PER_OUTPUT_VALUE)
        .denominator(IndicatorDenominator.of("output", MeasureUnit.parse("t"))).build());
    assertEquals("PerformanceIndicator PI-4 is an intensity per output value, so its denominator"
        + " must be in money (e.g. 1e4CNY), but was in t", e.getMessage());
  }

  @Test
  void numeratorMustBeACo2eMass() {
    var e = assertThrows(IllegalArgumentException.class, () -> PerformanceIndicator.builder()
        .id("PI-5").name("total").kind(IndicatorKind.TOTAL_EMISSIONS)
        .unit(MeasureUnit.parse("kWh")).methodDescription("sum").build());
    assertEquals("PerformanceIndicator PI-5 of kind TOTAL_EMISSIONS measures a CO2e mass, so its"
        + " unit must be one (e.g. tCO2e), but was kWh", e.getMessage());
    PerformanceIndicator other = PerformanceIndicator.builder().id("PI-6").name("energy")
        .kind(IndicatorKind.OTHER).unit(MeasureUnit.parse("kWh")).methodDescription("meters")
        .build();
    assertEquals("kWh", other.unit().code());
  }

  @Test
  void categoryFacilityAndProductIndicatorsNameWhatTheyMeasure() {
    var c = assertThrows(IllegalArgumentException.class,
        () -> indicator("PI-7", IndicatorKind.CATEGORY_EMISSIONS).build());
    assertEquals("PerformanceIndicator PI-7 of kind CATEGORY_EMISSIONS needs a category",
        c.getMessage());
    var f = assertThrows(IllegalArgumentException.class,
        () -> indicator("PI-8", IndicatorKind.FACILITY_EMISSIONS).build());
    assertEquals("PerformanceIndicator PI-8 of kind FACILITY_EMISSIONS needs a facilityId",
        f.getMessage());
    var p = assertThrows(IllegalArgumentException.class, () -> indicator("PI-9",
        IndicatorKind.PRODUCT_FOOTPRINT)
        .denominator(IndicatorDenominator.of("t cement", MeasureUnit.parse("t"))).build());
    assertEquals("PerformanceIndicator PI-9 of kind PRODUCT_FOOTPRINT needs a productId",
        p.getMessage());
    assertEquals(EmissionCategory.TRANSPORTATION, indicator("PI-10",
        IndicatorKind.CATEGORY_EMISSIONS).category(EmissionCategory.TRANSPORTATION).build()
        .category().orElseThrow());
  }
}
