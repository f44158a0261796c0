// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cnms.core.json.CnmsJson;
import org.junit.jupiter.api.Test;

class NonconformityTest {

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static final Nonconformity REPORTED = Nonconformity.builder().id("NC-7")
      .description("电表EM-3检定已过期，2025年3月读数仍用于清单").origin(NonconformityOrigin.INTERNAL_AUDIT)
      .requirementId("9.1.3").severity(Severity.MINOR).reportedOn(d("2025-05-06"))
      .build();

  private static final CauseAnalysis CAUSE = CauseAnalysis.builder()
      .cause("计量器具台账未设置检定到期提醒").similarNonconformitiesElsewhere("2号厂区燃气表同样未提醒")
      .actionNeeded(true).analysedOn(d("2025-05-12")).build();

  private static CorrectiveAction action(String id) {
    return CorrectiveAction.builder().id(id).description("台账增加到期提醒")
        .responsiblePersonId("p-energy").dueDate(d("2025-06-30")).build();
  }

  private static final EffectivenessReview EFFECTIVE = EffectivenessReview.of(d("2025-09-01"),
      true, "p-mr", "三个月内无过期器具");

  private static Nonconformity reviewed() {
    return REPORTED.contain("EM-3送检，3月读数改用上级表核算", d("2025-05-07"))
        .analyseCause(CAUSE)
        .takeAction(action("CA-1"))
        .completeAction("CA-1", d("2025-06-20"))
        .reviewEffectiveness(EFFECTIVE);
  }

  @Test
  void walksTheWholeLifecycle() {
    Nonconformity contained = REPORTED.contain("EM-3送检，3月读数改用上级表核算", d("2025-05-07"));
    assertEquals(NonconformityStatus.CONTAINED, contained.status());
    assertEquals(d("2025-05-07"), contained.containment().orElseThrow().correctedOn());

    Nonconformity analysed = contained.analyseCause(CAUSE);
    assertEquals(NonconformityStatus.CAUSE_ANALYSED, analysed.status());

    Nonconformity acting = analysed.takeAction(action("CA-1")).takeAction(action("CA-2"));
    assertEquals(NonconformityStatus.ACTION_TAKEN, acting.status());
    assertEquals(2, acting.correctiveActions().size());

    Nonconformity done = acting.completeAction("CA-2", d("2025-06-10"))
        .completeAction("CA-1", d("2025-06-20"));
    assertEquals(d("2025-06-10"), done.correctiveAction("CA-2").orElseThrow().completedOn()
        .orElseThrow());

    Nonconformity reviewed = done.reviewEffectiveness(EFFECTIVE)
        .withSystemChanges("修订《计量器具管理程序》");
    assertEquals(NonconformityStatus.EFFECTIVENESS_REVIEWED, reviewed.status());

    Nonconformity closed = reviewed.close(d("2025-09-05"));
    assertEquals(NonconformityStatus.CLOSED, closed.status());
    assertEquals(d("2025-09-05"), closed.closedOn().orElseThrow());
    assertEquals("修订《计量器具管理程序》", closed.systemChanges().orElseThrow());
    assertEquals(EFFECTIVE, closed.effectivenessReview().orElseThrow());
    // the earlier values are unchanged
    assertEquals(NonconformityStatus.REPORTED, REPORTED.status());
    assertTrue(acting.correctiveActions().stream().noneMatch(CorrectiveAction::completed));
  }

  @Test
  void anIneffectiveReviewReopensTheNonconformityAndIsKept() {
    EffectivenessReview notEffective = EffectivenessReview.of(d("2025-07-01"), false, "p-mr",
        "6月又有一块表过期");
    Nonconformity failed = REPORTED.contain("送检", d("2025-05-07")).analyseCause(CAUSE)
        .takeAction(action("CA-1")).completeAction("CA-1", d("2025-06-20"))
        .reviewEffectiveness(notEffective);
    var e = assertThrows(IllegalStateException.class, () -> failed.close(d("2025-07-02")));
    assertEquals("Nonconformity NC-7 cannot be closed: its effectiveness review of 2025-07-01"
        + " found the actions not effective (clause 10.2 d); take further action first",
        e.getMessage());
    Nonconformity closed = failed.takeAction(action("CA-2"))
        .completeAction("CA-2", d("2025-07-20")).reviewEffectiveness(EFFECTIVE)
        .close(d("2025-09-05"));
    assertEquals(List.of(notEffective, EFFECTIVE), closed.effectivenessReviews());
  }

