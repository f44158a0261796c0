package org.cnms.quantification.conformity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.CalibrationResult;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.InstrumentKind;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.CategoryStatement;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.GhgSourceKind;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.Projection;
import org.cnms.core.inventory.QuantificationApproach;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.inventory.SourceReview;
import org.cnms.core.leadership.Person;
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
import org.cnms.core.planning.CollectionFrequency;
import org.cnms.core.planning.CollectionMethod;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;

/**
 * A small management system, assessed on 2026-03-31, whose records of clauses 6.2 to 6.5 and 9.1
 * every quantification rule finds conforming; the tests change one thing at a time.
 */
final class QuantRulesFixture {

  static final LocalDate ON = LocalDate.of(2026, 3, 31);

  private QuantRulesFixture() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static InventoryLine line(String source, EmissionCategory c, String tonnes) {
    return InventoryLine.builder().sourceId(source).facilityId("plant-1").category(c)
        .gas(GreenhouseGas.CO2).gasTonnes(new BigDecimal(tonnes)).co2e(Co2e.tonnes(tonnes))
        .build();
  }

  static GhgInventory inventory(int year, String boiler, String power) {
    return GhgInventory.builder().id("inv-" + year).period(ReportingPeriod.calendarYear(year))
        .gwpSet("AR5").addLine(line("src-boiler", EmissionCategory.DIRECT, boiler))
        .addLine(line("src-power", EmissionCategory.IMPORTED_ENERGY, power)).build();
  }

  static MonitoringResult result(String id, String expected, String actual) {
    return MonitoringResult.builder().id(id).subject(MonitoringSubject.ACTIVITY_DATA)
        .sourceId("src-boiler").period(ReportingPeriod.calendarYear(2025))
        .expected(Amount.of(expected, "MWh")).actual(Amount.of(actual, "MWh"))
        .measuredOn(d("2026-01-10")).build();
  }

  static MeasuringInstrument meter(String id, InstrumentKind kind, String source) {
    return MeasuringInstrument.builder().id(id).kind(kind).facilityId("plant-1")
        .addSourceId(source).accuracyClass("1.0").calibrationIntervalMonths(12)
        .addCalibration(Calibration.of(d("2024-12-15"), CalibrationResult.PASS))
        .addCalibration(Calibration.of(d("2025-12-10"), CalibrationResult.PASS)).build();
  }

  static GhgReview.Builder review() {
    return GhgReview.builder().id("rv-2025").period(ReportingPeriod.calendarYear(2025))
        .inventoryId("inv-2025").completenessConfirmed(true)
        .addSourceReview(SourceReview.builder().sourceId("src-boiler")
            .addRelevantVariable("蒸汽产量").addInfluencerPersonId("p-eng").build())
        .addSourceReview(SourceReview.builder().sourceId("src-power")
            .addRelevantVariable("产量").addInfluencerPersonId("p-eng").build())
        .addOpportunity(ImprovementOpportunity.builder().id("opp-1").description("余热回收")
            .addSourceId("src-boiler").rank(1).build())
        .addProjection(Projection.builder().year(2030).emissions(Co2e.tonnes("2400"))
            .assumptions("产量年增2%，完成余热回收").build())
        .reviewedOn(d("2026-02-20"));
  }

  static GhgSource.Builder boiler() {
    return GhgSource.builder().id("src-boiler").name("1号燃气锅炉").facilityId("plant-1")
        .category(EmissionCategory.DIRECT).kind(GhgSourceKind.STATIONARY_COMBUSTION)
        .addGas(GreenhouseGas.CO2).methodId("m-ng").ownerPersonId("p-eng").significant(true);
  }

  static QuantificationMethod.Builder gasMethod() {
    return QuantificationMethod.builder().id("m-ng").name("化石燃料燃烧排放")
        .approach(QuantificationApproach.FUEL_COMBUSTION).formula("E = AD × NCV × CC × OF × 44/12")
        .addParameter("AD: 天然气消耗量, 10^4 Nm3").factorSource("GB/T 32150—2015 附录B")
        .documentedOn(d("2024-01-20"));
  }

