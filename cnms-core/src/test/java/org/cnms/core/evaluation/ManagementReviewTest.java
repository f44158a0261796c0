// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.json.InterchangeException;
import org.junit.jupiter.api.Test;

class ManagementReviewTest {

  private static ManagementReview.Builder review() {
    return ManagementReview.builder().id("MR-2025").heldOn(LocalDate.of(2025, 12, 10))
        .addParticipantPersonIds("ceo", "mr-rep");
  }

  @Test
  void missingInputsAndOutputsAreListedInItemOrder() {
    ManagementReview r = review()
        .putInput(ReviewInput.PERFORMANCE_AND_IMPROVEMENT, "2025年排放强度下降4.2%")
        .putInput(ReviewInput.STATUS_OF_PREVIOUS_ACTIONS, "上次评审措施均已完成")
        .putOutput(ReviewOutput.ACTIONS_FOR_MISSED_TARGETS, "增购绿电")
        .putOutput(ReviewOutput.CONCLUSIONS, "体系适宜、充分、有效")
        .build();
    assertEquals(List.of(ReviewInput.CHANGES_IN_FACTORS,
        ReviewInput.CHANGES_IN_INTERESTED_PARTY_NEEDS, ReviewInput.CHANGES_IN_SOURCES_AND_SINKS,
        ReviewInput.CHANGES_IN_RISKS_AND_OPPORTUNITIES, ReviewInput.CHANGES_IN_CARBON_ASSETS,
        ReviewInput.TARGET_ATTAINMENT, ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS,
        ReviewInput.COMPLIANCE_EVALUATION_RESULTS, ReviewInput.AUDIT_RESULTS,
        ReviewInput.ADEQUACY_OF_RESOURCES,
        ReviewInput.INTERESTED_PARTY_FEEDBACK, ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT),
        List.copyOf(r.missingInputs()));
    assertEquals(List.of(ReviewOutput.IMPROVEMENT_DECISIONS, ReviewOutput.CHANGES_NEEDED,
        ReviewOutput.STRATEGIC_CONCLUSIONS), List.copyOf(r.missingOutputs()));
    assertEquals(EnumSet.allOf(ReviewInput.class), review().build().missingInputs());
  }

  /** The register's items of {@code clause} whose citation is in {@code citations}, in order. */
  static List<org.cnms.core.conformity.RegisterItem> register(String clause,
      List<String> citations) {
    return org.cnms.core.conformity.RequirementCatalogue.tcas612().get(clause).items().stream()
        .filter(i -> citations.contains(i.citation())).toList();
  }

  static void assertListIsTheRegisters(String clause, List<? extends org.cnms.core.ClauseItem> items,
      List<String> citations) {
    assertEquals(citations, items.stream().map(org.cnms.core.ClauseItem::citation).toList());
    var rows = register(clause, citations);
    assertEquals(citations, rows.stream().map(org.cnms.core.conformity.RegisterItem::citation)
        .toList());
    for (int k = 0; k < items.size(); k++) {
      String zh = items.get(k).label(Locale.CHINESE);
      String term = rows.get(k).keyTerm();
      for (String part : term.split("[…；]")) {
        assertTrue(zh.contains(part.trim()), () -> zh + " lacks the key term " + term);
      }
    }
  }

  @Test
  void theInputsAreTheRegistersItemsOf942() {
    assertListIsTheRegisters("9.4.2", List.of(ReviewInput.values()), List.of("a)", "b) 1)",
        "b) 2)", "b) 3)", "b) 4)", "b) 5)", "c) 1)", "c) 2)", "c) 3)", "c) 4)", "c) 5)", "d)",
        "e)", "f)"));
    assertEquals(14, ReviewInput.values().length);
    assertEquals("d) 资源的充分性", ReviewInput.ADEQUACY_OF_RESOURCES.itemLabel(Locale.CHINESE));
  }

  @Test
  void theOutputsAreTheRegistersItemsOf943() {
    assertListIsTheRegisters("9.4.3", List.of(ReviewOutput.values()),
        List.of("a)", "b)", "c)", "d)", "e)"));
    assertEquals("Actions where carbon neutrality targets are not met",
        ReviewOutput.ACTIONS_FOR_MISSED_TARGETS.labelEn());
  }

