// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * Every optional and repeated field of the inventory records is checked as the required ones are:
 * a blank text or an id with a space is refused with a message naming the field.
 */
class InventoryRecordChecksTest {

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static GhgSource.Builder boiler() {
    return GhgSource.builder().id("SRC-boiler-1").name("1号燃气锅炉").facilityId("plant-1")
        .category(EmissionCategory.DIRECT).kind(GhgSourceKind.STATIONARY_COMBUSTION)
        .addGases(GreenhouseGas.CO2).methodId("M-fuel").significant(true);
  }

  @Test
  void aSourcesOptionalFieldsAreChecked() {
    refused("GhgSource.ownerPersonId must be 1 to 128 characters without whitespace, but was"
        + " 'p 1'", () -> boiler().ownerPersonId("p 1").build());
    refused("GhgSource.description must not be blank, but was ' '",
        () -> boiler().description(" ").build());
    refused("GhgSource.exclusionJustification must not be blank, but was ' '",
        () -> boiler().excluded(true).exclusionJustification(" ").build());
  }

  @Test
  void aSinksOwnerIsAnId() {
    refused("GhgSink.ownerPersonId must be 1 to 128 characters without whitespace, but was 'p 1'",
        () -> GhgSink.builder().id("SINK-1").name("林").facilityId("land-1")
            .kind(GhgSinkKind.AFFORESTATION).methodId("M-forest").ownerPersonId("p 1").build());
  }

  @Test
  void aMethodsParametersAndReferencesAreNotBlank() {
    Supplier<QuantificationMethod.Builder> m = () -> QuantificationMethod.builder().id("M-fuel")
        .name("化石燃料燃烧").approach(QuantificationApproach.FUEL_COMBUSTION)
        .formula("E = AD × EF").factorSource("GB/T 32150—2015")
        .documentedOn(LocalDate.of(2024, 3, 1));
    refused("QuantificationMethod.parameters must not be blank, but was ''",
        () -> m.get().addParameters("AD", "").build());
    refused("QuantificationMethod.standardReference must not be blank, but was ' '",
        () -> m.get().standardReference(" ").build());
    refused("QuantificationMethod.selectionRationale must not be blank, but was ' '",
        () -> m.get().selectionRationale(" ").build());
  }

  @Test
  void anOpportunitysSourcesAreIdsAndItsReductionNotNegative() {
    Supplier<ImprovementOpportunity.Builder> o = () -> ImprovementOpportunity.builder().id("IO-1")
        .description("余热回收").rank(1);
    refused("ImprovementOpportunity.sourceIds must be 1 to 128 characters without whitespace,"
        + " but was 'S 1'", () -> o.get().addSourceId("S 1").build());
    refused("ImprovementOpportunity.expectedReduction must not be negative, but was -1 tCO2e",
        () -> o.get().expectedReduction(Co2e.tonnes("-1")).build());
    assertEquals(1, o.get().build().rank());
  }

  @Test
  void aProjectionsRemovalsAreNotNegative() {
    refused("Projection.removals must not be negative, but was -0.5 tCO2e",
        () -> Projection.builder().year(2026).emissions(Co2e.ZERO).removals(Co2e.tonnes("-0.5"))
            .assumptions("flat").build());
  }

  @Test
  void aSourceReviewsVariablesAndPeopleAreChecked() {
    refused("SourceReview.relevantVariables must not be blank, but was ' '",
        () -> SourceReview.builder().sourceId("S").addRelevantVariables("产量", " ").build());
    refused("SourceReview.influencerPersonIds must be 1 to 128 characters without whitespace,"
        + " but was 'p 1'",
        () -> SourceReview.builder().sourceId("S").addInfluencerPersonIds("p 1").build());
  }

  @Test
  void aReviewFindsTheReviewOfTheSourceAsked() {
    GhgReview r = GhgReview.builder().id("REV-2025").period(ReportingPeriod.calendarYear(2025))
        .inventoryId("INV-2025").completenessConfirmed(true)
        .addSourceReview(SourceReview.builder().sourceId("S-1").currentLevel(Co2e.tonnes("1"))
            .build())
        .addSourceReview(SourceReview.builder().sourceId("S-2").currentLevel(Co2e.tonnes("2"))
            .build())
        .reviewedOn(LocalDate.of(2026, 2, 20)).build();
    assertEquals(Co2e.tonnes("2"), r.sourceReview("S-2").orElseThrow().currentLevel()
        .orElseThrow());
    assertEquals(true, r.sourceReview("S-3").isEmpty());
  }

