// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.UnitRegistry;
import org.junit.jupiter.api.Test;

/** Every column of a factor CSV read into its property, and the rules of a factor's validity. */
class FactorColumnsTest {

  private static final String HEADER = "id,key,gas,value,unit,per_unit,region,data_year,valid_from,"
      + "valid_to,biogenic,publisher,document,table,edition,status,note\n";

  @Test
  void everyOptionalColumnIsRead() {
    String csv = HEADER
        + "WOOD-23,wood.chips,CO2,0.112,t,GJ,east (华东),2023,2023-01-01,2023-12-31,true,MEE,"
        + "Guidelines for the paper industry,Table 3,2019,single source,measured at the mill\n";
    FactorLibrary lib = FactorCsv.read(new StringReader(csv), "site", "1");
    EmissionFactor f = lib.factor("WOOD-23").get();
    assertEquals("wood.chips", f.key());
    assertEquals(new BigDecimal("0.112"), f.value());
    assertEquals("east (华东)", f.region());
    assertEquals(2023, f.dataYear().get());
    assertEquals(LocalDate.of(2023, 1, 1), f.validFrom().get());
    assertEquals(LocalDate.of(2023, 12, 31), f.validTo().get());
    assertTrue(f.biogenic());
    Provenance p = f.provenance();
    assertEquals("Table 3", p.table().get());
    assertEquals("2019", p.edition().get());
    assertEquals("measured at the mill", p.note().get());
    assertEquals(SourceStatus.SINGLE_SOURCE, p.status());
    assertEquals("MEE, Guidelines for the paper industry, Table 3, 2019 (single source)",
        p.cite());
  }

  @Test
  void aRowEndingBeforeItsOptionalColumnsIsAFactorWithoutThem() {
    String csv = HEADER + "NG,natural-gas,CO2,2.16,t,1e4Nm3,,,,,,lab,report 7\n";
    EmissionFactor f = FactorCsv.read(new StringReader(csv), "site", "1").factor("NG").get();
    assertEquals(new BigDecimal("2.16"), f.value());
    assertFalse(f.biogenic());
    assertEquals(false, f.provenance().table().isPresent());
    assertEquals(false, f.provenance().note().isPresent());
    assertEquals(SourceStatus.USER_SUPPLIED, f.provenance().status());
    assertEquals("lab, report 7 (user supplied)", f.provenance().cite());
  }

  @Test
  void statusesAreReadByTheirFirstWord() {
    assertEquals(SourceStatus.CONFIRMED, SourceStatus.parse(" Confirmed (two sources)"));
    assertEquals(SourceStatus.SINGLE_SOURCE, SourceStatus.parse("single"));
    assertEquals(SourceStatus.CONFLICT, SourceStatus.parse("conflict: 26.1 vs 26.18"));
    assertEquals(SourceStatus.USER_SUPPLIED, SourceStatus.parse("user supplied"));
    assertEquals("Unknown source status 'guessed'; expected confirmed, single source, conflict or"
        + " user supplied", assertThrows(IllegalArgumentException.class,
            () -> SourceStatus.parse("guessed")).getMessage());
  }

  private static EmissionFactor.Builder factor() {
    UnitRegistry units = UnitRegistry.standard();
    return EmissionFactor.builder().id("EF").key("k")
        .value(new BigDecimal("1")).unit(units.byCode("t")).perUnit(units.byCode("MWh"))
        .provenance(Provenance.userSupplied("lab", "report"));
  }

  @Test
  void aValidityMustNotEndBeforeItStartsAndOnlyCo2IsBiogenic() {
    assertEquals("EmissionFactor.validTo 2023-12-31 must not be before EmissionFactor.validFrom"
        + " 2024-01-01", assertThrows(IllegalArgumentException.class, () -> factor()
            .gas(GreenhouseGas.CO2).validFrom(LocalDate.of(2024, 1, 1))
            .validTo(LocalDate.of(2023, 12, 31)).build())
        .getMessage());
    // a one-day validity is allowed
    assertEquals(LocalDate.of(2024, 1, 1), factor().gas(GreenhouseGas.CO2)
        .validFrom(LocalDate.of(2024, 1, 1)).validTo(LocalDate.of(2024, 1, 1)).build().validTo()
        .get());
    assertEquals("EmissionFactor EF is biogenic, but only a CO2 factor can be biogenic; its gas"
        + " is CH4", assertThrows(IllegalArgumentException.class,
            () -> factor().gas(GreenhouseGas.CH4).biogenic(true).build()).getMessage());
    assertTrue(factor().gas(GreenhouseGas.CO2).biogenic(true).build().biogenic());
  }

  @Test
  void aFactorValidFromADateAppliesOnlyToPeriodsStartingThen() {
    EmissionFactor from2025 = factor().gas(GreenhouseGas.CO2)
        .validFrom(LocalDate.of(2025, 1, 1)).build();
    assertFalse(from2025.appliesTo(ReportingPeriod.calendarYear(2024)));
    assertTrue(from2025.appliesTo(ReportingPeriod.calendarYear(2025)));
    assertTrue(from2025.appliesTo(ReportingPeriod.calendarYear(2031)));
  }

  @Test
  void aRegionIsNamedWholeOrByEitherOfItsNames() {
    EmissionFactor east = factor().gas(GreenhouseGas.CO2).region("east (华东)").build();
    assertTrue(east.isForRegion("east (华东)"));
    assertTrue(east.isForRegion("east"));
    assertTrue(east.isForRegion("华东"));
    assertFalse(east.isForRegion("west"));
    // a region that is only a parenthesis has no second name
    assertFalse(EmissionFactor.regionMatches(" (east)", "east"));
    assertTrue(EmissionFactor.regionMatches(" (east)", " (east)"));
  }

  @Test
  void anEmptyFileOrAHeaderLackingColumnsIsOneProblemStatedPlainly() {
    assertEquals("The factor CSV is empty; expected a header row",
        assertThrows(IllegalArgumentException.class,
            () -> FactorCsv.read(new StringReader(""), "site", "1")).getMessage());
    String lacking = assertThrows(IllegalArgumentException.class,
        () -> FactorCsv.read(new StringReader("id,key\nA,k\n"), "site", "1")).getMessage();
    assertTrue(lacking.startsWith("The factor CSV header lacks the column(s) "), lacking);
    assertTrue(lacking.contains("value") && lacking.contains("publisher"), lacking);
  }
}
