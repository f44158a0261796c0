// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.Scope3Category;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class SourceRegisterTest {

  private static GhgSource.Builder boiler() {
    return GhgSource.builder().id("SRC-boiler-1").name("1号燃气锅炉").facilityId("plant-1")
        .category(EmissionCategory.DIRECT).kind(GhgSourceKind.STATIONARY_COMBUSTION)
        .addGases(GreenhouseGas.CO2, GreenhouseGas.CH4, GreenhouseGas.N2O)
        .methodId("M-fuel").significant(true);
  }

  @Test
  void sourceIsIncludedByDefault() {
    GhgSource s = boiler().build();
    assertFalse(s.excluded());
    assertTrue(s.exclusionJustification().isEmpty());
    String json = CnmsJson.toJson(s);
    assertTrue(json.contains("\"category\" : \"C1\""), json);
    assertTrue(json.contains("\"excluded\" : false"), json);
    assertRoundTrips(s, GhgSource.class);
  }

  @Test
  void excludedSourceIsRecordedWithItsJustification() {
    GhgSource s = boiler().excluded(true).exclusionJustification("备用锅炉，全年未运行").build();
    assertTrue(s.excluded());
    var e = assertThrows(IllegalArgumentException.class, () -> boiler().excluded(true).build());
    assertEquals("GhgSource SRC-boiler-1 is excluded and needs an exclusionJustification",
        e.getMessage());
    var n = assertThrows(IllegalArgumentException.class,
        () -> boiler().exclusionJustification("idle").build());
    assertEquals("GhgSource SRC-boiler-1 has an exclusionJustification but is not excluded",
        n.getMessage());
  }

  @Test
  void scope3CategoryMustBeCoveredByTheCategory() {
    GhgSource travel = GhgSource.builder().id("SRC-travel").name("差旅").facilityId("hq")
        .category(EmissionCategory.TRANSPORTATION).scope3Category(Scope3Category.BUSINESS_TRAVEL)
        .kind(GhgSourceKind.BUSINESS_TRAVEL).addGas(GreenhouseGas.CO2).methodId("M-ef")
        .significant(false).build();
    assertEquals(Scope3Category.BUSINESS_TRAVEL, travel.scope3Category().orElseThrow());
    var e = assertThrows(IllegalArgumentException.class,
        () -> travel.withScope3Category(Scope3Category.INVESTMENTS));
    assertEquals("GhgSource SRC-travel: scope-3 category INVESTMENTS is not covered by category C3"
        + " TRANSPORTATION, which covers [UPSTREAM_TRANSPORTATION, BUSINESS_TRAVEL,"
        + " EMPLOYEE_COMMUTING, DOWNSTREAM_TRANSPORTATION]", e.getMessage());
    var d = assertThrows(IllegalArgumentException.class,
        () -> boiler().scope3Category(Scope3Category.CAPITAL_GOODS).build());
    assertEquals("GhgSource SRC-boiler-1: scope-3 category CAPITAL_GOODS is not covered by"
        + " category C1 DIRECT, which covers none", d.getMessage());
  }

  @Test
  void gasesAreRequiredAndDistinct() {
    var e = assertThrows(IllegalArgumentException.class, () -> GhgSource.builder().id("S")
        .name("n").facilityId("f").category(EmissionCategory.DIRECT)
        .kind(GhgSourceKind.FUGITIVE).methodId("m").significant(false).build());
    assertEquals("GhgSource.gases must not be empty", e.getMessage());
    var d = assertThrows(IllegalArgumentException.class,
        () -> boiler().addGas(GreenhouseGas.CO2).build());
    assertEquals("GhgSource.gases holds 'CO2' twice", d.getMessage());
  }

  @Test
  void unknownGasInJsonIsReported() {
    String json = CnmsJson.toJson(boiler().build()).replace("\"CH4\"", "\"CH5\"");
    var e = assertThrows(InterchangeException.class,
        () -> CnmsJson.fromJson(json, GhgSource.class));
    assertTrue(e.getMessage().contains("CH5"), e.getMessage());
  }

  @Test
  void sinkAreaMustBeAnArea() {
    GhgSink forest = GhgSink.builder().id("SINK-1").name("厂区防护林").facilityId("land-1")
        .kind(GhgSinkKind.AFFORESTATION).methodId("M-forest").area(Amount.of("12.5", "公顷"))
        .build();
    assertEquals("ha", forest.area().orElseThrow().unit().code());
    assertRoundTrips(forest, GhgSink.class);
    var e = assertThrows(IllegalArgumentException.class,
        () -> forest.withArea(Amount.of("12.5", "t")));
    assertEquals("GhgSink SINK-1: area must be in a unit of area (m2, ha), but was 12.5 t",
        e.getMessage());
    var n = assertThrows(IllegalArgumentException.class,
        () -> forest.withArea(Amount.of("-1", "ha")));
    assertEquals("GhgSink.area must not be negative, but was -1", n.getMessage());
  }

  @Test
  void categoryStatementNeedsAReason() {
    CategoryStatement s = CategoryStatement.of(EmissionCategory.OTHER,
        "无投资和特许经营 / no investments");
    assertRoundTrips(s, CategoryStatement.class);
    var e = assertThrows(IllegalArgumentException.class,
        () -> CategoryStatement.of(EmissionCategory.OTHER, ""));
    assertEquals("CategoryStatement.reason must not be blank, but was ''", e.getMessage());
  }

  @Test
  void methodRecordsItsFormulaAndRevision() {
    QuantificationMethod m = QuantificationMethod.builder().id("M-fuel-2").name("化石燃料燃烧")
        .approach(QuantificationApproach.FUEL_COMBUSTION)
        .formula("E = AD × NCV × CC × OF × 44/12")
        .addParameters("AD 燃料消耗量 t", "NCV 低位发热量 GJ/t", "CC 单位热值含碳量 tC/GJ", "OF 碳氧化率")
        .factorSource("GB/T 32150—2015 附录B").standardReference("GB/T 32150—2015")
        .documentedOn(LocalDate.of(2024, 3, 1)).supersedes("M-fuel-1").build();
    assertEquals(4, m.parameters().size());
    assertRoundTrips(m, QuantificationMethod.class);
    var e = assertThrows(IllegalArgumentException.class, () -> m.withSupersedes("M-fuel-2"));
    assertEquals("QuantificationMethod M-fuel-2 cannot supersede itself", e.getMessage());
    var f = assertThrows(IllegalArgumentException.class, () -> m.withFormula(" "));
    assertEquals("QuantificationMethod.formula must not be blank, but was ' '", f.getMessage());
  }
}
