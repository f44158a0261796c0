// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.cnms.quantification.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class FactorLibraryTest {

  private final FactorLibrary china = ReferenceData.chinaFactorLibrary();

  private static final String AVG = ReferenceData.GRID_AVERAGE;

  @Test
  void findsTheFactorOfTheRegionAndYear() {
    FactorLookup l = china.lookup(AVG, Optional.of("east (华东)"), ReportingPeriod.calendarYear(2022));
    assertTrue(l.isFound());
    assertEquals(List.of("CN-mee-nbs-average-east-2022"),
        l.factors().stream().map(EmissionFactor::id).toList());
    assertEquals(new BigDecimal("0.5617"), l.factors().get(0).value());
    assertEquals(List.of(), l.notes());
  }

  @Test
  void aRegionMatchesItsEnglishOrChinesePart() {
    for (String name : List.of("east", "华东", "EAST")) {
      FactorLookup l = china.lookup(AVG, Optional.of(name), ReportingPeriod.calendarYear(2023));
      assertEquals("CN-mee-nbs-average-east-2023", l.factors().get(0).id(), name);
    }
  }

  @Test
  void theDefaultRegionIsNational() {
    FactorLookup l = china.lookup(AVG, Optional.empty(), ReportingPeriod.calendarYear(2021));
    assertEquals(new BigDecimal("0.5568"), l.factors().get(0).value());
  }

  @Test
  void withoutRulesNoOtherRegionOrYearIsUsed() {
    FactorLookup region = china.lookup(AVG, Optional.of("east"), ReportingPeriod.calendarYear(2021));
    assertFalse(region.isFound());
    assertEquals("no factor applies to the activity period; the library has"
        + " CN-mee-nbs-average-east-2022 (data year 2022), CN-mee-nbs-average-east-2023"
        + " (data year 2023)", region.problem().get());
    FactorLookup year = china.lookup(AVG, Optional.empty(), ReportingPeriod.calendarYear(2024));
    assertFalse(year.isFound());
    FactorLookup key = china.lookup("electricity.grid.nope", Optional.empty(),
        ReportingPeriod.calendarYear(2022));
    assertEquals("library cnms-china-reference 2026.1 has no factor with this key",
        key.problem().get());
    FactorLookup tibet = china.lookup(AVG, Optional.of("tibet"), ReportingPeriod.calendarYear(2022));
    assertTrue(tibet.problem().get().startsWith(
        "library cnms-china-reference 2026.1 has factors of this key only for region(s) national,"
            + " north (华北)"), tibet.problem().get());
  }

  @Test
  void fallbackRulesAreAppliedOnlyWhenListedAndNoted() {
    FactorLibrary lenient = china.withFallbackRules(FallbackRule.NATIONAL_FOR_REGION,
        FallbackRule.LATEST_EARLIER_YEAR);
    FactorLookup tibet = lenient.lookup(AVG, Optional.of("tibet"),
        ReportingPeriod.calendarYear(2022));
    assertEquals("CN-mee-nbs-average-national-2022", tibet.factors().get(0).id());
    assertEquals(List.of("fallback NATIONAL_FOR_REGION: no factor for region tibet, national"
        + " factor used"), tibet.notes());
    FactorLookup later = lenient.lookup(AVG, Optional.of("east"), ReportingPeriod.calendarYear(2025));
    assertEquals("CN-mee-nbs-average-east-2023", later.factors().get(0).id());
    assertEquals(List.of("fallback LATEST_EARLIER_YEAR: no factor applies to 2025, factor of 2023"
        + " used"), later.notes());
    // never a later year: nothing of the MEE/NBS series is older than 2021
    FactorLookup earlier = lenient.lookup(AVG, Optional.empty(), ReportingPeriod.calendarYear(2019));
    assertFalse(earlier.isFound());
  }

  @Test
  void aFactorOutsideItsValidityPeriodIsNotUsed() {
    EmissionFactor f = EmissionFactor.builder().id("EF-NG-2024").key("natural-gas")
        .gas(GreenhouseGas.CO2).value(new BigDecimal("2.16"))
        .unit(UnitRegistry.standard().byCode("t"))
        .perUnit(UnitRegistry.standard().byCode("1e4Nm3"))
        .validFrom(LocalDate.of(2024, 1, 1)).validTo(LocalDate.of(2024, 12, 31))
        .provenance(Provenance.userSupplied("plant lab", "gas analysis 2024")).build();
    FactorLibrary lib = FactorLibrary.builder().name("site").version("1").addFactors(f).build();
    assertTrue(lib.lookup("natural-gas", Optional.empty(), ReportingPeriod.calendarYear(2024))
        .isFound());
    FactorLookup l = lib.lookup("natural-gas", Optional.empty(),
        ReportingPeriod.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31)));
    assertEquals("no factor applies to the activity period; the library has EF-NG-2024"
        + " (valid 2024-01-01 to 2024-12-31)", l.problem().get());
  }

  @Test
  void twoFactorsOfOneGasAreAnAmbiguityNotAChoice() {
    EmissionFactor a = china.factor("CN-mee-nbs-average-national-2022").get();
    FactorLibrary lib = FactorLibrary.builder().name("x").version("1")
        .addFactors(a, a.withId("copy")).build();
    FactorLookup l = lib.lookup(AVG, Optional.empty(), ReportingPeriod.calendarYear(2022));
    assertEquals("ambiguous: CN-mee-nbs-average-national-2022, copy all apply to CO2",
        l.problem().get());
  }

  @Test
  void invariantsNameTheFieldAndValue() {
    var b = EmissionFactor.builder().id("ef").key("k").value(BigDecimal.ONE)
        .unit(UnitRegistry.standard().byCode("tCO2e")).perUnit(UnitRegistry.standard().byCode("t"))
        .provenance(Provenance.userSupplied("a", "b")).gas(GreenhouseGas.CH4);
    var e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("EmissionFactor ef: unit must be a mass for a factor of CH4, but was 'tCO2e'",
        e.getMessage());
    var neg = assertThrows(IllegalArgumentException.class, () -> EmissionFactor.builder().id("ef")
        .key("k").value(new BigDecimal("-1")).unit(UnitRegistry.standard().byCode("tCO2e"))
        .perUnit(UnitRegistry.standard().byCode("t")).provenance(Provenance.userSupplied("a", "b"))
        .build());
    assertEquals("EmissionFactor.value must not be negative, but was -1", neg.getMessage());
    assertEquals("tCO2/MWh", china.factor("CN-mee-nbs-average-national-2022").get().unitText());
  }
}
