// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.gwp;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GasMass;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.testing.CoreGen;
import org.cnms.quantification.factor.MissingFactorException;
import org.cnms.quantification.factor.SourceStatus;
import org.cnms.quantification.testing.QuantGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GwpTest {

  @Test
  void blendGwpIsTheMassWeightedSumOfItsComponents() {
    // R-410A, AR5: 0.50 × 677 + 0.50 × 3170 = 338.5 + 1585 = 1923.5
    assertEquals(0, new BigDecimal("1923.5").compareTo(GwpSet.ar5().gwpOf(RefrigerantBlend.R410A)));
    // R-404A, AR4: 0.44 × 3500 + 0.52 × 4470 + 0.04 × 1430 = 1540 + 2324.4 + 57.2 = 3921.6
    assertEquals(0, new BigDecimal("3921.6").compareTo(GwpSet.ar4().gwpOf(RefrigerantBlend.R404A)));
    // R-407C, SAR: 0.23 × 650 + 0.25 × 2800 + 0.52 × 1300 = 149.5 + 700 + 676 = 1525.5
    assertEquals(0, new BigDecimal("1525.5").compareTo(GwpSet.sar().gwpOf(RefrigerantBlend.R407C)));
  }

  @Test
  void aGasTheSetLacksIsAMissingFactorNotAGuess() {
    var e = assertThrows(MissingFactorException.class,
        () -> GwpSet.sar().co2e(GasMass.tonnes(GreenhouseGas.NF3, "1")));
    assertEquals("1 factor is missing:\n  - GWP 'NF3': GWP set SAR has no value for NF3",
        e.getMessage());
  }

  @Test
  void userDefinedSetsWork() {
    GwpSet mine = GwpSet.builder().name("site-2025")
        .addValues(GwpValue.of(GreenhouseGas.CO2, "1"), GwpValue.of(GreenhouseGas.CH4, "28"))
        .build();
    assertEquals(Co2e.tonnes("2.800"), mine.co2e(GasMass.tonnes(GreenhouseGas.CH4, "0.100")));
    assertEquals(SourceStatus.USER_SUPPLIED, mine.entry(GreenhouseGas.CH4).get().status());
    var e = assertThrows(IllegalArgumentException.class, () -> GwpSet.builder().name("bad")
        .addValues(GwpValue.of(GreenhouseGas.CO2, "2")).build());
    assertEquals("GwpSet bad: the GWP of CO2 must be 1, but was 2", e.getMessage());
  }

  private static InventoryLine line(String source, GreenhouseGas gas, LineKind kind, String t,
      String co2e) {
    return InventoryLine.builder().sourceId(source).facilityId("plant")
        .category(EmissionCategory.DIRECT).gas(gas).kind(kind).gasTonnes(new BigDecimal(t))
        .co2e(Co2e.tonnes(co2e)).build();
  }

  @Test
  void anInventoryIsRestatedFromItsPerGasLines() {
    GhgInventory sar = GhgInventory.builder().id("inv-2025-sar")
        .period(ReportingPeriod.calendarYear(2025)).gwpSet("SAR").factorLibraryVersion("2026.1")
        .addLines(line("boiler", GreenhouseGas.CO2, LineKind.EMISSION, "100", "100"),
            line("boiler", GreenhouseGas.CH4, LineKind.EMISSION, "0.5", "10.5"),
            line("boiler", GreenhouseGas.N2O, LineKind.EMISSION, "0.01", "3.10"),
            line("chiller", GreenhouseGas.HFC_134A, LineKind.EMISSION, "0.002", "2.600"),
            line("forest", GreenhouseGas.CO2, LineKind.REMOVAL, "40", "40"))
        .build();
    GhgInventory ar5 = GwpRestatement.restate(sar, GwpSet.ar5(), "inv-2025-ar5");
    // AR5: 100 × 1 + 0.5 × 28 + 0.01 × 265 + 0.002 × 1300 = 100 + 14.0 + 2.65 + 2.600 = 119.250
    assertEquals(Co2e.tonnes("119.250"), ar5.totalEmissions());
    assertEquals(Co2e.tonnes("40"), ar5.totalRemovals());
    assertEquals("AR5", ar5.gwpSet());
    assertEquals("inv-2025-sar", ar5.supersedes().get());
    assertEquals("2026.1", ar5.factorLibraryVersion().get());
    assertEquals(sar.lines().stream().map(InventoryLine::gasTonnes).toList(),
        ar5.lines().stream().map(InventoryLine::gasTonnes).toList());
    // and back to SAR gives the original figures
    GhgInventory back = GwpRestatement.restate(ar5, GwpSet.sar(), "inv-2025-sar-2");
    assertEquals(0, back.totalEmissions().compareTo(sar.totalEmissions()));
  }

  @Test
  void restatingListsEveryMissingGasAtOnce() {
    GhgInventory ar6 = GhgInventory.builder().id("i").period(ReportingPeriod.calendarYear(2025))
        .gwpSet("AR6")
        .addLines(line("fab", GreenhouseGas.NF3, LineKind.EMISSION, "1", "17400"),
            line("fab2", GreenhouseGas.NF3, LineKind.EMISSION, "1", "17400"),
            line("foam", GreenhouseGas.HFC_245FA, LineKind.EMISSION, "1", "962"))
        .build();
    var e = assertThrows(MissingFactorException.class,
        () -> GwpRestatement.restate(ar6, GwpSet.sar(), "j"));
    assertEquals(2, e.missing().size());
    assertEquals("2 factors are missing:\n"
        + "  - GWP 'HFC-245fa': GWP set SAR has no value for HFC-245fa (needed by 1 record: foam)\n"
        + "  - GWP 'NF3': GWP set SAR has no value for NF3 (needed by 2 records: fab, fab2)",
        e.getMessage());
  }

  static Gen<GwpSet> sets() {
    return in -> {
      GwpSet.Builder b = GwpSet.builder().name(CoreGen.ids().generate(in))
          .description(CoreGen.optionals(CoreGen.texts()).generate(in));
      for (GreenhouseGas g : GreenhouseGas.values()) {
        if (g == GreenhouseGas.CO2) {
          b.addValues(GwpValue.of(g, "1"));
        } else if (CoreGen.enums(SourceStatus.class).generate(in) != SourceStatus.CONFLICT) {
          b.addValues(GwpValue.builder().gas(g).value(QuantGen.positiveDecimals().generate(in))
              .status(CoreGen.enums(SourceStatus.class).generate(in))
              .note(CoreGen.optionals(CoreGen.texts()).generate(in)).build());
        }
      }
      return b.build();
    };
  }

  @Test
  void setsRoundTrip() {
    qt().forAll(sets()).checkAssert(s -> assertRoundTrips(s, GwpSet.class));
    for (GwpSet s : org.cnms.quantification.reference.ReferenceData.gwpSets()) {
      assertRoundTrips(s, GwpSet.class);
    }
  }
}
