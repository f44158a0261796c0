// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.Problem;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.activity.ActivityRecord;
import org.junit.jupiter.api.Test;

/** The sample's ERP extract maps to activity records, and its bad rows are reported. */
class ErpMaterialImportTest {

  private static final Path ERP = Workspace.sampleDirectory().resolve("erp");
  private static final ReportingPeriod Q1 = ReportingPeriod.of(LocalDate.of(2025, 1, 1),
      LocalDate.of(2025, 3, 31));

  private static ErpMaterialImport.Result sample() {
    return ErpMaterialImport.fromMapping(ERP.resolve("mapping.yaml"))
        .read(ERP.resolve("mb51-2025q1.csv"), Q1);
  }

  @Test
  void everyReasonARowIsRejectedIsAProblemAtItsLineAndColumn() {
    assertEquals(List.of(
        "mb51-2025q1.csv:9:5: material: material OF-PAPER-A4 at plant 3000 is not mapped",
        "mb51-2025q1.csv:9:8: unit: unit 'PAK' is unknown (add it under units: in the mapping)",
        "mb51-2025q1.csv:10:7: quantity: quantity '23.5OO' is not a number (the decimal"
            + " separator is '.', and ',' groups thousands in threes)",
        "mb51-2025q1.csv:11:9: movementType: movement type 311 is not mapped (taken: 101, 102,"
            + " 261, 262)",
        "mb51-2025q1.csv:17:4: plant: plant '9000' is not mapped to a facility",
        "mb51-2025q1.csv:18:3: postingDate: posting date '2025.02.30' is not a date",
        "mb51-2025q1.csv:20:8: unit: unit 'BAG' is unknown (add it under units: in the mapping)",
        "mb51-2025q1.csv:24:5: material: material EN-DIESEL at plant 3000 is not mapped",
        "mb51-2025q1.csv:26:3: postingDate: posting date 2024-12-30 lies outside"
            + " 2025-01-01/2025-03-31"),
        sample().problems().stream().map(Problem::toString).toList());
    assertEquals("23.5OO", sample().problems().get(2).text().orElseThrow());
  }

  @Test
  void quantitiesGroupThousandsInThreesOnly() {
    assertEquals(new BigDecimal("2150.000"), ErpMaterialImport.quantity("2,150.000"));
    assertEquals(new BigDecimal("1234567.5"), ErpMaterialImport.quantity("1,234,567.5"));
    assertEquals(new BigDecimal("24.9"), ErpMaterialImport.quantity("24.9"));
    for (String bad : List.of("24,9", "58,50,000", "1,2345", ",150", "1.5e3", "1,50.0", "")) {
      assertEquals(null, ErpMaterialImport.quantity(bad), bad);
    }
  }

  @Test
  void acceptedRowsAreSummedPerSourceAndMonthWithReversalsSubtracted() {
    ErpMaterialImport.Result r = sample();
    assertEquals(25, r.rowsRead());
    assertEquals(17, r.rowsAccepted());
    assertEquals(12, r.records().size());
    // January steel: 182.400 + 176.800 − 176.800 (movement 102) + 167.900 = 350.300 t
    ActivityRecord steel = record(r, "ERP-S-SZ-STEEL-2025-01");
    assertEquals(new BigDecimal("350.300"), steel.amount().value());
    assertEquals("t", steel.amount().unit().code());
    assertEquals("urn:hdjm:material:ST45-BAR", steel.activityKey());
    assertEquals("F-SZ", steel.facilityId());
    assertEquals(ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
        steel.period());
    // February diesel in Hefei: 2,310 KGM (an alias of kg) − 120 kg (movement 262) = 2,190 kg
    ActivityRecord diesel = record(r, "ERP-S-HF-FORKLIFT-2025-02");
    assertEquals(0, diesel.amount().value().compareTo(new BigDecimal("2190")));
    assertEquals("kg", diesel.amount().unit().code());
  }

  @Test
  void theRecordsAreQuantifiedByTheSampleWorkspace() {
    ActivityRecord steel = record(sample(), "ERP-S-SZ-STEEL-2025-01");
    // 350.3 t × 1.88 kgCO2e/kg (the supplier's 2025 footprint) = 658.564 tCO2e
    assertEquals(0, Workspace.sample().calculate(steel).emissions().tonnes()
        .compareTo(new BigDecimal("658.564")));
  }

  @Test
  void reversalsExceedingPostingsRejectTheMonth() {
    String csv = "物料凭证,行项目,过账日期,工厂,物料,数量,单位,移动类型\n"
        + "1,1,2025.01.05,1000,RM-ST45-BAR,10,TO,101\n"
        + "2,1,2025.01.06,1000,RM-ST45-BAR,12,TO,102\n";
    ErpMaterialImport.Result r = ErpMaterialImport.fromMapping(ERP.resolve("mapping.yaml"))
        .read(csv, "extract.csv", Q1);
    assertEquals(List.of(), r.records());
    assertEquals(List.of(Problem.at("extract.csv", 2, "the reversals of S-SZ-STEEL in 2025-01"
        + " exceed its postings (rows [2, 3])")), r.problems());
  }

  @Test
  void aMappingWithoutItsColumnsIsRefusedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ErpMaterialImport.fromMapping("columns:\n  document: 物料凭证\n", "m.yaml"));
    assertTrue(e.getMessage().startsWith("m.yaml: columns.item is required;"), e.getMessage());
  }

  private static ActivityRecord record(ErpMaterialImport.Result r, String id) {
    return r.records().stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no record " + id));
  }
}
