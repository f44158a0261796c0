// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.activity.ActivityRecord;
import org.cnms.quantification.activity.ObtainedBy;
import org.cnms.quantification.aggregation.InventoryAccumulator;
import org.cnms.quantification.calculation.CalculationResult;
import org.cnms.quantification.calculation.Calculator;
import org.cnms.quantification.progress.ProgressCalculator;
import org.cnms.quantification.progress.Projection;
import org.cnms.quantification.progress.Scenario;
import org.cnms.quantification.reference.ReferenceData;
import org.cnms.report.render.AssessmentReportRenderer;
import org.junit.jupiter.api.Test;

/** The code samples of README.md, compiled and run, with the values the README states. */
class ReadmeExamplesTest {

  @Test
  void core() {
    Co2e total = Co2e.tonnes("12.5").plus(Co2e.tonnes("0.75"));       // 13.25 tCO2e, exact
    Amount gas = Amount.of("12.3", "万标准立方米");                      // 12.3 1e4Nm3
    ManagementSystem system = Workspace.sample().system();
    String yaml = CnmsJson.toYaml(system);
    AssessmentReport report = ConformityAssessment.discover()
        .assess(AssessmentContext.of(system, java.time.LocalDate.of(2026, 3, 31)));
    String first = report.findings().get(0).describe(Locale.CHINESE);
    String html = AssessmentReportRenderer.html(report, Locale.CHINESE);

    assertEquals("13.25 tCO2e", total.toString());
    assertEquals("12.3 1e4Nm3", gas.toString());
    assertEquals(system, CnmsJson.fromYaml(yaml, ManagementSystem.class));
    assertTrue(html.contains("碳中和管理体系符合性评价报告"));
    assertTrue(first.contains(report.findings().get(0).messageZh()), first);
  }

  @Test
  void quantification() {
    Calculator calculator = Calculator.builder()
        .library(ReferenceData.chinaFactorLibrary())
        .gwpSet(ReferenceData.gwpSet("AR5"))
        .build();
    ActivityRecord electricity = ActivityRecord.builder()
        .id("A-1").sourceId("S-SZ-ELEC").facilityId("F-SZ")
        .category(EmissionCategory.PURCHASED_ENERGY)
        .activityKey(ReferenceData.GRID_AVERAGE)              // MEE/NBS national grid average
        .amount(Amount.of("6300", "MWh"))
        .period(ReportingPeriod.calendarYear(2023))
        .obtainedBy(ObtainedBy.METERED)
        .build();
    CalculationResult result = calculator.calculate(electricity);  // 3342.78 tCO2e, with a trace
    GhgInventory inventory = InventoryAccumulator.inventory(calculator, "INV-2023",
        ReportingPeriod.calendarYear(2023), List.of(electricity).stream());

    assertEquals(0, result.emissions().compareTo(Co2e.tonnes("3342.78")), result.emissions()
        .toString());
    assertEquals(0, inventory.totalEmissions().compareTo(Co2e.tonnes("3342.78")));
    assertTrue(result.lines().get(0).trace().factors().get(0).provenance().cite()
        .contains("MEE and NBS"));
  }

  @Test
  void assets() {
    Workspace ws = Workspace.sample();
    CarbonNeutralityTarget target = ws.currentTarget().orElseThrow();
    GhgInventory inventory = ws.inventories().get(ws.inventories().size() - 1);
    Ledger ledger = Ledger.importJsonLines(new StringReader(ws.ledger().toJsonLines()));
    NeutralityBalance balance = NeutralityBalance.of("CLAIM-2025", inventory.period(), target,
        inventory, ledger, EligibilityPolicy.anyOutsideBoundary());

    assertEquals(balance.grossEmissions().minus(balance.removals()).minus(balance.offsets()),
        balance.netBalance());
    assertEquals(!balance.netBalance().isPositive(), balance.neutral());
  }

  @Test
  void ledgerStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("ledger.jsonl"), Workspace.sample().ledger()
        .toJsonLines());
    org.cnms.assets.ledger.LedgerEvent retirement = org.cnms.assets.ledger.RetiredForClaim
        .builder().id("EV-2026-003").date(java.time.LocalDate.of(2026, 3, 20))
        .registry("CCER-NCSC").serials(org.cnms.assets.unit.SerialRange.of(
            "CCER-14-2024-0031", 5017, 5026)).beneficiary("华东精密部件有限公司")
        .claimPeriod(org.cnms.core.organisation.ReportingPeriod.calendarYear(2025))
        .purpose("carbon neutrality 2025").claimId("CLAIM-2025-C1C2").build();
    java.nio.file.Path file = dir.resolve("ledger.jsonl");
    long before;
    try (org.cnms.assets.ledger.LedgerStore store =
        org.cnms.assets.ledger.store.JsonLinesLedgerStore.open(file)) {
      Ledger ledger = Ledger.open(store);            // verifies the chain, replays every event
      before = ledger.size();
      ledger.append(retirement);                     // forced to disk before it returns
    }
    try (org.cnms.assets.ledger.LedgerStore store =
        org.cnms.assets.ledger.store.JsonLinesLedgerStore.open(file)) {
      assertEquals(before + 1, Ledger.open(store).size());
    }
  }

  @Test
  void examples() {
    Workspace ws = Workspace.sample();
    GhgInventory latest = ws.inventories().get(ws.inventories().size() - 1);
    Projection p = ProgressCalculator.withDefaultRounding().scenario(
        Scenario.constantReduction("-10 % a year", "10"), latest, 2060, Co2e.ZERO);

    assertTrue(p.projected().size() > 30);
    assertTrue(p.projected().get(0).netEmissions().tonnes()
        .compareTo(latest.netEmissions().tonnes()) < 0);
    assertTrue(BigDecimal.ZERO.compareTo(p.level().tonnes()) == 0);
  }
}
