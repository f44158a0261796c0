// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.conformity;

import static org.cnms.core.testing.SystemFixtures.*;

import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.InstrumentKind;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.CategoryStatement;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.inventory.Projection;
import org.cnms.core.inventory.QuantificationApproach;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.inventory.SourceReview;
import org.cnms.core.inventory.YearLevel;
import org.cnms.core.leadership.Person;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.planning.CollectionFrequency;
import org.cnms.core.planning.CollectionMethod;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;

/**
 * A small management system, assessed on 2026-03-31, whose records of clauses 6.2 to 6.5 and 9.1
 * every quantification rule finds conforming; the tests change one thing at a time.
 */
final class QuantRulesFixture {

  private QuantRulesFixture() {}

  static MonitoringResult result(String id, String expected, String actual) {
    return result(id, MonitoringSubject.ACTIVITY_DATA, expected, actual);
  }

  static MonitoringResult result(String id, MonitoringSubject subject, String expected,
      String actual) {
    return MonitoringResult.builder().id(id).subject(subject)
        .sourceId("src-boiler").period(ReportingPeriod.calendarYear(2025))
        .expected(Amount.of(expected, "MWh")).actual(Amount.of(actual, "MWh"))
        .measuredOn(d("2026-01-10")).build();
  }

  static GhgReview.Builder review() {
    return GhgReview.builder().id("rv-2025").period(ReportingPeriod.calendarYear(2025))
        .inventoryId("inv-2025").completenessConfirmed(true)
        .addHistoricalLevels(YearLevel.builder().year(2024).emissions(Co2e.tonnes("3000"))
            .removals(Co2e.ZERO).build(), YearLevel.builder().year(2025)
            .emissions(Co2e.tonnes("2850")).removals(Co2e.ZERO).build())
        .addSourceReview(SourceReview.builder().sourceId("src-boiler")
            .addRelevantVariable("蒸汽产量").currentLevel(Co2e.tonnes("950"))
            .addInfluencerPersonId("p-eng").build())
        .addSourceReview(SourceReview.builder().sourceId("src-power")
            .addRelevantVariable("产量").currentLevel(Co2e.tonnes("1900"))
            .addInfluencerPersonId("p-eng").build())
        .addOpportunity(ImprovementOpportunity.builder().id("opp-1").description("余热回收")
            .addSourceId("src-boiler").rank(1).build())
        .addProjection(Projection.builder().year(2030).emissions(Co2e.tonnes("2400"))
            .assumptions("产量年增2%，完成余热回收").build())
        .reviewedOn(d("2026-02-20"));
  }

  static QuantificationMethod.Builder gasMethod() {
    return QuantificationMethod.builder().id("m-ng").name("化石燃料燃烧排放")
        .approach(QuantificationApproach.FUEL_COMBUSTION).formula("E = AD × NCV × CC × OF × 44/12")
        .addParameter("AD: 天然气消耗量, 10^4 Nm3").factorSource("GB/T 32150—2015 附录B")
        .selectionRationale("燃气表数据可得，缺省因子无额外成本")
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
            .selectionRationale("电费单数据可得，官方因子公开")
            .documentedOn(d("2024-01-20")).build())
        .addSource(boiler().build())
        .addSource(power().build());
    for (EmissionCategory c : new EmissionCategory[] {EmissionCategory.TRANSPORTATION,
        EmissionCategory.PRODUCTS_USED, EmissionCategory.USE_OF_PRODUCTS,
        EmissionCategory.OTHER}) {
      b.addCategoryStatement(CategoryStatement.of(c, "间接排放暂不量化，已说明理由"));
    }
    return b.addInventory(inventory(2024, "1000", "2000"))
        .addInventory(inventory(2025, "950", "1900"))
        .addGhgReview(review().build())
        .addIndicator(totalIndicator())
        .addBaseline(baseline())
        .addDataQualityPlan(DataQualityPlan.builder().id("dq-1").preparedOn(d("2024-02-01"))
            .addItem(DataQualityItem.builder().id("dqi-gas").dataItem("天然气消耗量")
                .addSourceId("src-boiler").sourceOfData("燃气表")
                .collectionMethod(CollectionMethod.METERED).frequency(CollectionFrequency.MONTHLY)
                .addMeterId("meter-gas").ownerPersonId("p-eng").retentionYears(5).build())
            .build())
        .addMonitoringResult(result("mr-gas", "1000", "1050"))
        .addMonitoringResult(result("mr-steam", MonitoringSubject.OPERATING_PARAMETER, "800",
            "790"))
        .addMonitoringResult(result("mr-buy", MonitoringSubject.PROCUREMENT_RESULT, "300", "290"))
        .addMonitoringResult(result("mr-base", MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE,
            "5000", "4900"))
        .addGhgReport(GhgReport.builder().id("rep-2024").period(ReportingPeriod.calendarYear(2024))
            .inventoryId("inv-2024").issuedOn(d("2025-03-20")).preparedBy("p-mgr").build())
        .addGhgReport(GhgReport.builder().id("rep-2025").period(ReportingPeriod.calendarYear(2025))
            .inventoryId("inv-2025").issuedOn(d("2026-03-20")).preparedBy("p-mgr").build())
        .addInstrument(meter("meter-gas", InstrumentKind.GAS_METER, "src-boiler"))
        .addInstrument(meter("meter-el", InstrumentKind.ELECTRICITY_METER, "src-power"))
        .build();
  }
}
