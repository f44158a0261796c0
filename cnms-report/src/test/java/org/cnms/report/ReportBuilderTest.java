// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cnms.assets.ledger.Ledger;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.system.ManagementSystem;
import org.cnms.report.render.HtmlTemplate;
import org.cnms.report.render.ReportDocument;
import org.cnms.report.render.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report builder on a sample system with its inventories recorded (no activity data). */
class ReportBuilderTest {

  static ManagementSystem system;
  static GhgInventory latest;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ReportBuilderTest.class.getResourceAsStream("sample-system.yaml")) {
      system = CnmsJson.readYaml(in, "sample-system.yaml", ManagementSystem.class);
    }
    latest = system.latestInventory().orElseThrow();
  }

  static ReportBuilder builder() {
    return CarbonNeutralityReport.builder().system(system).inventories(system.inventories())
        .baseline(system.currentBaselines().stream().findFirst())
        .target(system.currentNeutralityTargets().stream().findFirst())
        .ledger(Ledger.create()).claims(Map.of(latest.period().start().getYear(), "CLAIM-X"))
        .conformity(ConformityAssessment.discover().assess(AssessmentContext.builder()
            .system(system).assessmentDate(LocalDate.of(2026, 3, 31)).build()))
        .workspace("test").assessmentDate(LocalDate.of(2026, 3, 31))
        .calculator(Optional.empty(), "AR5");
  }

  @Test
  void theClaimOfTheLatestYearIsBalancedUnlessAnotherIsNamed() {
    CarbonNeutralityReport r = builder().build();
    assertEquals("CLAIM-X", r.balance().claimId());
    assertEquals(latest.period(), r.balance().period());
    // no units retired: the net balance is the covered net emissions
    EnumSet<EmissionCategory> covered = EnumSet.copyOf(r.trend().coveredCategories());
    assertEquals(latest.netEmissionsOf(covered), r.balance().netBalance());
    ClaimSelectionException e = assertThrows(ClaimSelectionException.class,
        () -> builder().claimId("CLAIM-NONE").build());
    assertEquals("CLAIM-NONE", e.requested());
    assertEquals(List.of("CLAIM-X"), e.candidates());
    assertTrue(e.getMessage().contains("CLAIM-X"), e.getMessage());
  }

  @Test
  void figuresAreTheDomainsExactValues() {
    CarbonNeutralityReport r = builder().build();
    assertEquals(latest.totalEmissions(), r.inventory().totalEmissions());
    assertEquals(latest.emissionsByCategory().size(), r.inventory().byCategory().size());
    // shares add up to 100 % within the 16 significant digits they carry
    var sum = r.inventory().byCategory().stream().map(c -> c.sharePercent())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertTrue(sum.subtract(java.math.BigDecimal.valueOf(100)).abs()
        .compareTo(new java.math.BigDecimal("1e-12")) < 0, sum.toPlainString());
    assertEquals(system.inventories().size(), r.trend().years().size());
    // without traced activity the by-gas table has no CO2e-only row and no factors
    assertTrue(r.inventory().byGas().stream().allMatch(g -> g.gas() != null));
    assertTrue(r.inventory().factors().isEmpty());
    assertNull(r.inventory().calculation());
  }

  @Test
  void theJsonReadsBackToAnEqualReport() {
    CarbonNeutralityReport r = builder().locale(Locale.CHINESE).build();
    assertEquals("zh", r.language());
    String json = ReportJson.write(r);
    assertEquals(r, ReportJson.read(json));
  }

  @Test
  void aVendorTemplateFramesTheBody() {
    CarbonNeutralityReport r = builder().build();
    String page = ReportDocument.of(r).html(HtmlTemplate.of(
        "<html lang=\"{{lang}}\"><title>{{title}}</title><body class=\"vendor\">{{body}}</body>"
            + "</html>"));
    assertTrue(page.startsWith("<html lang=\"en\"><title>Carbon-neutrality report"), page);
    assertTrue(page.contains("<body class=\"vendor\"><h1>"));
    assertTrue(page.contains("class=\"waterfall net\""));
    assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.of("no body"));
    assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.of("{{body}}{{body}}"));
  }
}
