// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.activity;

import static org.cnms.quantification.calculation.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cnms.core.Problem;
import org.cnms.core.ghg.EmissionCategory;
import org.junit.jupiter.api.Test;

/** The rules of the activity values: ratings, regions, defaults, and an import's report. */
class ActivityValuesTest {

  @Test
  void everyScoreOfARatingIsFromOneToFive() {
    assertEquals(List.of(1, 5, 3), List.of(DataQualityRating.of(1, 5, 3).technological(),
        DataQualityRating.of(1, 5, 3).temporal(), DataQualityRating.of(1, 5, 3).geographical()));
    assertEquals("DataQualityRating.technological must be a score from 1 to 5, but was 0",
        assertThrows(IllegalArgumentException.class, () -> DataQualityRating.of(0, 1, 1))
            .getMessage());
    assertEquals("DataQualityRating.temporal must be a score from 1 to 5, but was 6",
        assertThrows(IllegalArgumentException.class, () -> DataQualityRating.of(1, 6, 1))
            .getMessage());
    assertEquals("DataQualityRating.geographical must be a score from 1 to 5, but was 0",
        assertThrows(IllegalArgumentException.class, () -> DataQualityRating.of(5, 5, 0))
            .getMessage());
  }

  @Test
  void aRecordsRegionMustNotBeBlank() {
    ActivityRecord r = record("r1", "s1", EmissionCategory.DIRECT, "diesel", "1", "t");
    assertEquals("east", r.withRegion("east").region().get());
    assertEquals("ActivityRecord.region must not be blank, but was ' '",
        assertThrows(IllegalArgumentException.class, () -> r.withRegion(" ")).getMessage());
  }

  @Test
  void theDefaultColumnOfTheRegionIsRegion() {
    assertEquals("region", ColumnMapping.builder().build().region());
    assertEquals("document", ColumnMapping.builder().build().documentRef());
  }

  @Test
  void badRowsAreTheRowsOfProblemsNotTheFileLevelOnes() {
    ImportReport report = ImportReport.builder()
        .addErrors(Problem.at("a.csv", 0, "The file has a header but no rows of data"))
        .addErrors(Problem.at("a.csv", 3, "Unknown unit 'x'"))
        .addErrors(Problem.at("a.csv", 1, "Header"))
        .addErrors(Problem.at("a.csv", 3, "Not a number: 'y'"))
        .build();
    assertEquals(List.of(1, 3), report.badRows());
    var e = assertThrows(IllegalArgumentException.class, report::requireClean);
    assertEquals("4 problem(s) in 2 row(s):\n"
        + "  a.csv: The file has a header but no rows of data\n"
        + "  a.csv:3: Unknown unit 'x'\n"
        + "  a.csv:1: Header\n"
        + "  a.csv:3: Not a number: 'y'", e.getMessage());
  }
}
