// SPDX-License-Identifier: Apache-2.0
package org.cnms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.quantification.progress.TargetStatus;
import org.cnms.report.CarbonNeutralityReport.ProgressSection;
import org.cnms.report.CarbonNeutralityReport.TargetRow;
import org.cnms.report.render.ReportJson;
import org.junit.jupiter.api.Test;

/** The targets a progress section names as missed. */
class ProgressSectionTest {

  private static TargetRow row(String id, int year, TargetStatus status) {
    return new TargetRow(id, false, year, "phase " + id, Co2e.tonnes("1000"),
        Co2e.tonnes("800"), Co2e.tonnes("850"), Co2e.tonnes("900"), status);
  }

  private static ProgressSection section(List<TargetRow> rows) {
    return new ProgressSection("tgt-1", 2035, List.of(EmissionCategory.DIRECT,
        EmissionCategory.PURCHASED_ENERGY), "bl-2022", 2022, "inv-2025", 2,
        RoundingMode.HALF_UP, rows, List.of(), null);
  }

  @Test
  void missedAreTheTargetsWhoseYearCameWithTheLevelNotReached() {
    TargetRow achieved = row("p1", 2024, TargetStatus.ACHIEVED);
    TargetRow missed = row("p2", 2025, TargetStatus.MISSED);
    TargetRow atRisk = row("p3", 2028, TargetStatus.AT_RISK);
    TargetRow missedToo = row("p4", 2025, TargetStatus.MISSED);
    ProgressSection s = section(List.of(achieved, missed, atRisk, missedToo));
    assertEquals(List.of(missed, missedToo), s.missed());
    // at risk is a warning, not a miss
    assertTrue(section(List.of(achieved, atRisk, row("p5", 2030, TargetStatus.ON_TRACK)))
        .missed().isEmpty());
    assertTrue(section(List.of()).missed().isEmpty());
  }

  @Test
  void theJudgementIsNotAFieldOfTheJson() {
    String json = ReportJson.write(section(List.of(row("p2", 2025, TargetStatus.MISSED))));
    assertTrue(json.contains("\"status\" : \"MISSED\""), json);
    assertFalse(json.contains("\"missed\""), json);
  }
}
