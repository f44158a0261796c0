// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cnms.core.Problem;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.units.Amount;
import org.junit.jupiter.api.Test;

/** Columns at the edges of a row: the first one, missing ones, and the longest field read. */
class ActivityImportColumnsTest {

  private static final String HEADER =
      "id,source,facility,category,activity,amount,unit,start,end,obtained_by\n";

  private record Outcome(List<ActivityRecord> records, List<Problem> problems) {
    List<String> messages() {
      return problems.stream().map(Problem::toString).toList();
    }
  }

  private static Outcome read(ActivityImport importer, String text) {
    List<Problem> problems = new ArrayList<>();
    try (Stream<ActivityRecord> s = importer.streamCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "erp.csv",
        problems::add)) {
      List<ActivityRecord> records = s.toList();
      return new Outcome(records, problems);
    }
  }

  private static ActivityImport.Builder builder() {
    return ActivityImport.builder().period(ReportingPeriod.calendarYear(2025));
  }

  @Test
  void theLongestFieldIsBoundedBothWays() {
    assertEquals("maxFieldLength must be between 1 and 1048576, but was 0",
        assertThrows(IllegalArgumentException.class, () -> builder().maxFieldLength(0))
            .getMessage());
    assertEquals("maxFieldLength must be between 1 and 1048576, but was 1048577",
        assertThrows(IllegalArgumentException.class, () -> builder().maxFieldLength(1048577))
            .getMessage());
    // both limits themselves are allowed
    assertEquals(List.of("erp.csv:2:8: start: The value has 10 characters; at most 1 are read",
        "erp.csv:2:9: end: The value has 10 characters; at most 1 are read"),
        read(builder().maxFieldLength(1).build(),
            HEADER + "1,2,3,4,5,6,t,2025-01-01,2025-01-31,\n").messages());
    Outcome widest = read(builder().maxFieldLength(1048576).build(),
        HEADER + "r1,s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31,\n");
    assertEquals(List.of(), widest.messages());
    assertEquals(1, widest.records().size());
  }

  @Test
  void aFieldOfExactlyTheLimitIsReadAndOneCharacterMoreIsAProblemOfItsColumn() {
    ActivityImport ten = builder().maxFieldLength(10).build();
    Outcome fits = read(ten, HEADER + "r123456789,s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31,\n");
    assertEquals(List.of(), fits.messages());
    assertEquals("r123456789", fits.records().get(0).id());
    Outcome tooLong = read(ten,
        HEADER + "r1234567890,s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31,\n");
    assertEquals(List.of(), tooLong.records());
    // one problem, in the first column, and no second one saying the value is missing
    assertEquals(1, tooLong.problems().size(), tooLong.messages().toString());
    Problem p = tooLong.problems().get(0);
    assertEquals(1, p.column());
    assertEquals("id", p.field().get());
    assertEquals(2, p.line());
    assertEquals("The value has 11 characters; at most 10 are read", p.message());
  }

  @Test
  void aShortRowIsAProblemAndItsMissingRequiredColumnsAreNamedOptionalOnesNot() {
    Outcome o = read(builder().build(), HEADER + "r1,s1,f1,C1,diesel,2.5,t,2025-01-01\n"
        + "r2,s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31\n");
    assertEquals(List.of(), o.records());
    // row 2 lacks end (required) and obtained_by (optional); row 3 only obtained_by
    assertEquals(List.of("erp.csv:2: The row has 8 fields, the header 10",
        "erp.csv:2:9: end: A value is required in column end",
        "erp.csv:3: The row has 9 fields, the header 10"), o.messages());
  }

  @Test
  void anEmptyFirstColumnIsAProblemOfTheFirstColumn() {
    Outcome o = read(builder().build(),
        HEADER + ",s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31,\n");
    assertEquals(List.of(), o.records());
    assertEquals(List.of("erp.csv:2:1: id: A value is required in column id"), o.messages());
  }

  @Test
  void aDateColumnMayComeFirst() {
    ColumnMapping mapping = ColumnMapping.builder().date("day").build();
    Outcome o = read(builder().mapping(mapping).build(),
        "day,id,source,facility,category,activity,amount,unit\n"
            + "2025-06-30,r1,s1,f1,C1,diesel,2.5,t\n"
            + "2024-06-30,r2,s1,f1,C1,diesel,2.5,t\n");
    assertEquals(1, o.records().size(), o.messages().toString());
    assertEquals(ReportingPeriod.parse("2025-06-30/2025-06-30"), o.records().get(0).period());
    assertEquals(Amount.of("2.5", "t"), o.records().get(0).amount());
    assertEquals(List.of("erp.csv:3:1: day: The period 2024-06-30/2024-06-30 lies outside the"
        + " reporting period 2025"), o.messages());
  }

  @Test
  void anEndBeforeTheStartIsAProblemOfTheEnd() {
    Outcome o = read(builder().build(),
        HEADER + "r1,s1,f1,C1,diesel,2.5,t,2025-03-01,2025-02-28,\n");
    assertEquals(List.of(), o.records());
    assertEquals(List.of("erp.csv:2:9: end: The end 2025-02-28 is before the start 2025-03-01"),
        o.messages());
  }

  @Test
  void aStreamThatCannotBeReadAgainNamesADuplicateIdWithoutItsFirstPlace() {
    Outcome o = read(builder().build(), HEADER
        + "r1,s1,f1,C1,diesel,2.5,t,2025-01-01,2025-01-31,\n"
        + "r2,s1,f1,C1,diesel,1,t,2025-02-01,2025-02-28,\n"
        + "r1,s1,f1,C1,diesel,3,t,2025-03-01,2025-03-31,\n");
    assertEquals(List.of("r1", "r2"), o.records().stream().map(ActivityRecord::id).toList());
    assertEquals(Amount.of("2.5", "t"), o.records().get(0).amount());
    assertEquals(List.of("erp.csv:4:1: id: Record id 'r1' appears twice: an earlier row has the"
        + " same id"), o.messages());
  }
}
