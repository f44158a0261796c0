// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.Rate;
import org.cnms.quantification.factor.SourceStatus;
import org.junit.jupiter.api.Test;

/**
 * The embedded tables read afresh (not through the holders that keep them once read): every blend,
 * the ids of regional electricity factors, and the fuels' keys, units and statuses.
 */
class ReferenceLoadTest {

  private static FuelParameters fuel(List<FuelParameters> fuels, String key) {
    return fuels.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void theBlendsFileHoldsTheThreeBlendsOfCoreWithTheirFractions() {
    List<RefrigerantBlend> blends = ReferenceData.loadBlends();
    assertEquals(List.of("R-404A", "R-407C", "R-410A"),
        blends.stream().map(RefrigerantBlend::designation).toList());
    assertEquals(RefrigerantBlend.known(), blends);
    assertEquals(new BigDecimal("0.52"), blends.get(0).massFractions().values().stream()
        .max(BigDecimal::compareTo).get());
    assertEquals(ReferenceData.refrigerantBlends(), blends);
  }

  @Test
  void electricityFactorIdsUseTheRegionWithoutItsChineseName() {
    List<EmissionFactor> all = ReferenceData.loadElectricity();
    assertEquals(26, all.size());
    assertEquals(ReferenceData.electricityFactors(), all);
    EmissionFactor sw = all.stream().filter(f -> f.region().equals("southwest (西南)"))
        .filter(f -> f.dataYear().equals(Optional.of(2023))).findFirst().get();
    assertEquals("CN-mee-nbs-average-southwest-2023", sw.id());
    assertEquals("electricity.grid.mee-nbs-average", sw.key());
    EmissionFactor ets = all.stream()
        .filter(f -> f.id().equals("CN-ets-grid-average-national-2015")).findFirst().get();
    assertEquals(new BigDecimal("0.6101"), ets.value());
    assertEquals(SourceStatus.CONFIRMED, ets.provenance().status());
    assertEquals("national", ets.region());
  }

  @Test
  void fuelsHaveKeysUnitsAndStatusesAsTheFileStatesThem() {
    List<FuelParameters> fuels = ReferenceData.loadFuels();
    assertEquals(ReferenceData.fuelDefaults(), fuels);
    FuelParameters coke = fuel(fuels, "petroleum-coke");
    assertEquals("petroleum coke", coke.nameEn());
    assertEquals("石油焦", coke.nameZh());
    assertEquals(Rate.of("32.5", "GJ", "t"), coke.netCalorificValue());
    assertEquals(Rate.of("27.5", "t", "TJ"), coke.carbonContent());
    assertEquals(new BigDecimal("98"), coke.oxidationRatePercent());
    assertEquals(SourceStatus.CONFIRMED, coke.provenance().status());
    assertEquals(Optional.empty(), coke.provenance().note());
    FuelParameters lpg = fuel(fuels, "liquefied-petroleum-gas");
    assertEquals(Rate.of("50.179", "GJ", "t"), lpg.netCalorificValue());
    FuelParameters briquettes = fuel(fuels, "briquettes");
    assertEquals(SourceStatus.CONFIRMED, briquettes.provenance().status());
    assertEquals("confirmed (two code sources)", briquettes.provenance().note().get());
    FuelParameters coal = fuel(fuels, "bituminous-coal");
    assertEquals(SourceStatus.CONFLICT, coal.provenance().status());
    assertEquals("NCV and OF confirmed; CC conflict: 26.1 (2025 re-issue) vs 26.18 (older table)",
        coal.provenance().note().get());
  }
}
