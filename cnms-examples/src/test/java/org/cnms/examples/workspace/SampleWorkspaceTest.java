// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.performance.Baseline;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.calculation.CalculationResult;
import org.junit.jupiter.api.Test;

/** The bundled sample loads without a problem and computes the figures worked out by hand. */
class SampleWorkspaceTest {

  private static final Workspace SAMPLE = Workspace.sample();
  private static final List<EmissionCategory> C1_C2 =
      List.of(EmissionCategory.parse("C1"), EmissionCategory.parse("C2"));

  private static BigDecimal tonnes(String v) {
    return new BigDecimal(v);
  }

  @Test
  void theSampleLoadsWithItsSettings() {
    assertEquals("east-china-precision", SAMPLE.name());
    assertEquals("华东精密部件有限公司", SAMPLE.organisation());
    assertEquals(List.of(2021, 2022, 2023, 2024, 2025), SAMPLE.years());
    assertEquals(2021, SAMPLE.baseYear());
    assertEquals(LocalDate.of(2026, 3, 31), SAMPLE.assessmentDate());
    assertEquals("AR5", SAMPLE.gwpSet().name());
    assertEquals("ORG-HDJM", SAMPLE.system().organisation().id());
    assertEquals(100, SAMPLE.activity().size());
    assertEquals(20, SAMPLE.activity(2023).size());
    assertEquals(Map.of(2025, "CLAIM-2025-C1C2"), SAMPLE.neutralityClaims());
  }

  @Test
  void inventoriesAreComputedOnePerYearWithTheIdsTheSystemRefersTo() {
    assertEquals(List.of("INV-2021", "INV-2022", "INV-2023", "INV-2024", "INV-2025"),
        SAMPLE.inventories().stream().map(GhgInventory::id).toList());
    assertEquals(SAMPLE.inventories(), SAMPLE.system().inventoriesByPeriod());
    assertEquals(List.of("INV-2021", "INV-2022", "INV-2023", "INV-2024", "INV-2025"),
        SAMPLE.system().ghgReports().stream().map(r -> r.inventoryId()).toList());
    assertEquals("INV-2021", SAMPLE.inventoryId(2021));
    for (GhgInventory inv : SAMPLE.inventories()) {
      assertEquals("AR5", inv.gwpSet());
      assertEquals("hdjm-own-factors 2026.1 + cnms-china-reference 2026.1",
          inv.factorLibraryVersion().orElseThrow());
    }
  }

  @Test
  void totalsPerYearAreTheComputedOnesAndFallAfterTheBaseYear() {
    Map<Integer, String> totals = Map.of(2021, "20607.360776414400", 2022, "20071.687323638600",
        2023, "18566.427348074533", 2024, "19225.927725133800", 2025, "18413.143700979067");
    Map<Integer, String> removals = Map.of(2021, "1240.50", 2022, "1255.50", 2023, "1270.50",
        2024, "1289.28", 2025, "1309.82");
    for (int y : SAMPLE.years()) {
      GhgInventory inv = SAMPLE.inventory(y).orElseThrow();
      assertEquals(0, inv.totalEmissions().tonnes().compareTo(tonnes(totals.get(y))), "" + y);
      assertEquals(0, inv.totalRemovals().tonnes().compareTo(tonnes(removals.get(y))), "" + y);
      if (y > 2021) {
        assertTrue(inv.totalEmissions().compareTo(SAMPLE.inventory(2021).orElseThrow()
            .totalEmissions()) < 0, "below the base year in " + y);
      }
    }
  }

  @Test
  void the2021InventoryHasTheHandCheckedLines() {
    GhgInventory inv = SAMPLE.inventory(2021).orElseThrow();
    // Natural gas, Suzhou, 2021: 80.00 × 10^4 Nm3 × NCV 389.31 GJ/10^4 Nm3 = 31,144.8 GJ
    //   = 31.1448 TJ × CC 15.3 tC/TJ = 476.51544 tC × OF 0.99 = 471.7502856 tC
    //   × 44/12 = 1,729.7510472 tCO2 (GB/T 32150 defaults of the embedded reference data).
    assertEquals(tonnes("1729.7510472000"), line(inv, "S-SZ-NG-BOILER", GreenhouseGas.CO2)
        .co2e().tonnes());
    // Suzhou electricity: 9,000,000 kWh = 9,000 MWh × 0.5568 tCO2/MWh (MEE/NBS 2021) = 5,011.2.
    assertEquals(0, line(inv, "S-SZ-ELEC", GreenhouseGas.CO2).co2e().tonnes()
        .compareTo(tonnes("5011.2")));
    // R-410A, Suzhou: 120 kg = 0.06 t HFC-32 × 677 + 0.06 t HFC-125 × 3170 = 40.62 + 190.2.
    assertEquals(0, line(inv, "S-SZ-AC-R410A", GreenhouseGas.HFC_32).co2e().tonnes()
        .compareTo(tonnes("40.62")));
    assertEquals(0, line(inv, "S-SZ-AC-R410A", GreenhouseGas.HFC_125).co2e().tonnes()
        .compareTo(tonnes("190.2")));
    // Steel: 2,200 t × 2.10 kgCO2e/kg (supplier footprint 2021) = 4,620 tCO2e.
    assertEquals(0, line(inv, "S-SZ-STEEL", GreenhouseGas.CO2).co2e().tonnes()
        .compareTo(tonnes("4620")));
    // Forest: 150 ha × 8.27 tCO2/ha = 1,240.5 t removed, a removal line, not a negative emission.
    InventoryLine forest = inv.lines().stream().filter(l -> l.sourceId().equals("K-AJ-FOREST"))
        .findFirst().orElseThrow();
    assertEquals(LineKind.REMOVAL, forest.kind());
    assertEquals(0, forest.co2e().tonnes().compareTo(tonnes("1240.5")));
    // Category sums.
    Map<EmissionCategory, Co2e> byCategory = inv.emissionsByCategory();
    assertEquals(0, byCategory.get(EmissionCategory.parse("C1")).tonnes()
        .compareTo(tonnes("3503.116026414400")));
    assertEquals(0, byCategory.get(EmissionCategory.parse("C2")).tonnes()
        .compareTo(tonnes("8655.648")));
    assertEquals(0, byCategory.get(EmissionCategory.parse("C3")).tonnes()
        .compareTo(tonnes("1337")));
    assertEquals(0, byCategory.get(EmissionCategory.parse("C4")).tonnes()
        .compareTo(tonnes("7111.59675")));
  }