  private static InventoryLine line(String source, EmissionCategory c, GreenhouseGas gas,
      LineKind kind, String tonnes, String co2e) {
    return InventoryLine.builder().sourceId(source).facilityId("plant-1").category(c).gas(gas)
        .kind(kind).gasTonnes(new BigDecimal(tonnes)).co2e(Co2e.tonnes(co2e)).build();
  }

  private final GhgInventory inventory = GhgInventory.builder()
      .id("inv-2025").period(ReportingPeriod.calendarYear(2025)).gwpSet("AR5")
      .addLines(
          line("boiler", EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.EMISSION, "100.5",
              "100.5"),
          line("boiler", EmissionCategory.DIRECT, GreenhouseGas.CH4, LineKind.EMISSION, "0.01",
              "0.28"),
          line("grid", EmissionCategory.PURCHASED_ENERGY, GreenhouseGas.CO2, LineKind.EMISSION,
              "50", "50"),
          line("forest", EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.REMOVAL, "12",
              "12"),
          line("roof", EmissionCategory.PURCHASED_ENERGY, GreenhouseGas.CO2, LineKind.REMOVAL,
              "3", "3"),
          line("forest", EmissionCategory.DIRECT, GreenhouseGas.N2O, LineKind.REMOVAL, "0.001",
              "0.265"),
          line("biomass", EmissionCategory.DIRECT, GreenhouseGas.CO2, LineKind.BIOGENIC_CO2, "7",
              "7"))
      .build();

  @Test
  void removalsOfCategoriesCountRemovalLinesOfThoseCategoriesOnly() {
    // DIRECT: 12 + 0.265; PURCHASED_ENERGY: 3
    assertEquals(Co2e.tonnes("12.265"), inventory.removalsOf(List.of(EmissionCategory.DIRECT)));
    assertEquals(Co2e.tonnes("3"),
        inventory.removalsOf(List.of(EmissionCategory.PURCHASED_ENERGY)));
    assertEquals(Co2e.ZERO, inventory.removalsOf(List.of(EmissionCategory.TRANSPORTATION)));
    // 100.5 + 0.28 − 12.265
    assertEquals(Co2e.tonnes("88.515"),
        inventory.netEmissionsOf(List.of(EmissionCategory.DIRECT)));
  }

  @Test
  void removalsBySourceArePositiveMassesInIdOrder() {
    assertEquals(List.of(Map.entry("forest", Co2e.tonnes("12.265")),
        Map.entry("roof", Co2e.tonnes("3"))),
        List.copyOf(inventory.removalsBySource().entrySet()));
  }

  @Test
  void eachSourceHasTheCategoryOfItsLines() {
    assertEquals(List.of(Map.entry("biomass", EmissionCategory.DIRECT),
        Map.entry("boiler", EmissionCategory.DIRECT), Map.entry("forest", EmissionCategory.DIRECT),
        Map.entry("grid", EmissionCategory.PURCHASED_ENERGY),
        Map.entry("roof", EmissionCategory.PURCHASED_ENERGY)),
        List.copyOf(inventory.categoryBySource().entrySet()));
  }

  @Test
  void theMassOfEachGasEmittedLeavesRemovalsOut() {
    assertEquals(List.of(Map.entry(GreenhouseGas.CO2, new BigDecimal("150.5")),
        Map.entry(GreenhouseGas.CH4, new BigDecimal("0.01"))),
        List.copyOf(inventory.emissionMassByGas().entrySet()));
  }

  @Test
  void aRestrictedInventoryKeepsTheLinesOfItsCategories() {
    GhgInventory energy = inventory.restrictedTo(List.of(EmissionCategory.PURCHASED_ENERGY));
    assertEquals("inv-2025", energy.id());
    assertEquals(List.of("grid", "roof"),
        energy.lines().stream().map(InventoryLine::sourceId).toList());
    assertEquals(Co2e.tonnes("50"), energy.totalEmissions());
    assertEquals(Co2e.tonnes("47"), energy.netEmissions());
  }

  @Test
  void anInventoryNamesItsGwpSet() {
    refused("GhgInventory.gwpSet must not be blank, but was ' '", () -> GhgInventory.builder()
        .id("inv").period(ReportingPeriod.calendarYear(2025)).gwpSet(" ").build());
  }
}
