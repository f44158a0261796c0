// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.performance;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cnms.core.Approval;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.json.CnmsJson;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

  private static ActionPlan.Builder draft() {
    return ActionPlan.builder().id("AP-1").addGhgTargetId("GT-1")
        .measure(ActionMeasure.WASTE_HEAT_AND_PRESSURE_RECOVERY)
        .title("余热发电 / waste-heat power");
  }

  @Test
  void draftReportsItsMissingItems() {
    ActionPlan d = draft().resources("600万元").dueDate(LocalDate.of(2026, 6, 30)).build();
    assertFalse(d.hasAllFiveItems());
    assertEquals(List.of(ActionPlanItem.WHAT, ActionPlanItem.RESPONSIBLE,
        ActionPlanItem.VERIFICATION), d.missingItems());
    assertEquals(ActionStatus.PLANNED, d.status());
  }

  @Test
  void completePlanHasAllFiveItems() {
    ActionPlan p = draft().description("在窑尾建设余热锅炉").resources("600万元")
        .responsible("energy-manager").dueDate(LocalDate.of(2026, 6, 30))
        .verificationMethod("发电量计量与年度核查").expectedReduction(Co2e.tonnes("4200"))
        .approval(Approval.of("general-manager", LocalDate.of(2025, 1, 15)))
        .status(ActionStatus.IN_PROGRESS).build();
    assertTrue(p.hasAllFiveItems());
    assertEquals(List.of(), p.missingItems());
    String json = CnmsJson.toJson(p);
    assertFalse(json.contains("missingItems"), json);
    assertFalse(json.contains("allFiveItems"), json);
    assertRoundTrips(p, ActionPlan.class);
  }

  @Test
  void badValuesAreRejected() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> draft().expectedReduction(Co2e.tonnes("-10")).build());
    assertEquals("ActionPlan.expectedReduction must not be negative, but was -10 tCO2e",
        e.getMessage());
    var b = assertThrows(IllegalArgumentException.class,
        () -> draft().verificationMethod("  ").build());
    assertEquals("ActionPlan.verificationMethod must not be blank, but was '  '", b.getMessage());
    var d = assertThrows(IllegalArgumentException.class,
        () -> draft().addGhgTargetId("GT-1").build());
    assertEquals("ActionPlan.ghgTargetIds holds 'GT-1' twice", d.getMessage());
  }
}
