// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/** Inventories for the tests of indicators, baselines, progress and uncertainty. */
public final class InventoryFixtures {

  private InventoryFixtures() {}

  /** An emission line of {@code tonnes} tCO₂e (gas mass equal to it). */
  public static InventoryLine emission(String sourceId, String facilityId,
      EmissionCategory category, GreenhouseGas gas, String tonnes) {
    return line(sourceId, facilityId, category, gas, LineKind.EMISSION, tonnes);
  }

  /** A line of the given kind. */
  public static InventoryLine line(String sourceId, String facilityId, EmissionCategory category,
      GreenhouseGas gas, LineKind kind, String tonnes) {
    return InventoryLine.builder().sourceId(sourceId).facilityId(facilityId).category(category)
        .gas(gas).kind(kind).gasTonnes(new BigDecimal(tonnes)).co2e(Co2e.tonnes(tonnes)).build();
  }

  /** An inventory of the calendar year {@code year}. */
  public static GhgInventory inventory(String id, int year, InventoryLine... lines) {
    return GhgInventory.builder().id(id).period(ReportingPeriod.calendarYear(year)).gwpSet("AR5")
        .addLines(lines).build();
  }

  /** An inventory of one calendar year with a single direct CO₂ emission line. */
  public static GhgInventory single(String id, int year, String tonnes) {
    return inventory(id, year, emission("s-1", "f-1", EmissionCategory.DIRECT,
        GreenhouseGas.CO2, tonnes));
  }

  /** Positive decimals with 0 to 3 decimal places, up to 10^6. */
  public static Gen<BigDecimal> positiveTonnes() {
    return Generate.longRange(1, 1_000_000_000L).zip(Generate.range(0, 3),
        (u, s) -> BigDecimal.valueOf(u, s));
  }

  /**
   * Emission lines of distinct sources s-0 … s-(n-1) in facilities f-0 … f-2, 1 to {@code max}
   * lines, with positive emissions.
   */
  public static Gen<List<InventoryLine>> emissionLines(int max) {
    return in -> {
      int n = (int) in.next(Constraint.between(1, max));
      List<InventoryLine> lines = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BigDecimal t = positiveTonnes().generate(in);
        EmissionCategory c = EmissionCategory.values()[(int) in.next(Constraint.between(0, 5))];
        lines.add(InventoryLine.builder().sourceId("s-" + i)
            .facilityId("f-" + in.next(Constraint.between(0, 2))).category(c)
            .gas(GreenhouseGas.CO2).gasTonnes(t).co2e(Co2e.tonnes(t)).build());
      }
      return lines;
    };
  }

  /** Inventories of the calendar year {@code year} with 1 to {@code max} emission lines. */
  public static Gen<GhgInventory> inventories(int year, int max) {
    return emissionLines(max).map(lines -> GhgInventory.builder().id("inv-" + year)
        .period(ReportingPeriod.calendarYear(year)).gwpSet("AR5")
        .factorLibraryVersion(Optional.of("2024.1")).addAllLines(lines).build());
  }
}
