// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

class CsvActivityImportTest {

  private final CsvActivityImport importer = CsvActivityImport.builder()
      .period(ReportingPeriod.calendarYear(2025))
      .knownSources(Set.of("grid-1", "boiler-1"))
      .build();

  @Test
  void goodRowsAreKeptAndEveryBadRowIsReportedWithItsNumber() {
    String csv = "id,source,facility,category,activity,amount,unit,start,end,obtained_by,meter\n"
        + "r1,grid-1,plant-1,C2,electricity,\"1,250.5\",千瓦时,2025-01-01,2025-01-31,metered,M-7\n"
        + "r2,grid-9,plant-1,C2,electricity,10,kWh,2025-02-01,2025-02-28,,\n"
        + "r3,boiler-1,plant-1,C1,natural-gas,12.3,10^4 Nm3,2025-01-01,2025-01-31,invoiced,\n"
        + "r4,boiler-1,plant-1,C1,natural-gas,abc,furlong,2025-01-01,2025-01-31,,\n"
        + "r5,boiler-1,plant-1,C1,natural-gas,-3,t,2024-12-01,2024-12-31,,\n"
        + "r6,boiler-1,plant-1,C9,natural-gas,1,t,2025-03-01,2025-03-31,guessed,\n"
        + "r1,boiler-1,plant-1,C1,diesel,1,t,2025-03-01,2025-03-31,estimated,\n";
    ImportReport report = importer.withMapping(ColumnMapping.builder()
        .amountThousandsSeparators(true).build()).read(new StringReader(csv));
    assertEquals(List.of("r1", "r3"), report.records().stream().map(ActivityRecord::id).toList());
    ActivityRecord r1 = report.records().get(0);
    assertEquals(Amount.of("1250.5", "kWh"), r1.amount());
    assertEquals(EmissionCategory.PURCHASED_ENERGY, r1.category());
    assertEquals("M-7", r1.meterId().get());
    assertEquals(ObtainedBy.INVOICED, report.records().get(1).obtainedBy());
    assertEquals(Amount.of("12.3", "1e4Nm3"), report.records().get(1).amount());
    assertEquals(List.of(3, 5, 6, 7, 8), report.badRows());
    assertEquals(List.of(
        "3:2: source: Unknown source 'grid-9'",
        "5:6: amount: Not a number: 'abc'",
        "5:7: unit: Unknown unit 'furlong'",
        "6:6: amount: The amount must not be negative, but was -3",
        "6:8: start: The period 2024-12-01/2024-12-31 lies outside the reporting"
            + " period 2025",
        "7:4: category: Unknown emission category 'C9'; expected C1 to C6 (ISO 14064-1"
            + " categories of T/CAS 612 clause 6.2.1)",
        "7:10: obtained_by: Unknown way of obtaining 'guessed'; expected metered,"
            + " invoiced, calculated or estimated (计量, 结算凭证, 计算, 估算)",
        "8:1: id: Record id 'r1' appears twice in the file; first at line 2"),
        report.errors().stream().map(Object::toString).toList());
    var e = assertThrows(IllegalArgumentException.class, report::requireClean);
    assertEquals("8 problem(s) in 5 row(s):", e.getMessage().lines().findFirst().get());
    assertRoundTrips(report, ImportReport.class);
  }

  @Test
  void aMappingNamesTheColumnsOfAnErpExtract() {
    ColumnMapping sap = ColumnMapping.builder().id("Beleg").sourceId("Quelle")
        .facilityId("Werk").category("Kat").activityKey("Art").amount("Menge").unit("ME")
        .date("Datum").build();
    String csv = "Beleg,Quelle,Werk,Kat,Art,Menge,ME,Datum\n"
        + "4711,boiler-1,W1,1,diesel,2.5,吨,2025-06-30\n";
    ImportReport report = importer.withMapping(sap).read(new StringReader(csv));
    assertEquals(true, report.isClean());
    assertEquals(ReportingPeriod.parse("2025-06-30/2025-06-30"), report.records().get(0).period());
    var missing = assertThrows(IllegalArgumentException.class, () -> importer.read(
        new StringReader("id,source\nx,y\n")));
    assertEquals("The CSV header lacks the column(s) facility, category, activity, amount, unit,"
        + " start, end; it has id, source", missing.getMessage());
    assertRoundTrips(sap, ColumnMapping.class);
  }

  @Test
  void aHeaderWithoutRowsIsAProblemAndAnEmptyTextIsRejected() {
    ImportReport report = importer.read(new StringReader(
        "id,source,facility,category,activity,amount,unit,start,end\n"));
    assertEquals(List.of("1: The file has a header but no rows of data"),
        report.errors().stream().map(Object::toString).toList());
    var empty = assertThrows(IllegalArgumentException.class,
        () -> importer.read(new StringReader("")));
    assertEquals("The file is empty; expected a header row naming the columns id, source,"
        + " facility, category, activity, amount, unit, start, end", empty.getMessage());
  }
}