  @Test
  void noActionNeededGoesStraightToTheReview() {
    Nonconformity closed = REPORTED.contain("更正台账", d("2025-05-07"))
        .analyseCause(CAUSE.withActionNeeded(false))
        .reviewEffectiveness(EFFECTIVE)
        .close(d("2025-09-05"));
    assertEquals(NonconformityStatus.CLOSED, closed.status());
    assertTrue(closed.correctiveActions().isEmpty());
    var e = assertThrows(IllegalStateException.class, () -> REPORTED.contain("更正", d("2025-05-07"))
        .analyseCause(CAUSE).reviewEffectiveness(EFFECTIVE));
    assertEquals("Nonconformity NC-7 is CAUSE_ANALYSED; reviewEffectiveness needs status"
        + " ACTION_TAKEN, or CAUSE_ANALYSED when the analysis found no action needed",
        e.getMessage());
  }

  // ------------------------------------------------ the headline bad input: closing unreviewed

  @Test
  void closeRefusesANonconformityWithoutItsEffectivenessReview() {
    Nonconformity actionTaken = REPORTED.contain("送检", d("2025-05-07")).analyseCause(CAUSE)
        .takeAction(action("CA-1")).completeAction("CA-1", d("2025-06-20"));
    var e = assertThrows(IllegalStateException.class, () -> actionTaken.close(d("2025-07-01")));
    assertEquals("Nonconformity NC-7 cannot be closed without an effectiveness review (clause"
        + " 10.2 d): its status is ACTION_TAKEN, and close needs EFFECTIVENESS_REVIEWED",
        e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> REPORTED.close(d("2025-07-01")));
    assertTrue(e.getMessage().contains("its status is REPORTED"), e.getMessage());
  }

  @Test
  void builderAcceptsAClosedNonconformityWithoutItsEffectivenessReview() {
    Nonconformity n = Nonconformity.builder()
        .id("NC-7").description("电表检定过期").origin(NonconformityOrigin.INTERNAL_AUDIT)
        .severity(Severity.MINOR).reportedOn(d("2025-05-06"))
        .containment(Containment.of("送检", d("2025-05-07"))).causeAnalysis(CAUSE)
        .addCorrectiveAction(action("CA-1").withCompletedOn(d("2025-06-20")))
        .closedOn(d("2025-07-01")).build();
    assertEquals(NonconformityStatus.CLOSED, n.status());
    assertEquals(List.of("d)"), n.missingForClosure());
  }

  @Test
  void jsonReadsAClosedNonconformityWithoutItsEffectivenessReview() throws Exception {
    Nonconformity closed = reviewed().close(d("2025-09-05"));
    ObjectMapper mapper = CnmsJson.newJsonMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(CnmsJson.toJson(closed));
    assertEquals(closed, CnmsJson.fromJson(mapper.writeValueAsString(tree), Nonconformity.class));
    assertTrue(!tree.has("status"), tree::toString);
    tree.remove("effectivenessReviews");
    Nonconformity unreviewed = CnmsJson.fromJson(mapper.writeValueAsString(tree),
        Nonconformity.class);
    assertEquals(NonconformityStatus.CLOSED, unreviewed.status());
    assertEquals(List.of("d)"), unreviewed.missingForClosure());
    Nonconformity fromYaml = CnmsJson.fromYaml(CnmsJson.newYamlMapper()
        .writeValueAsString(tree), Nonconformity.class);
    assertEquals(unreviewed, fromYaml);
  }

  private static Nonconformity closedWith(boolean containment, boolean cause,
      List<CorrectiveAction> actions, List<EffectivenessReview> reviews, boolean closedOn) {
    Nonconformity.Builder b = Nonconformity.builder().id("NC-7").description("电表检定过期")
        .origin(NonconformityOrigin.INTERNAL_AUDIT).severity(Severity.MINOR)
        .reportedOn(d("2025-05-06"))
        .addAllCorrectiveActions(actions).addAllEffectivenessReviews(reviews);
    if (containment) {
      b.containment(Containment.of("送检", d("2025-05-07")));
    }
    if (cause) {
      b.causeAnalysis(CAUSE);
    }
    if (closedOn) {
      b.closedOn(d("2025-09-05"));
    }
    return b.build();
  }