  @Test
  void theMonitoringSubjectsAndDeviationCausesAreTheRegistersItemsOf911() {
    assertListIsTheRegisters("9.1.1", List.of(MonitoringSubject.values()),
        List.of("a) 1)", "a) 2)", "a) 3)", "a) 4)", "a) 5)"));
    assertListIsTheRegisters("9.1.1", List.of(DeviationCause.values()),
        List.of("b) 1)", "b) 2)", "b) 3)", "b) 4)"));
  }

  @Test
  void missedTargetsWithoutActionsAreListed() {
    ManagementReview r = review().addMissedTargetIds("T-2025", "T-scope2")
        .putActionsForMissedTarget("T-scope2", List.of("IA-3", "IA-4")).build();
    assertEquals(List.of("T-2025"), r.missedTargetsWithoutActions());
  }

  @Test
  void actionsMustBelongToAMissedTarget() {
    var e = assertThrows(IllegalArgumentException.class, () -> review().addMissedTargetId("T-1")
        .putActionsForMissedTarget("T-9", List.of("IA-1")).build());
    assertEquals("ManagementReview MR-2025: actionsForMissedTargets names target 'T-9', which is"
        + " not among missedTargetIds [T-1]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> review().addMissedTargetId("T-1")
        .putActionsForMissedTarget("T-1", List.of()).build());
    assertEquals("ManagementReview.actionsForMissedTargets.T-1 must not be empty", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> review().addMissedTargetId("T-1")
        .putActionsForMissedTarget("T-1", List.of("IA-1", "IA-1")).build());
    assertEquals("ManagementReview.actionsForMissedTargets.T-1 holds 'IA-1' twice",
        e.getMessage());
  }

  @Test
  void actionListsAreCopiedAndCannotBeChanged() {
    List<String> actions = new ArrayList<>(List.of("IA-1"));
    ManagementReview r = review().addMissedTargetId("T-1")
        .putActionsForMissedTarget("T-1", actions).build();
    actions.add("IA-2");
    assertEquals(List.of("IA-1"), r.actionsForMissedTargets().get("T-1"));
    assertThrows(UnsupportedOperationException.class,
        () -> r.actionsForMissedTargets().get("T-1").add("IA-3"));
  }

  @Test
  void reviewNeedsParticipantsAndCannotFollowItself() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> ManagementReview.builder().id("MR-1").heldOn(LocalDate.of(2025, 1, 1)).build());
    assertEquals("ManagementReview.participantPersonIds must not be empty", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> review().previousReviewId("MR-2025").build());
    assertEquals("ManagementReview MR-2025 cannot name itself as its previous review",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> review().putInput(ReviewInput.CHANGES_IN_FACTORS, " ").build());
    assertEquals("ManagementReview.inputs.CHANGES_IN_FACTORS must not be blank, but was ' '", e.getMessage());
  }

  @Test
  void readsInputsKeyedByItemName() {
    String json = "{\"id\": \"MR-1\", \"heldOn\": \"2025-12-10\", \"participantPersonIds\":"
        + " [\"ceo\"], \"inputs\": {\"CHANGES_IN_SOURCES_AND_SINKS\": \"新增光伏\"}, \"missedTargetIds\": [\"T-1\"],"
        + " \"actionsForMissedTargets\": {\"T-1\": [\"IA-1\"]}}";
    ManagementReview r = CnmsJson.fromJson(json, ManagementReview.class);
    assertEquals("新增光伏", r.inputs().get(ReviewInput.CHANGES_IN_SOURCES_AND_SINKS));
    assertEquals(List.of("IA-1"), r.actionsForMissedTargets().get("T-1"));
    var e = assertThrows(InterchangeException.class, () -> CnmsJson.fromJson(
        json.replace("\"CHANGES_IN_SOURCES_AND_SINKS\"", "\"G\""), ManagementReview.class));
    assertEquals("$.inputs", e.path());
  }
}
