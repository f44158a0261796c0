// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.reference.ReferenceData;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.render.AssessmentReportRenderer;
import org.cnms.report.render.ReportDocument;
import org.cnms.report.render.ReportJson;
import org.junit.jupiter.api.Test;

/** The host application with cnms on its module path or class path (the invoker runs both). */
class ConsumerTest {

  /** The host's own mapper: every module on the path, its own date format. */
  private static ObjectMapper hostMapper() {
    return new ObjectMapper().findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Test
  void runsOnThePathItWasBuiltFor() {
    String expected = System.getProperty("consumer.expected.path");
    assertEquals(expected.equals("module"), Order.class.getModule().isNamed(), expected);
    assertEquals(expected.equals("module"), Amount.class.getModule().isNamed(), expected);
  }

  @Test
  void theHostsOwnTypesAreWrittenAsTheHostConfiguredThem() throws Exception {
    ObjectMapper mapper = hostMapper();
    Set<Object> ids = mapper.getRegisteredModuleIds();
    assertTrue(ids.contains("cnms-core") && ids.contains("cnms-quantification")
        && ids.contains("cnms-assets"), ids.toString());
    Order order = new Order(new BigDecimal("1.50"), Instant.parse("2026-12-04T08:00:00Z"),
        Optional.of("rush"));
    String json = mapper.writeValueAsString(order);
    assertEquals("{\"price\":1.50,\"placed\":\"2026-12-04T08:00:00Z\",\"note\":\"rush\"}", json);
    assertEquals(order, mapper.readValue(json, Order.class));
    assertEquals("{\"price\":2E+1,\"placed\":\"1970-01-01T00:00:00Z\",\"note\":null}",
        mapper.writeValueAsString(new Order(new BigDecimal("2E+1"), Instant.EPOCH,
            Optional.empty())));
  }

  @Test
  void cnmsTypesKeepTheirExactFormOnTheHostsMapperAndThroughCnmsJson() throws Exception {
    ObjectMapper mapper = hostMapper();
    Co2e co2e = Co2e.tonnes("12.50");
    assertEquals("{\"value\":\"12.50\",\"unit\":\"tCO2e\"}", mapper.writeValueAsString(co2e));
    assertEquals(co2e, mapper.readValue(mapper.writeValueAsString(co2e), Co2e.class));
    Amount amount = Amount.of("1250.50", "kWh");
    String json = CnmsJson.toJson(amount);
    assertTrue(json.contains("\"1250.50\""), json);
    Amount back = CnmsJson.fromJson(json, Amount.class);
    assertEquals(amount, back);
    assertEquals(new BigDecimal("1250.50"), back.value());
    assertEquals(co2e, CnmsJson.fromJson(CnmsJson.toJson(co2e), Co2e.class));
    assertEquals(2, CnmsJson.fromJson(CnmsJson.toJson(co2e), Co2e.class).tonnes().scale());
  }

  private static ActivityRecord grid(String id, String value, String unit) {
    return ActivityRecord.builder().id(id).sourceId("grid-1").facilityId("plant-1")
        .category(EmissionCategory.PURCHASED_ENERGY).activityKey(ReferenceData.GRID_AVERAGE)
        .amount(Amount.of(value, unit))
        .period(ReportingPeriod.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)))
        .obtainedBy(ObtainedBy.METERED).build();
  }

  @Test
  void computesAnInventoryOfTwoRecords() {
    // MEE/NBS national grid average 2022, 0.5366 tCO2/MWh: 1000 kWh → 0.5366 t, 2 MWh → 1.0732 t
    GhgInventory inventory = Footprint.inventory("inv-2022", 2022,
        List.of(grid("e1", "1000", "kWh"), grid("e2", "2", "MWh")));
    assertEquals(0, new BigDecimal("1.6098").compareTo(inventory.totalEmissions().tonnes()),
        inventory.totalEmissions().toString());
    assertEquals(0, new BigDecimal("1.6098").compareTo(
        inventory.emissionsByCategory().get(EmissionCategory.PURCHASED_ENERGY).tonnes()));
    assertEquals("AR5", inventory.gwpSet());
    assertEquals(inventory, CnmsJson.fromJson(CnmsJson.toJson(inventory), GhgInventory.class));
  }

  static final ManagementSystem SYSTEM = ManagementSystem.builder()
      .organisation(Organisation.builder().id("org").name("示例公司").sector("制造").build())
      .addFacility(Facility.builder().id("plant-1").name("一厂").kind(FacilityKind.PLANT).build())
      .boundary(OrganisationalBoundary.builder().approach(ConsolidationApproach.OPERATIONAL_CONTROL)
          .addFacility(BoundaryEntry.of("plant-1")).build())
      .scope(ScopeStatement.builder().statement("全部生产经营活动")
          .determinedOn(LocalDate.of(2025, 1, 1)).build())
      .build();

  @Test
  void assessesASystemReadFromYaml() {
    ManagementSystem system = CnmsJson.fromYaml(CnmsJson.toYaml(SYSTEM), ManagementSystem.class);
    assertEquals(SYSTEM, system);
    AssessmentReport report = Footprint.assess(system, LocalDate.of(2026, 3, 1));
    assertEquals("org", report.organisationId());
    assertEquals(LocalDate.of(2026, 3, 1), report.assessedOn());
    // the rules of every module on the path were found through their service files
    List<String> rules = report.findings().stream().map(f -> f.ruleId()).distinct().toList();
    assertTrue(rules.stream().anyMatch(r -> r.startsWith("core.")), rules.toString());
    assertTrue(rules.stream().anyMatch(r -> r.startsWith("quant.")), rules.toString());
    assertTrue(rules.stream().anyMatch(r -> r.startsWith("assets.")), rules.toString());
    assertTrue(report.verdicts().values().stream().noneMatch(v -> v == Verdict.RULE_ERROR),
        report.verdicts().toString());
    // one verdict for each of the 45 requirements T/CAS 612 cites; the boundary is drawn, the
    // system has no carbon-neutrality policy, and holds no carbon assets that would need a plan
    assertEquals(45, report.verdicts().size());
    assertEquals(Verdict.CONFORMS, report.verdicts().get("4.3.1"));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, report.verdicts().get("5.2"));
    assertEquals(Verdict.CONFORMS, report.verdicts().get("6.7"));
  }

  @Test
  void reportsAsJsonAndHtmlInChinese() {
    GhgInventory inventory = Footprint.inventory("inv-2022", 2022,
        List.of(grid("e1", "1000", "kWh"), grid("e2", "2", "MWh")));
    AssessmentReport assessment = Footprint.assess(SYSTEM, LocalDate.of(2026, 3, 1));
    CarbonNeutralityReport report = Footprint.report(SYSTEM, List.of(inventory), assessment,
        Locale.SIMPLIFIED_CHINESE);
    String json = ReportJson.write(report);
    assertTrue(json.contains("\"totalEmissions\" : {\n      \"value\" : \"1.6098000\""), json);
    assertEquals(report, ReportJson.read(json));
    // the report's texts and charts, and the audit report's, from cnms-report's own bundle
    String html = ReportDocument.of(report).html();
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("示例公司")
        && html.contains("<svg"), html);
    String audit = AssessmentReportRenderer.html(assessment, Locale.SIMPLIFIED_CHINESE);
    assertTrue(audit.contains("<h1>碳中和管理体系符合性评价报告</h1>"), audit);
  }
}
