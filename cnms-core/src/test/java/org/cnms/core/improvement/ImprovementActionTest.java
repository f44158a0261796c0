// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cnms.core.ghg.Co2e;
import org.junit.jupiter.api.Test;

class ImprovementActionTest {

  private static ImprovementAction.Builder action() {
    return ImprovementAction.builder().id("IA-3").description("空压机变频改造")
        .origin("2025年管理评审").addRelatedIndicatorId("KPI-intensity")
        .responsiblePersonId("p-energy").dueDate(LocalDate.of(2026, 6, 30))
        .expectedBenefit(Co2e.tonnes("120.5"));
  }

  @Test
  void completedOnIsPresentExactlyWhenCompleted() {
    ImprovementAction done = action().status(ImprovementStatus.COMPLETED)
        .completedOn(LocalDate.of(2026, 5, 20)).build();
    assertEquals(LocalDate.of(2026, 5, 20), done.completedOn().orElseThrow());
    assertEquals("ImprovementAction IA-3 is COMPLETED, so it needs a completedOn date",
        assertThrows(IllegalArgumentException.class,
            () -> action().status(ImprovementStatus.COMPLETED).build()).getMessage());
    assertEquals("ImprovementAction IA-3 has completedOn 2026-05-20, but its status is"
        + " IN_PROGRESS, not COMPLETED", assertThrows(IllegalArgumentException.class,
            () -> done.withStatus(ImprovementStatus.IN_PROGRESS)).getMessage());
  }

  @Test
  void benefitIsNotNegativeAndIndicatorsAreDistinct() {
    ImprovementAction proposed = action().status(ImprovementStatus.PROPOSED).build();
    assertEquals("ImprovementAction.expectedBenefit must not be negative, but was -3",
        assertThrows(IllegalArgumentException.class,
            () -> proposed.withExpectedBenefit(Co2e.tonnes("-3"))).getMessage());
    assertEquals("ImprovementAction.relatedIndicatorIds holds 'KPI-1' twice",
        assertThrows(IllegalArgumentException.class,
            () -> proposed.withRelatedIndicatorIds("KPI-1", "KPI-1")).getMessage());
    assertEquals("已取消", ImprovementStatus.CANCELLED.labelZh());
  }
}
