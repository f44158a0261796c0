// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class GhgInventoryTest {

  private static InventoryLine line(String source, String facility, EmissionCategory c,
      GreenhouseGas gas, LineKind kind, String tonnes, String co2e) {
    return InventoryLine.builder().sourceId(source).facilityId(facility).category(c).gas(gas)
        .kind(kind).gasTonnes(new BigDecimal(tonnes)).co2e(Co2e.tonnes(co2e)).build();
  }

  private final GhgInventory inventory = GhgInventory.builder()
      .id("inv-2025").period(ReportingPeriod.calendarYear(2025)).gwpSet("AR5")
      .addLines(
          line("boiler", "plant-1", EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.EMISSION,
              "100.5", "100.5"),
          line("boiler", "plant-1", EmissionCategory.DIRECT, GreenhouseGas.CH4, LineKind.EMISSION,
              "0.01", "0.28"),
          line("grid", "plant-2", EmissionCategory.PURCHASED_ENERGY, GreenhouseGas.CO2,
              LineKind.EMISSION, "50", "50"),
          line("forest", "forest-1", EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.REMOVAL,
              "12", "12"),
          line("biomass", "plant-1", EmissionCategory.DIRECT, GreenhouseGas.CO2,
              LineKind.BIOGENIC_CO2, "7", "7"))
      .build();

  @Test
  void totalsKeepRemovalsAndBiogenicCo2Apart() {
    // 100.5 + 0.28 + 50 = 150.78 emissions; 12 removed; 7 biogenic apart
    assertEquals(Co2e.tonnes("150.78"), inventory.totalEmissions());
    assertEquals(Co2e.tonnes("12"), inventory.totalRemovals());
    assertEquals(Co2e.tonnes("7"), inventory.biogenicCo2());
    assertEquals(Co2e.tonnes("138.78"), inventory.netEmissions());
  }

  @Test
  void breakdownsSumEmissionsOnly() {
    assertEquals(Map.of(EmissionCategory.DIRECT, Co2e.tonnes("100.78"),
        EmissionCategory.PURCHASED_ENERGY, Co2e.tonnes("50")), inventory.emissionsByCategory());
    assertEquals(List.of("plant-1", "plant-2"),
        List.copyOf(inventory.emissionsByFacility().keySet()));
    assertEquals(Co2e.tonnes("150.5"), inventory.emissionsByGas().get(GreenhouseGas.CO2));
    assertEquals(Co2e.tonnes("100.78"), inventory.emissionsBySource().get("boiler"));
    assertEquals(Co2e.tonnes("50"), inventory.emissionsOf(List.of(EmissionCategory.PURCHASED_ENERGY)));
  }

  @Test
  void negativeCo2eIsRejectedWithAHint() {
    var e = assertThrows(IllegalArgumentException.class, () -> line("forest", "f",
        EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.EMISSION, "1", "-1"));
    assertEquals("InventoryLine.co2e of source forest must not be negative, but was -1 tCO2e;"
        + " record a removal as kind REMOVAL", e.getMessage());
  }

  @Test
  void duplicateLineIsRejected() {
    var l = line("a", "f", EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.EMISSION, "1", "1");
    var e = assertThrows(IllegalArgumentException.class, () -> GhgInventory.builder().id("i")
        .period(ReportingPeriod.calendarYear(2025)).gwpSet("AR5").addLines(l, l).build());
    assertEquals("GhgInventory.lines holds 'a/CO2/DIRECT/EMISSION' twice", e.getMessage());
  }

  @Test
  void inventoriesRoundTrip() {
    assertRoundTrips(inventory, GhgInventory.class);
    qt().forAll(InventoryGen.inventories()).checkAssert(i -> assertRoundTrips(i, GhgInventory.class));
  }
}