  @Test
  void aClosedRecordNamesWhatClause102LacksAndNeedsNoReaction() {
    CorrectiveAction done = action("CA-1").withCompletedOn(d("2025-06-20"));
    List<EffectivenessReview> ok = List.of(EFFECTIVE);
    // a) control and correction only where applicable: not asked for
    assertEquals(List.of(), closedWith(false, true, List.of(done), ok, true).missingForClosure());
    assertEquals(List.of("b)"),
        closedWith(true, false, List.of(done), ok, true).missingForClosure());
    assertEquals(List.of("c)"), closedWith(true, true, List.of(), ok, true).missingForClosure());
    assertEquals(List.of("c)"), closedWith(true, true, List.of(done, action("CA-2")), ok, true)
        .missingForClosure());
    assertEquals(List.of("d)"),
        closedWith(true, true, List.of(done), List.of(), true).missingForClosure());
    assertEquals(List.of("d)"), closedWith(true, true, List.of(done),
        List.of(EFFECTIVE.withEffective(false)), true).missingForClosure());
    assertEquals(List.of("b)", "c)", "d)"),
        closedWith(false, false, List.of(), List.of(), true).missingForClosure());
    Nonconformity noActionNeeded = closedWith(false, true, List.of(), List.of(), true)
        .withCauseAnalysis(CAUSE.withActionNeeded(false));
    assertEquals(List.of(), noActionNeeded.missingForClosure());
    Nonconformity valid = closedWith(true, true, List.of(done), ok, true);
    assertEquals(NonconformityStatus.CLOSED, valid.status());
    assertEquals(NonconformityStatus.EFFECTIVENESS_REVIEWED,
        closedWith(true, true, List.of(done), ok, false).status());
  }

  @Test
  void transitionsOutOfOrderNameBothStatuses() {
    assertEquals(NonconformityStatus.CAUSE_ANALYSED, REPORTED.analyseCause(CAUSE).status());
    assertEquals("Nonconformity NC-7 is CAUSE_ANALYSED; analyseCause needs status REPORTED or"
        + " CONTAINED", assertThrows(IllegalStateException.class,
            () -> REPORTED.analyseCause(CAUSE).analyseCause(CAUSE)).getMessage());
    Nonconformity contained = REPORTED.contain("送检", d("2025-05-07"));
    assertEquals("Nonconformity NC-7 is CONTAINED; contain needs status REPORTED",
        assertThrows(IllegalStateException.class,
            () -> contained.contain("再次送检", d("2025-05-08"))).getMessage());
    assertEquals("Nonconformity NC-7 is CONTAINED; takeAction needs status CAUSE_ANALYSED or"
        + " ACTION_TAKEN, or EFFECTIVENESS_REVIEWED with actions found not effective",
        assertThrows(IllegalStateException.class, () -> contained.takeAction(action("CA-1")))
            .getMessage());
    Nonconformity analysed = contained.analyseCause(CAUSE);
    assertEquals("Nonconformity NC-7 is CAUSE_ANALYSED; completeAction needs status"
        + " ACTION_TAKEN", assertThrows(IllegalStateException.class,
            () -> analysed.completeAction("CA-1", d("2025-06-01"))).getMessage());
    Nonconformity reviewed = reviewed();
    assertEquals("Nonconformity NC-7 is EFFECTIVENESS_REVIEWED; takeAction needs status"
        + " CAUSE_ANALYSED or ACTION_TAKEN, or EFFECTIVENESS_REVIEWED with actions found not"
        + " effective", assertThrows(IllegalStateException.class,
            () -> reviewed.takeAction(action("CA-9"))).getMessage());
    Nonconformity closed = reviewed.close(d("2025-09-05"));
    assertEquals("Nonconformity NC-7 is already CLOSED, on 2025-09-05", assertThrows(
        IllegalStateException.class, () -> closed.close(d("2025-09-06"))).getMessage());
  }

