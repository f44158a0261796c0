// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class FactorCsvTest {

  @Test
  void aUsersFactorsLoadWithTheirProvenance() {
    String csv = "# site factors\n"
        + "id,key,gas,value,unit,per_unit,valid_from,valid_to,publisher,document,status\n"
        + "NG-24,natural-gas,CO2,21.62,t,1e4Nm3,2024-01-01,2024-12-31,plant lab,report 7,\n"
        + "SPEND,spend.it,,0.31,kgCO2e,CNY,,,EEIO,table 3,single source\n";
    FactorLibrary lib = FactorCsv.read(new StringReader(csv), "site", "2024.2");
    EmissionFactor ng = lib.factor("NG-24").get();
    assertEquals(GreenhouseGas.CO2, ng.gas().get());
    assertEquals(new BigDecimal("21.62"), ng.value());
    assertEquals(LocalDate.of(2024, 12, 31), ng.validTo().get());
    assertEquals(SourceStatus.USER_SUPPLIED, ng.provenance().status());
    assertEquals(SourceStatus.SINGLE_SOURCE, lib.factor("SPEND").get().provenance().status());
    assertEquals("tCO2/1e4Nm3", ng.unitText());
    assertEquals("kgCO2e/CNY", lib.factor("SPEND").get().unitText());
    assertEquals(true, lib.lookup("natural-gas", Optional.empty(),
        ReportingPeriod.calendarYear(2024)).isFound());
  }

  @Test
  void everyBadRowIsReportedAtOnce() {
    String csv = "id,key,gas,value,unit,per_unit,publisher,document\n"
        + "A,k,CO2,x,t,MWh,p,d\n"
        + "B,k,XX,1,t,furlong,p,d\n"
        + "C,k,CH4,1,tCO2e,MWh,p,d\n"
        + "D,k,CO2,1,t,MWh,,d\n";
    var e = assertThrows(IllegalArgumentException.class,
        () -> FactorCsv.read(new StringReader(csv), "x", "1"));
    assertEquals("5 problem(s) in the factor CSV:\n"
        + "  row 2, column value: not a number: 'x'\n"
        + "  row 3, column gas: Unknown greenhouse gas 'XX'; known: CO2, CH4, CH4-fossil, N2O,"
        + " HFC-23, HFC-32, HFC-125, HFC-134a, HFC-143a, HFC-152a, HFC-227ea, HFC-236fa,"
        + " HFC-245fa, CF4, C2F6, SF6, NF3\n"
        + "  row 3, column per_unit: " + unknown("furlong") + "\n"
        + "  row 4: EmissionFactor C: unit must be a mass for a factor of CH4, but was 'tCO2e'\n"
        + "  row 5, column publisher: a value is required", e.getMessage());
  }

  private static String unknown(String symbol) {
    try {
      org.cnms.core.units.UnitRegistry.standard().parse(symbol);
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
