// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.ghg.RefrigerantBlend;
import org.cnms.quantification.factor.EmissionFactor;
import org.cnms.quantification.factor.FuelParameters;
import org.cnms.quantification.factor.Rate;
import org.cnms.quantification.factor.SourceStatus;
import org.cnms.quantification.gwp.GwpSet;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

  @Test
  void gwpSetsCarryTheFiguresOfTheFileWithTheirStatus() {
    GwpSet ar6 = GwpSet.ar6();
    assertEquals(new BigDecimal("29.8"), ar6.require(GreenhouseGas.CH4_FOSSIL));
    assertEquals(new BigDecimal("27.0"), ar6.require(GreenhouseGas.CH4));
    assertEquals(SourceStatus.CONFLICT, ar6.entry(GreenhouseGas.SF6).get().status());
    assertTrue(ar6.entry(GreenhouseGas.SF6).get().note().get().contains("25200"));
    assertEquals(SourceStatus.SINGLE_SOURCE, ar6.entry(GreenhouseGas.NF3).get().status());
    assertEquals(SourceStatus.CONFIRMED, GwpSet.ar5().entry(GreenhouseGas.NF3).get().status());
    GwpSet sar = GwpSet.sar();
    assertEquals(new BigDecimal("21"), sar.require(GreenhouseGas.CH4));
    assertEquals(new BigDecimal("310"), sar.require(GreenhouseGas.N2O));
    assertEquals(new BigDecimal("23900"), sar.require(GreenhouseGas.SF6));
    // SAR gives no fossil value: the methane value applies, and says so
    assertEquals(new BigDecimal("21"), sar.require(GreenhouseGas.CH4_FOSSIL));
    assertTrue(sar.entry(GreenhouseGas.CH4_FOSSIL).get().note().get().contains("no separate"));
    assertEquals(Optional.empty(), sar.gwp(GreenhouseGas.NF3));
    assertEquals(Optional.empty(), sar.gwp(GreenhouseGas.HFC_245FA));
    assertEquals(new BigDecimal("30"), GwpSet.ar5().require(GreenhouseGas.CH4_FOSSIL));
    assertEquals(List.of("SAR", "AR4", "AR5", "AR6"),
        ReferenceData.gwpSets().stream().map(GwpSet::name).toList());
    assertEquals(17, GwpSet.ar6().values().size());
  }

  @Test
  void blendsOfTheFileAreTheBlendsOfCore() {
    assertEquals(RefrigerantBlend.known(), ReferenceData.refrigerantBlends());
  }

  @Test
  void electricityFactorsKeepSeriesRegionYearAndSource() {
    List<EmissionFactor> all = ReferenceData.electricityFactors();
    assertEquals(26, all.size());
    EmissionFactor f = all.stream().filter(x -> x.id().equals("CN-ets-grid-average-national-2021"))
        .findFirst().get();
    assertEquals(ReferenceData.ETS_GRID_AVERAGE, f.key());
    assertEquals(new BigDecimal("0.5810"), f.value());
    assertEquals("tCO2/MWh", f.unitText());
    assertEquals(SourceStatus.SINGLE_SOURCE, f.provenance().status());
    assertEquals("MEE, Notice on key work of 2022 enterprise GHG emission reporting (Huanban Qihou"
        + " Han [2022] No. 111) (single source)", f.provenance().cite());
    EmissionFactor sw = all.stream().filter(x -> x.id().equals("CN-mee-nbs-average-southwest-2023"))
        .findFirst().get();
    assertEquals("southwest (西南)", sw.region());
    assertEquals(new BigDecimal("0.2472"), sw.value());
  }

  @Test
  void fuelDefaultsKeepTheirUnitsAndConflicts() {
    FuelParameters gas = ReferenceData.fuelDefault("natural-gas").get();
    assertEquals(Rate.of("389.31", "GJ", "1e4Nm3"), gas.netCalorificValue());
    assertEquals(Rate.of("15.3", "t", "TJ"), gas.carbonContent());
    assertEquals(new BigDecimal("99"), gas.oxidationRatePercent());
    assertEquals("天然气", gas.nameZh());
    FuelParameters coal = ReferenceData.fuelDefault("bituminous-coal").get();
    assertEquals(SourceStatus.CONFLICT, coal.provenance().status());
    assertTrue(coal.provenance().note().get().contains("26.18"));
    assertEquals(12, ReferenceData.fuelDefaults().size());
    assertEquals(Optional.empty(), ReferenceData.fuelDefault("anthracite"));
  }

  @Test
  void heatDefaultIsShippedWithItsSource() {
    EmissionFactor heat = ReferenceData.chinaFactorLibrary().factor("CN-heat-default").get();
    assertEquals(new BigDecimal("0.11"), heat.value());
    assertEquals("tCO2/GJ", heat.unitText());
  }
}
