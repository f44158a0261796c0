// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.CalibrationResult;
import org.cnms.core.evaluation.InstrumentKind;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.GhgSourceKind;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.IndicatorKind;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.MeasureUnit;

/**
 * Records shared by the small management systems of the conformity-rule tests of every module: a
 * plant {@code plant-1} with a gas boiler {@code src-boiler} and purchased power {@code
 * src-power}, assessed on {@link #ON}.
 */
public final class SystemFixtures {

  /** The assessment date of the rule tests. */
  public static final LocalDate ON = LocalDate.of(2026, 3, 31);

  private SystemFixtures() {}

  /**
   * The smallest system a conformity assessment reads: organisation {@code org} named {@code
   * name}, plant {@code plant-1} within an operational-control boundary, a scope determined on
   * 2025-01-01.
   */
  public static ManagementSystem smallSystem(String name) {
    return ManagementSystem.builder()
        .organisation(Organisation.builder().id("org").name(name).sector("制造").build())
        .addFacility(Facility.builder().id("plant-1").name("一厂").kind(FacilityKind.PLANT).build())
        .boundary(OrganisationalBoundary.builder()
            .approach(ConsolidationApproach.OPERATIONAL_CONTROL)
            .addFacility(BoundaryEntry.of("plant-1")).build())
        .scope(ScopeStatement.builder().statement("全部生产经营活动")
            .determinedOn(LocalDate.of(2025, 1, 1)).build())
        .build();
  }

  /**
   * A rule of requirement {@code requirement} that always gives one finding of {@code verdict},
   * with the messages {@code zh} and {@code en} and the records {@code recordIds}.
   */
  public static ConformityRule fixedRule(String id, String requirement, Verdict verdict,
      String zh, String en, List<String> recordIds) {
    return new ConformityRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String requirementId() {
        return requirement;
      }

      @Override
      public List<Finding> evaluate(AssessmentContext context) {
        return List.of(Finding.of(this, verdict, zh, en, recordIds));
      }
    };
  }

  /** A date from ISO text. */
  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** An inventory line of CO₂ at plant-1: {@code tonnes} of gas and of CO₂e. */
  public static InventoryLine line(String source, EmissionCategory c, String tonnes) {
    return InventoryLine.builder().sourceId(source).facilityId("plant-1").category(c)
        .gas(GreenhouseGas.CO2).gasTonnes(new BigDecimal(tonnes)).co2e(Co2e.tonnes(tonnes))
        .build();
  }

  /** The AR5 inventory {@code inv-<year>} of the boiler's and the power's tonnes. */
  public static GhgInventory inventory(int year, String boiler, String power) {
    return GhgInventory.builder().id("inv-" + year).period(ReportingPeriod.calendarYear(year))
        .gwpSet("AR5").addLine(line("src-boiler", EmissionCategory.DIRECT, boiler))
        .addLine(line("src-power", EmissionCategory.PURCHASED_ENERGY, power)).build();
  }

  /** The gas boiler {@code src-boiler} of plant-1: significant, method {@code m-ng}. */
  public static GhgSource.Builder boiler() {
    return GhgSource.builder().id("src-boiler").name("1号燃气锅炉").facilityId("plant-1")
        .category(EmissionCategory.DIRECT).kind(GhgSourceKind.STATIONARY_COMBUSTION)
        .addGas(GreenhouseGas.CO2).methodId("m-ng").ownerPersonId("p-eng").significant(true);
  }

  /** The purchased power {@code src-power} of plant-1: significant, method {@code m-el}. */
  public static GhgSource.Builder power() {
    return GhgSource.builder().id("src-power").name("外购电力").facilityId("plant-1")
        .category(EmissionCategory.PURCHASED_ENERGY).kind(GhgSourceKind.PURCHASED_ELECTRICITY)
        .addGas(GreenhouseGas.CO2).methodId("m-el").ownerPersonId("p-eng").significant(true);
  }

  /** The indicator {@code ind-total}: total emissions in tCO₂e (9.1.1). */
  public static PerformanceIndicator totalIndicator() {
    return PerformanceIndicator.builder().id("ind-total").name("温室气体排放总量")
        .kind(IndicatorKind.TOTAL_EMISSIONS).unit(MeasureUnit.parse("tCO2e"))
        .methodDescription("清单排放量合计").build();
  }

  /** The baseline {@code bl-2024}: 3000 tCO₂e, the inventory of 2024 (6.5). */
  public static Baseline baseline() {
    return Baseline.builder().id("bl-2024").addPeriod(ReportingPeriod.calendarYear(2024))
        .emissions(Co2e.tonnes("3000")).removals(Co2e.ZERO).addInventoryId("inv-2024")
        .selectionCriteria("2024年为数据完整的首个年度").establishedOn(d("2025-02-01"))
        .gwpSet("AR5").build();
  }

  /** A meter of plant-1 for {@code source}, calibrated yearly and passed in 2024 and 2025. */
  public static MeasuringInstrument meter(String id, InstrumentKind kind, String source) {
    return MeasuringInstrument.builder().id(id).kind(kind).facilityId("plant-1")
        .addSourceId(source).accuracyClass("1.0").gb17167Required(true).fittedPerGb17167(true)
        .calibrationIntervalMonths(12)
        .addCalibration(Calibration.of(d("2024-12-15"), CalibrationResult.PASS))
        .addCalibration(Calibration.of(d("2025-12-10"), CalibrationResult.PASS)).build();
  }
}