  @Test
  void actionsMustBeKnownCompletedOnceAndCompletedBeforeTheReview() {
    Nonconformity acting = REPORTED.contain("送检", d("2025-05-07")).analyseCause(CAUSE)
        .takeAction(action("CA-1"));
    assertEquals("Nonconformity NC-7 has no corrective action 'CA-9'", assertThrows(
        IllegalArgumentException.class, () -> acting.completeAction("CA-9", d("2025-06-01")))
        .getMessage());
    Nonconformity done = acting.completeAction("CA-1", d("2025-06-20"));
    assertEquals("Corrective action CA-1 of nonconformity NC-7 was already completed on"
        + " 2025-06-20", assertThrows(IllegalStateException.class,
            () -> done.completeAction("CA-1", d("2025-06-21"))).getMessage());
    assertEquals("Nonconformity NC-7: the effectiveness of its actions cannot be reviewed while"
        + " corrective action CA-1 is not completed (clause 10.2 c, d)", assertThrows(
            IllegalStateException.class, () -> acting.reviewEffectiveness(EFFECTIVE))
            .getMessage());
    assertEquals("Nonconformity.correctiveActions holds 'CA-1' twice", assertThrows(
        IllegalArgumentException.class, () -> acting.takeAction(action("CA-1"))).getMessage());
    assertEquals("Nonconformity NC-7: its effectiveness review of 2025-06-19 must not be before"
        + " the completion of its last corrective action on 2025-06-20", assertThrows(
            IllegalArgumentException.class,
            () -> done.reviewEffectiveness(EFFECTIVE.withReviewedOn(d("2025-06-19"))))
            .getMessage());
  }

  @Test
  void datesMustNotPrecedeTheReport() {
    assertEquals("Nonconformity NC-7: containment.correctedOn 2025-05-01 must not be before"
        + " reportedOn 2025-05-06", assertThrows(IllegalArgumentException.class,
            () -> REPORTED.contain("送检", d("2025-05-01"))).getMessage());
    assertEquals("Nonconformity NC-7: closedOn 2025-08-01 must not be before its effectiveness"
        + " review of 2025-09-01", assertThrows(IllegalArgumentException.class,
            () -> reviewed().close(d("2025-08-01"))).getMessage());
    assertEquals("Nonconformity NC-7: correctiveActions[CA-1].dueDate 2025-04-30 must not be"
        + " before reportedOn 2025-05-06", assertThrows(IllegalArgumentException.class,
            () -> REPORTED.contain("送检", d("2025-05-07")).analyseCause(CAUSE)
                .takeAction(action("CA-1").withDueDate(d("2025-04-30")))).getMessage());
  }

  @Test
  void statusIsDerivedFromTheRecordsPresent() {
    assertEquals(NonconformityStatus.CONTAINED,
        REPORTED.withContainment(Containment.of("送检", d("2025-05-07"))).status());
    assertEquals(NonconformityStatus.CAUSE_ANALYSED, REPORTED.withCauseAnalysis(CAUSE).status());
    Nonconformity reviewed = reviewed();
    assertEquals(NonconformityStatus.CLOSED, reviewed.withClosedOn(d("2025-09-05")).status());
    Nonconformity withoutActions = reviewed.withCorrectiveActions(List.of());
    assertEquals(NonconformityStatus.EFFECTIVENESS_REVIEWED, withoutActions.status());
    assertEquals(List.of("c)"), withoutActions.withClosedOn(d("2025-09-05"))
        .missingForClosure());
    // reopened: the review found the actions not effective, a further action is open
    Nonconformity reopened = REPORTED.analyseCause(CAUSE).takeAction(action("CA-1"))
        .completeAction("CA-1", d("2025-06-20"))
        .reviewEffectiveness(EFFECTIVE.withEffective(false).withReviewedOn(d("2025-07-01")))
        .takeAction(action("CA-2").withDueDate(d("2025-08-31")));
    assertEquals(NonconformityStatus.ACTION_TAKEN, reopened.status());
    Nonconformity done = reopened.completeAction("CA-2", d("2025-08-20"));
    assertEquals(NonconformityStatus.ACTION_TAKEN, done.status());
    assertEquals(NonconformityStatus.EFFECTIVENESS_REVIEWED,
        done.reviewEffectiveness(EFFECTIVE).status());
  }

  @Test
  void requirementMustBeAClauseNumberAndLabelsAreBilingual() {
    assertEquals("Nonconformity.requirementId must be a clause number such as 4.1 or 6.2.1, but"
        + " was '9.1.3 c'", assertThrows(IllegalArgumentException.class,
            () -> REPORTED.withRequirementId("9.1.3 c")).getMessage());
    assertEquals("已评审有效性", NonconformityStatus.EFFECTIVENESS_REVIEWED.label(Locale.CHINA));
    assertEquals("Effectiveness reviewed",
        NonconformityStatus.EFFECTIVENESS_REVIEWED.label(Locale.UK));
    assertEquals("内部审核", NonconformityOrigin.INTERNAL_AUDIT.labelZh());
    assertEquals("Major", Severity.MAJOR.labelEn());
    assertFalse(REPORTED.effectivenessReview().isPresent());
  }
}
