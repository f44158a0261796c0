// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/** A figure of activity data is counted once: overlaps are refused, corrections replace. */
class OverlapCheckTest {

  private static ActivityRecord record(String id, String meter, String from, String to,
      String amount) {
    return ActivityRecord.builder().id(id).sourceId("S-BOILER").facilityId("F-1")
        .category(EmissionCategory.DIRECT).activityKey("natural-gas")
        .amount(Amount.of(amount, "1e4Nm3"))
        .period(ReportingPeriod.of(LocalDate.parse(from), LocalDate.parse(to)))
        .obtainedBy(ObtainedBy.METERED).meterId(meter).build();
  }

  @Test
  void monthsThatFollowEachOtherAreCountedAll() {
    List<ActivityRecord> months = List.of(
        record("A-01", "M-1", "2025-01-01", "2025-01-31", "5.5"),
        record("A-02", "M-1", "2025-02-01", "2025-02-28", "5.1"));
    OverlapCheck.Result r = OverlapCheck.check(months);
    assertEquals(List.of(), r.conflicts());
    assertEquals(months, r.counted());
  }

  @Test
  void overlappingRecordsOfOneSourceAndMeterAreRefusedNamingBoth() {
    ActivityRecord year = record("A-2025", "M-1", "2025-01-01", "2025-12-31", "66.0");
    // the same meter, spelled in lower case with an en dash: one meter
    ActivityRecord march = record("A-03", "m\u20131", "2025-03-01", "2025-03-31", "5.3");
    OverlapCheck.Result r = OverlapCheck.check(List.of(march, year));
    assertEquals(List.of(new OverlapCheck.Conflict("A-03", "records A-2025 (2025) and A-03"
        + " (2025-03-01/2025-03-31) of source S-BOILER, meter M-1 cover overlapping periods; a"
        + " figure is counted once: remove one, or name the record it corrects in the corrects"
        + " column")), r.conflicts());
  }

  @Test
  void deliveriesWithoutAMeterMayShareAPeriod() {
    ActivityRecord first = record("D-1", "M-1", "2025-03-01", "2025-03-31", "2").withMeterId(
        java.util.Optional.empty());
    ActivityRecord second = record("D-2", "M-1", "2025-03-01", "2025-03-31", "3").withMeterId(
        java.util.Optional.empty());
    OverlapCheck.Result r = OverlapCheck.check(List.of(first, second));
    assertEquals(List.of(), r.conflicts());
    assertEquals(List.of(first, second), r.counted());
  }

  @Test
  void manyOverlapsGiveOneConflictPerRecordNotPerPair() {
    List<ActivityRecord> same = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      same.add(record("A-" + (100 + i), "M-1", "2025-01-01", "2025-12-31", "1"));
    }
    OverlapCheck.Result r = OverlapCheck.check(same);
    assertEquals(49, r.conflicts().size());
    assertEquals("A-101", r.conflicts().get(0).recordId());
    assertEquals("A-149", r.conflicts().get(48).recordId());
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheRecords() {
    List<ActivityRecord> records = new ArrayList<>(List.of(
        record("A-1", "M-1", "2025-01-01", "2025-06-30", "1"),
        record("A-2", "M-1", "2025-06-01", "2025-12-31", "1"),
        record("A-3", "M-2", "2025-01-01", "2025-12-31", "1")));
    List<OverlapCheck.Conflict> first = OverlapCheck.check(records).conflicts();
    Collections.reverse(records);
    assertEquals(first, OverlapCheck.check(records).conflicts());
    assertEquals(1, first.size());
    assertEquals("A-2", first.get(0).recordId());
  }

  @Test
  void aCorrectionReplacesTheRecordItNames() {
    ActivityRecord wrong = record("A-2025", "M-1", "2025-01-01", "2025-12-31", "660.0");
    ActivityRecord fix = record("A-2025-FIX", "M-1", "2025-01-01", "2025-12-31", "66.0")
        .withCorrects("A-2025");
    OverlapCheck.Result r = OverlapCheck.check(List.of(wrong, fix));
    assertEquals(List.of(), r.conflicts());
    assertEquals(List.of(fix), r.counted());
  }

  @Test
  void aCorrectionOfNothingOrASecondCorrectionIsAConflict() {
    ActivityRecord wrong = record("A-2025", "M-1", "2025-01-01", "2025-12-31", "660.0");
    ActivityRecord fix1 = record("A-FIX-1", "M-1", "2025-01-01", "2025-12-31", "66.0")
        .withCorrects("A-2025");
    ActivityRecord fix2 = record("A-FIX-2", "M-1", "2025-01-01", "2025-12-31", "67.0")
        .withCorrects("A-2025");
    ActivityRecord stray = record("A-FIX-3", "M-9", "2024-01-01", "2024-12-31", "1")
        .withCorrects("A-2024");
    OverlapCheck.Result r = OverlapCheck.check(List.of(wrong, fix1, fix2, stray));
    assertEquals(List.of(
        new OverlapCheck.Conflict("A-FIX-2", "record A-2025 is corrected twice, by A-FIX-1 and"
            + " by A-FIX-2; a record has one correction (correct the correction instead)"),
        new OverlapCheck.Conflict("A-FIX-3", "record A-FIX-3 corrects record A-2024, which"
            + " does not exist"),
        new OverlapCheck.Conflict("A-FIX-2", "records A-FIX-1 (2025) and A-FIX-2 (2025) of"
            + " source S-BOILER, meter M-1 cover overlapping periods; a figure is counted once:"
            + " remove one, or name the record it corrects in the corrects column")),
        r.conflicts());
  }

  @Test
  void aRecordCannotCorrectItself() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> record("A-1", "M-1", "2025-01-01", "2025-01-31", "1").withCorrects("A-1"));
    assertEquals("ActivityRecord A-1 cannot correct itself", e.getMessage());
  }

  @Test
  void theCorrectsColumnIsReadInEnglishByDefaultAndUnderAnyMappedName() {
    String english = "id,source,facility,category,activity,amount,unit,start,end,meter,corrects\n"
        + "A-1,S-BOILER,F-1,C1,natural-gas,1,1e4Nm3,2025-01-01,2025-12-31,M-1,\n"
        + "A-2,S-BOILER,F-1,C1,natural-gas,2,1e4Nm3,2025-01-01,2025-12-31,M-1,A-1\n";
    CsvActivityImport importer = CsvActivityImport.builder()
        .period(ReportingPeriod.calendarYear(2025)).build();
    ImportReport en = importer.read(new StringReader(english));
    assertEquals(List.of(), en.errors());
    assertEquals(List.of(java.util.Optional.empty(), java.util.Optional.of("A-1")),
        en.records().stream().map(ActivityRecord::corrects).toList());
    String chinese = english.replace(",corrects\n", ",更正\n");
    ImportReport zh = importer.withMapping(ColumnMapping.builder().corrects("更正").build())
        .read(new StringReader(chinese));
    assertEquals(en.records(), zh.records());
    assertEquals("corrects", ColumnMapping.defaults().corrects());
    assertEquals(List.of(en.records().get(1)), OverlapCheck.check(en.records()).counted());
  }
}
