// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.MeasureUnit;
import org.junit.jupiter.api.Test;

/**
 * The checks of the optional and repeated fields of targets, baselines, indicators and action
 * plans: a blank text, an id with a space or a negative mass is refused, naming the field.
 */
class PerformanceChecksTest {

  private static void refused(String message, Supplier<?> build) {
    var e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  private static String idMessage(String field, String value) {
    return field + " must be 1 to 128 characters without whitespace, but was '" + value + "'";
  }

  private static ActionPlan.Builder plan() {
    return ActionPlan.builder().id("AP-1").addGhgTargetId("GT-1")
        .measure(ActionMeasure.WASTE_HEAT_AND_PRESSURE_RECOVERY).title("余热发电");
  }

  @Test
  void anActionPlansOptionalFieldsAreChecked() {
    refused(idMessage("ActionPlan.ghgTargetIds", "GT 2"),
        () -> plan().addGhgTargetId("GT 2").build());
    refused("ActionPlan.description must not be blank, but was ' '",
        () -> plan().description(" ").build());
    refused("ActionPlan.resources must not be blank, but was ' '",
        () -> plan().resources(" ").build());
    refused(idMessage("ActionPlan.responsible", "p 1"), () -> plan().responsible("p 1").build());
    refused("ActionPlan.verificationMethod must not be blank, but was ' '",
        () -> plan().verificationMethod(" ").build());
    refused("ActionPlan.expectedReduction must not be negative, but was -3 tCO2e",
        () -> plan().expectedReduction(Co2e.tonnes("-3")).build());
  }

  private static Baseline.Builder baseline() {
    return Baseline.builder().id("BL-2020").addPeriod(ReportingPeriod.calendarYear(2020))
        .emissions(Co2e.tonnes("100")).removals(Co2e.ZERO).selectionCriteria("first full year")
        .establishedOn(LocalDate.of(2021, 6, 1)).gwpSet("AR6");
  }

  @Test
  void aBaselinesInventoriesAndCategoriesAreChecked() {
    refused(idMessage("Baseline.inventoryIds", "INV 2020"),
        () -> baseline().addInventoryIds("INV 2020").build());
    refused("Baseline.emissionsByCategory[C1] must not be negative, but was -1 tCO2e",
        () -> baseline().putEmissionsByCategory(EmissionCategory.DIRECT, Co2e.tonnes("-1"))
            .build());
  }

  @Test
  void aTargetIsNotCommunicatedBeforeItIsSet() {
    Supplier<CarbonNeutralityTarget.Builder> t = () -> CarbonNeutralityTarget.builder()
        .id("CNT-1").visionYear(2050).baselineId("BL").setOn(LocalDate.of(2023, 1, 1));
    refused("CarbonNeutralityTarget.communicatedOn 2022-12-31 must not be before"
        + " CarbonNeutralityTarget.setOn 2023-01-01",
        () -> t.get().communicatedOn(LocalDate.of(2022, 12, 31)).build());
    assertEquals(LocalDate.of(2023, 1, 1),
        t.get().communicatedOn(LocalDate.of(2023, 1, 1)).build().communicatedOn().orElseThrow());
  }

  @Test
  void aGhgTargetsFacilityAndDescriptionAreChecked() {
    Supplier<GhgTarget.Builder> g = () -> GhgTarget.builder().id("GT-1").phasedTargetId("PT-1")
        .kind(GhgTargetKind.EMISSION).addCategory(EmissionCategory.DIRECT).targetYear(2030)
        .reductionPercent(BigDecimal.TEN);
    refused(idMessage("GhgTarget.facilityId", "plant 1"),
        () -> g.get().level(TargetLevel.FACILITY).facilityId("plant 1").build());
    refused("GhgTarget.description must not be blank, but was ' '",
        () -> g.get().level(TargetLevel.ORGANISATION).description(" ").build());
  }

  @Test
  void anIndicatorsIdsAndVariablesAreChecked() {
    Supplier<PerformanceIndicator.Builder> i = () -> PerformanceIndicator.builder().id("PI-1")
        .name("总排放").kind(IndicatorKind.TOTAL_EMISSIONS).unit(MeasureUnit.parse("tCO2e"))
        .methodDescription("年度盘查");
    refused(idMessage("PerformanceIndicator.facilityId", "plant 1"),
        () -> i.get().facilityId("plant 1").build());
    refused(idMessage("PerformanceIndicator.productId", "P 1"),
        () -> i.get().productId("P 1").build());
    refused("PerformanceIndicator.relevantVariables must not be blank, but was ' '",
        () -> i.get().addRelevantVariables("产量", " ").build());
  }

  @Test
  void anIntensityTargetNamesItsIndicatorById() {
    refused(idMessage("PhasedTarget.indicatorId", "PI 1"), () -> PhasedTarget.builder()
        .id("PT-1").year(2030).kind(PhasedTargetKind.INTENSITY_REDUCTION_PERCENT)
        .value(new BigDecimal("20")).description("强度下降20%").indicatorId("PI 1").build());
  }

  @Test
  void aPolicyExaminesOnlyItsTriggers() {
    RecalculationPolicy methods = RecalculationPolicy.builder()
        .addTriggers(RecalculationTrigger.METHOD_CHANGE).build();
    assertTrue(methods.examines(RecalculationTrigger.METHOD_CHANGE));
    assertFalse(methods.examines(RecalculationTrigger.STRUCTURAL_CHANGE));
    for (RecalculationTrigger t : RecalculationTrigger.values()) {
      assertTrue(RecalculationPolicy.standard().examines(t), t.name());
    }
  }
}
