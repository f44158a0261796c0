package org.cnms.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
        .putInput(ReviewInput.EFFECTIVENESS, "2025年排放强度下降4.2%")
        .putInput(ReviewInput.STATUS_OF_PREVIOUS_ACTIONS, "上次评审措施均已完成")
        .putOutput(ReviewOutput.ACTIONS_FOR_MISSED_TARGETS, "增购绿电")
        .putOutput(ReviewOutput.CONCLUSIONS, "体系适宜、充分、有效")
        .build();
    assertEquals(List.of(ReviewInput.CHANGES, ReviewInput.ADEQUACY_OF_RESOURCES,
        ReviewInput.INTERESTED_PARTY_FEEDBACK, ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT),
        List.copyOf(r.missingInputs()));
    assertEquals(List.of(ReviewOutput.IMPROVEMENT_DECISIONS, ReviewOutput.CHANGES_NEEDED,
        ReviewOutput.STRATEGIC_CONCLUSIONS), List.copyOf(r.missingOutputs()));
    assertEquals(EnumSet.allOf(ReviewInput.class), review().build().missingInputs());
  }

  @Test
  void itemsCarryTheirLettersAndLabels() {
    assertEquals("abcdef", Arrays.stream(ReviewInput.values())
        .map(i -> i.citation().substring(0, 1)).collect(Collectors.joining()));
    assertEquals("abcde", Arrays.stream(ReviewOutput.values())
        .map(i -> i.citation().substring(0, 1)).collect(Collectors.joining()));
    assertEquals("资源的充分性", ReviewInput.ADEQUACY_OF_RESOURCES.label(Locale.CHINESE));
    assertEquals("Actions when targets are not achieved",
        ReviewOutput.ACTIONS_FOR_MISSED_TARGETS.labelEn());
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
        () -> review().putInput(ReviewInput.CHANGES, " ").build());
    assertEquals("ManagementReview.inputs.CHANGES must not be blank, but was ' '", e.getMessage());
  }

  @Test
  void readsInputsKeyedByItemName() {
    String json = "{\"id\": \"MR-1\", \"heldOn\": \"2025-12-10\", \"participantPersonIds\":"
        + " [\"ceo\"], \"inputs\": {\"CHANGES\": \"新增光伏\"}, \"missedTargetIds\": [\"T-1\"],"
        + " \"actionsForMissedTargets\": {\"T-1\": [\"IA-1\"]}}";
    ManagementReview r = CnmsJson.fromJson(json, ManagementReview.class);
    assertEquals("新增光伏", r.inputs().get(ReviewInput.CHANGES));
    assertEquals(List.of("IA-1"), r.actionsForMissedTargets().get("T-1"));
    var e = assertThrows(InterchangeException.class, () -> CnmsJson.fromJson(
        json.replace("\"CHANGES\"", "\"G\""), ManagementReview.class));
    assertEquals("$.inputs", e.path());
  }
}