  /** The conforming system. */
  static ManagementSystem system() {
    ManagementSystem.Builder b = ManagementSystem.builder()
        .organisation(Organisation.builder().id("org").name("示例制造有限公司").sector("汽车零部件制造")
            .build())
        .addFacility(Facility.builder().id("plant-1").name("一厂").kind(FacilityKind.PLANT).build())
        .boundary(OrganisationalBoundary.builder()
            .approach(ConsolidationApproach.OPERATIONAL_CONTROL)
            .addFacility(BoundaryEntry.of("plant-1")).build())
        .scope(ScopeStatement.builder().statement("一厂全部生产经营活动")
            .determinedOn(d("2024-01-01")).build())
        .addPersons(Person.of("p-eng", "张工"), Person.of("p-mgr", "李经理"))
        .addMethod(gasMethod().build())
        .addMethod(QuantificationMethod.builder().id("m-el").name("外购电力排放")
            .approach(QuantificationApproach.PURCHASED_ENERGY).formula("E = AD × EF")
            .addParameter("AD: 外购电量, MWh").factorSource("全国电网平均排放因子")
            .documentedOn(d("2024-01-20")).build())
        .addSource(boiler().build())
        .addSource(GhgSource.builder().id("src-power").name("外购电力").facilityId("plant-1")
            .category(EmissionCategory.IMPORTED_ENERGY).kind(GhgSourceKind.PURCHASED_ELECTRICITY)
            .addGas(GreenhouseGas.CO2).methodId("m-el").ownerPersonId("p-eng").significant(true)
            .build());
    for (EmissionCategory c : new EmissionCategory[] {EmissionCategory.TRANSPORTATION,
        EmissionCategory.PRODUCTS_USED, EmissionCategory.USE_OF_PRODUCTS,
        EmissionCategory.OTHER}) {
      b.addCategoryStatement(CategoryStatement.of(c, "间接排放暂不量化，已说明理由"));
    }
    return b.addInventory(inventory(2024, "1000", "2000"))
        .addInventory(inventory(2025, "950", "1900"))
        .addGhgReview(review().build())
        .addIndicator(PerformanceIndicator.builder().id("ind-total").name("温室气体排放总量")
            .kind(IndicatorKind.TOTAL_EMISSIONS).unit(MeasureUnit.parse("tCO2e"))
            .methodDescription("清单排放量合计").build())
        .addBaseline(Baseline.builder().id("bl-2024").addPeriod(ReportingPeriod.calendarYear(2024))
            .emissions(Co2e.tonnes("3000")).removals(Co2e.ZERO).addInventoryId("inv-2024")
            .selectionCriteria("2024年为数据完整的首个年度").establishedOn(d("2025-02-01"))
            .gwpSet("AR5").build())
        .addDataQualityPlan(DataQualityPlan.builder().id("dq-1").preparedOn(d("2024-02-01"))
            .addItem(DataQualityItem.builder().id("dqi-gas").dataItem("天然气消耗量")
                .addSourceId("src-boiler").sourceOfData("燃气表")
                .collectionMethod(CollectionMethod.METERED).frequency(CollectionFrequency.MONTHLY)
                .addMeterId("meter-gas").ownerPersonId("p-eng").retentionYears(5).build())
            .build())
        .addMonitoringResult(result("mr-gas", "1000", "1050"))
        .addGhgReport(GhgReport.builder().id("rep-2024").period(ReportingPeriod.calendarYear(2024))
            .inventoryId("inv-2024").issuedOn(d("2025-03-20")).preparedBy("p-mgr").build())
        .addGhgReport(GhgReport.builder().id("rep-2025").period(ReportingPeriod.calendarYear(2025))
            .inventoryId("inv-2025").issuedOn(d("2026-03-20")).preparedBy("p-mgr").build())
        .addInstrument(meter("meter-gas", InstrumentKind.GAS_METER, "src-boiler"))
        .addInstrument(meter("meter-el", InstrumentKind.ELECTRICITY_METER, "src-power"))
        .build();
  }
}