  private static InventoryLine line(GhgInventory inv, String source, GreenhouseGas gas) {
    return inv.lines().stream().filter(l -> l.sourceId().equals(source) && l.gas() == gas)
        .findFirst().orElseThrow(() -> new AssertionError("no line " + source + " " + gas));
  }

  @Test
  void theBaselineEqualsTheComputed2021Inventory() {
    Baseline b = SAMPLE.currentBaseline().orElseThrow();
    GhgInventory inv = SAMPLE.inventory(2021).orElseThrow();
    assertEquals("BL-2021", b.id());
    assertEquals(List.of("INV-2021"), b.inventoryIds());
    assertEquals(inv.totalEmissions(), b.emissions());
    assertEquals(inv.totalRemovals(), b.removals());
    assertEquals(inv.emissionsByCategory(), b.emissionsByCategory());
    assertEquals(inv.gwpSet(), b.gwpSet());
  }

  @Test
  void theVerifiedEmissionsAndHistoricalLevelsRestateTheComputedTotals() {
    for (var vs : SAMPLE.system().verificationStatements()) {
      int year = Integer.parseInt(vs.id().substring(3));
      assertEquals(SAMPLE.inventory(year).orElseThrow().totalEmissions(), vs.verifiedEmissions(),
          vs.id());
    }
  }

  @Test
  void categories1And2FellByFifteenPercentAndThe2025ClaimIsNeutral() {
    Co2e base = SAMPLE.inventory(2021).orElseThrow().emissionsOf(C1_C2);
    Co2e y2025 = SAMPLE.inventory(2025).orElseThrow().emissionsOf(C1_C2);
    assertEquals(0, base.tonnes().compareTo(tonnes("12158.764026414400")));
    assertEquals(0, y2025.tonnes().compareTo(tonnes("10325.185450979067")));
    assertTrue(y2025.tonnes().compareTo(base.tonnes().multiply(new BigDecimal("0.85"))) <= 0);

    NeutralityBalance balance = SAMPLE.neutralityBalance(2025);
    assertEquals(Set.copyOf(C1_C2), balance.coveredCategories());
    assertEquals(9016, balance.unitsCounted());
    assertTrue(balance.refused().isEmpty());
    // 10,325.185450979067 − 1,309.82 removals − 9,016 units = −0.634549020933: neutral, by less
    // than one unit.
    assertEquals(0, balance.netBalance().tonnes().compareTo(tonnes("-0.634549020933")));
    assertTrue(balance.neutral());
  }

  @Test
  void theLedgerHoldsWhatWasNotRetired() {
    assertEquals(5, SAMPLE.ledger().size());
    assertEquals(3484L, SAMPLE.ledger().holdings().values().stream().mapToLong(Long::longValue)
        .sum());
    assertTrue(SAMPLE.ledger().verify().intact());
  }

  @Test
  void someNonconformitiesAreOpen() {
    long open = SAMPLE.system().nonconformities().stream()
        .filter(n -> n.status() != NonconformityStatus.CLOSED).count();
    assertEquals(3, open);
  }

  @Test
  void calculateQuantifiesARecordAsTheInventoryDoes() {
    ActivityRecord steel = SAMPLE.activity(2025).stream()
        .filter(r -> r.sourceId().equals("S-SZ-STEEL")).findFirst().orElseThrow();
    CalculationResult r = SAMPLE.calculate(steel);
    // 2,010 t × 1.88 kgCO2e/kg (supplier footprint 2025) = 3,778.8 tCO2e
    assertEquals(0, r.emissions().tonnes().compareTo(tonnes("3778.8")));
    assertFalse(r.lines().get(0).trace().factors().isEmpty());
  }
}
