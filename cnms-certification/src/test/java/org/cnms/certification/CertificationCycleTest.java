// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificationCycleTest {

  static final LocalDate DECISION = LocalDate.of(2025, 3, 10);

  static CertificationCycle iso(LocalDate... surveillances) {
    return CertificationCycle.builder().profile(CertificationProfile.iso17021()).clientId("acme")
        .decidedOn(DECISION).addSurveillanceDates(surveillances).build();
  }

  static CertificationCycle china(LocalDate... surveillances) {
    return CertificationCycle.builder().profile(CertificationProfile.chinaRegulator())
        .clientId("acme").decidedOn(DECISION).issuedOn(LocalDate.of(2025, 3, 20))
        .addSurveillanceDates(surveillances).build();
  }

  @Test
  void iso17021DeadlinesCountFromTheDecision() {
    CertificationCycle c = iso();
    // valid three years less a day: 2025-03-10 + 3 y - 1 d
    assertEquals(LocalDate.of(2028, 3, 9), c.expiresOn());
    // first surveillance within 12 months of the decision
    assertEquals(LocalDate.of(2026, 3, 10), c.surveillanceDeadline(1));
    // second: in the calendar year 2025 + 2
    assertEquals(LocalDate.of(2027, 12, 31), c.surveillanceDeadline(2));
    assertEquals(LocalDate.of(2028, 3, 9), c.recertificationDeadline());
    // restoration within 6 months of expiry
    assertEquals(LocalDate.of(2028, 9, 9), c.restorationDeadline());
    assertEquals(2, CertificationProfile.iso17021().surveillanceAudits());
  }

  @Test
  void aCalendarYearDeadlineNeverFallsAfterExpiry() {
    // decided on 1 January: expiry 2027-12-31, the same day as the calendar-year deadline
    CertificationCycle c = iso().withDecidedOn(LocalDate.of(2025, 1, 1))
        .withIssuedOn(LocalDate.of(2025, 1, 1));
    assertEquals(LocalDate.of(2027, 12, 31), c.expiresOn());
    assertEquals(LocalDate.of(2027, 12, 31), c.surveillanceDeadline(2));
    assertThrows(IllegalArgumentException.class, () -> c.surveillanceDeadline(3));
  }

  @Test
  void theChineseProfileCountsFromTheIssueDateAndTwelveMonthsBetweenSurveillances() {
    CertificationCycle c = china(LocalDate.of(2026, 2, 15));
    assertEquals(LocalDate.of(2025, 3, 20), c.anchorDate());
    assertEquals(LocalDate.of(2028, 3, 19), c.expiresOn());
    assertEquals(LocalDate.of(2026, 3, 20), c.surveillanceDeadline(1));
    // 12 months after the first surveillance actually performed
    assertEquals(LocalDate.of(2027, 2, 15), c.surveillanceDeadline(2));
    // not yet performed: 12 months after the first's deadline
    assertEquals(LocalDate.of(2027, 3, 20), china().surveillanceDeadline(2));
  }

  @Test
  void whatIsDueAndOverdueOnADate() {
    CertificationCycle c = iso();
    List<Obligation> jan = c.pendingOn(LocalDate.of(2026, 1, 1));
    assertEquals(1, jan.size());
    assertEquals(ObligationKind.SURVEILLANCE, jan.get(0).kind());
    assertTrue(c.isDue(ObligationKind.SURVEILLANCE, 1, LocalDate.of(2026, 3, 10)));
    assertTrue(c.isOverdue(ObligationKind.SURVEILLANCE, 1, LocalDate.of(2026, 3, 11)));
    // performed in time: the second is the one due
    CertificationCycle done = iso(LocalDate.of(2026, 2, 1));
    assertFalse(done.isOverdue(ObligationKind.SURVEILLANCE, 1, LocalDate.of(2026, 3, 11)));
    assertTrue(done.isDue(ObligationKind.SURVEILLANCE, 2, LocalDate.of(2026, 3, 11)));
    assertEquals(ObligationStatus.DONE,
        done.obligations().get(0).statusOn(LocalDate.of(2026, 3, 11)));
    // after expiry without recertification: restoration due until 2028-09-09, then overdue
    CertificationCycle both = iso(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1));
    List<Obligation> after = both.pendingOn(LocalDate.of(2028, 4, 1));
    assertEquals(List.of(ObligationKind.RECERTIFICATION, ObligationKind.RESTORATION),
        after.stream().map(Obligation::kind).toList());
    assertTrue(both.isDue(ObligationKind.RESTORATION, 1, LocalDate.of(2028, 9, 9)));
    assertTrue(both.isOverdue(ObligationKind.RESTORATION, 1, LocalDate.of(2028, 9, 10)));
  }

  @Test
  void anOverdueSurveillanceSuspendsThenWithdrawsUnderTheChineseProfile() {
    CertificationCycle c = china();
    // deadline 2026-03-20: suspended from 2026-03-21, withdrawn 6 months later on 2026-09-21
    CertificateRecord r = c.recordOn("CN-1", "T/CAS 612 management system", "T/CAS 612-2022",
        LocalDate.of(2026, 10, 1));
    assertEquals(CertificateState.WITHDRAWN, r.state());
    assertEquals(Optional.of(CertificateState.ACTIVE), r.stateOn(LocalDate.of(2026, 3, 20)));
    assertEquals(Optional.of(CertificateState.SUSPENDED), r.stateOn(LocalDate.of(2026, 3, 21)));
    assertEquals(Optional.of(CertificateState.SUSPENDED), r.stateOn(LocalDate.of(2026, 9, 20)));
    assertEquals(Optional.of(CertificateState.WITHDRAWN), r.stateOn(LocalDate.of(2026, 9, 21)));
    assertEquals("撤销", r.state().labelZh());
    // a late surveillance within the 6 months reinstates
    CertificateRecord late = china(LocalDate.of(2026, 5, 1)).recordOn("CN-1", "s", "std",
        LocalDate.of(2026, 10, 1));
    assertEquals(CertificateState.ACTIVE, late.state());
    assertEquals(List.of(CertificateEventKind.CERTIFIED, CertificateEventKind.SUSPENDED,
        CertificateEventKind.REINSTATED), late.history().stream().map(StateChange::event)
        .toList());
  }

  @Test
  void aFullCycleEndsRecertifiedOrExpired() {
    CertificationCycle c = iso(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1))
        .withRecertifiedOn(LocalDate.of(2028, 2, 1));
    CertificateRecord r = c.recordOn("C-1", "s", "std", LocalDate.of(2028, 6, 1));
    assertEquals(CertificateState.ACTIVE, r.state());
    assertEquals(4, r.history().size());
    CertificateRecord expired = iso(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1))
        .recordOn("C-1", "s", "std", LocalDate.of(2028, 3, 10));
    assertEquals(CertificateState.EXPIRED, expired.state());
    assertEquals("过期失效", expired.state().labelZh());
    CertificateRecord restored = iso(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1))
        .withRecertifiedOn(LocalDate.of(2028, 5, 1))
        .recordOn("C-1", "s", "std", LocalDate.of(2028, 6, 1));
    assertEquals(CertificateState.ACTIVE, restored.state());
    assertEquals(CertificateEventKind.RESTORED, restored.history().get(4).event());
  }

  @Test
  void everyRuleOfAProfileHasASourceAndTheShippedOnesAreUnconfirmed() {
    for (CertificationProfile p : List.of(CertificationProfile.iso17021(),
        CertificationProfile.chinaRegulator())) {
      for (TimingRule rule : TimingRule.values()) {
        assertFalse(p.source(rule).confirmed(), p.name() + " " + rule);
      }
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        CertificationProfile.iso17021().withSources(Map.of(TimingRule.ANCHOR,
            RuleSource.confirmed("body manual 4.2"))));
    assertTrue(e.getMessage().contains("VALIDITY"), e.getMessage());
    assertEquals(Optional.of(6), CertificationProfile.chinaRegulator().maximumSuspensionMonths());
    assertEquals(Optional.empty(), CertificationProfile.iso17021().maximumSuspensionMonths());
  }

  @Test
  void theBodysOwnEventsJoinTheCycle() {
    CertificationCycle c = iso(LocalDate.of(2026, 2, 1)).withBodyEvents(List.of(
        CertificateEvent.of(LocalDate.of(2026, 6, 1), CertificateEventKind.SCOPE_REDUCED,
            "site B closed"),
        CertificateEvent.of(LocalDate.of(2026, 9, 1), CertificateEventKind.CANCELLED,
            "at the holder's request")));
    CertificateRecord r = c.recordOn("C-1", "s", "std", LocalDate.of(2027, 1, 1));
    assertEquals(CertificateState.CANCELLED, r.state());
    assertEquals("注销", r.state().labelZh());
    assertEquals(List.of(CertificateEventKind.CERTIFIED, CertificateEventKind.SURVEILLANCE_PASSED,
        CertificateEventKind.SCOPE_REDUCED, CertificateEventKind.CANCELLED),
        r.history().stream().map(StateChange::event).toList());
    // later, the overdue second surveillance (2028-01-01) and the expiry (2028-03-10) meet a
    // cancelled certificate: refused, as findings
    CertificateRecord later = c.recordOn("C-1", "s", "std", LocalDate.of(2028, 6, 1));
    assertEquals(CertificateState.CANCELLED, later.state());
    assertEquals(2, later.refused().size());
  }
}
