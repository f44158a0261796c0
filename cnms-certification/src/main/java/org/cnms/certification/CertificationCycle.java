// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One certification cycle (认证周期) of a client under a {@link CertificationProfile}: application,
 * stage 1, stage 2, the certification decision, the certificate's issue, the surveillance audits
 * performed and the recertification — and the deadlines computed from them.
 *
 * <p>With the 17021-1 profile and a decision on 2025-03-10: the certificate is valid until
 * 2028-03-09 (three years less a day), the first surveillance is due by 2026-03-10 (12 months),
 * the second by 2027-12-31 (the calendar year 2027), the recertification decision by 2028-03-09,
 * and restoration is possible until 2028-09-09 (6 months after expiry).
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCertificationCycle.class)
public abstract class CertificationCycle implements WithCertificationCycle {

  /** The timing rules. */
  public abstract CertificationProfile profile();

  /** The client. */
  public abstract String clientId();

  /** The date of application (认证申请), if recorded. */
  public abstract Optional<LocalDate> appliedOn();

  /** The date of the stage 1 audit (第一阶段审核), if recorded. */
  public abstract Optional<LocalDate> stage1On();

  /** The last day of the stage 2 audit (第二阶段审核), if recorded. */
  public abstract Optional<LocalDate> stage2EndedOn();

  /** The date of the certification decision (认证决定). */
  public abstract LocalDate decidedOn();

  /** The certificate's issue date; the decision's date if not given. */
  @Value.Default
  public LocalDate issuedOn() {
    return decidedOn();
  }

  /** The dates of the surveillance audits performed, in order. */
  public abstract List<LocalDate> surveillanceDates();

  /** The date of the recertification decision, if taken. */
  public abstract Optional<LocalDate> recertifiedOn();

  /** The events the body recorded besides the audits (suspension, scope reduction …). */
  public abstract List<CertificateEvent> bodyEvents();

  /** The date the deadlines count from: the decision's or the issue date, by the profile. */
  public LocalDate anchorDate() {
    return profile().anchor() == CycleAnchor.ISSUE_DATE ? issuedOn() : decidedOn();
  }

  /** The last day of validity: the anchor plus the validity years, less one day. */
  public LocalDate expiresOn() {
    return anchorDate().plusYears(profile().validityYears()).minusDays(1);
  }

  /**
   * The deadline of surveillance {@code n}: the first within the profile's months of the anchor;
   * a later one by 31 December of the anchor's year plus {@code n} ({@code CALENDAR_YEAR}) or
   * within the profile's months of the previous surveillance (its date if performed, else its
   * deadline) ({@code MONTHS_SINCE_PREVIOUS}); never after expiry.
   *
   * @param n the surveillance's number, from 1 to {@link CertificationProfile#surveillanceAudits()}
   * @return the deadline (inclusive)
   * @throws IllegalArgumentException if {@code n} is out of range
   */
  public LocalDate surveillanceDeadline(int n) {
    int count = profile().surveillanceAudits();
    if (n < 1 || n > count) {
      throw new IllegalArgumentException("Surveillance " + n + " does not exist: the profile "
          + profile().name() + " has surveillance audits 1 to " + count);
    }
    LocalDate deadline;
    if (n == 1) {
      deadline = anchorDate().plusMonths(profile().firstSurveillanceMonths());
    } else if (profile().spacing() == SurveillanceSpacing.CALENDAR_YEAR) {
      deadline = LocalDate.of(anchorDate().getYear() + n, 12, 31);
    } else {
      LocalDate previous = n - 2 < surveillanceDates().size() ? surveillanceDates().get(n - 2)
          : surveillanceDeadline(n - 1);
      deadline = previous.plusMonths(profile().monthsBetweenSurveillances());
    }
    return deadline.isAfter(expiresOn()) ? expiresOn() : deadline;
  }

  /** The last day for the recertification decision: the day of expiry. */
  public LocalDate recertificationDeadline() {
    return expiresOn();
  }

  /** The last day the certificate can be restored after expiry. */
  public LocalDate restorationDeadline() {
    return expiresOn().plusMonths(profile().restorationMonths());
  }

  /**
   * Every obligation of the cycle: the surveillance audits, then the recertification.
   *
   * @return the obligations, in order
   */
  public List<Obligation> obligations() {
    List<Obligation> list = new ArrayList<>();
    for (int n = 1; n <= profile().surveillanceAudits(); n++) {
      list.add(Obligation.builder().kind(ObligationKind.SURVEILLANCE).ordinal(n)
          .deadline(surveillanceDeadline(n))
          .performedOn(Optional.ofNullable(n - 1 < surveillanceDates().size()
              ? surveillanceDates().get(n - 1) : null))
          .build());
    }
    list.add(Obligation.builder().kind(ObligationKind.RECERTIFICATION).ordinal(1)
        .deadline(recertificationDeadline()).performedOn(recertifiedOn()).build());
    return list;
  }

  /**
   * What is due or overdue on {@code date}: every obligation not performed by then that is
   * overdue, and the next one that is due; after expiry without recertification, the
   * restoration (overdue after its deadline: at least a stage 2 audit is then needed).
   *
   * @param date the day asked about, not null
   * @return the obligations due or overdue, with their status on that day
   */
  public List<Obligation> pendingOn(LocalDate date) {
    List<Obligation> pending = new ArrayList<>();
    boolean dueSeen = false;
    for (Obligation o : obligations()) {
      ObligationStatus s = o.statusOn(date);
      if (s == ObligationStatus.OVERDUE) {
        pending.add(o);
      } else if (s == ObligationStatus.DUE && !dueSeen) {
        pending.add(o);
        dueSeen = true;
      }
    }
    boolean recertified = recertifiedOn().isPresent() && !recertifiedOn().get().isAfter(date);
    if (!recertified && date.isAfter(expiresOn())) {
      pending.add(Obligation.builder().kind(ObligationKind.RESTORATION).ordinal(1)
          .deadline(restorationDeadline()).build());
    }
    return pending;
  }

  /** Whether the obligation of {@code kind} and {@code ordinal} is due (not overdue) on date. */
  public boolean isDue(ObligationKind kind, int ordinal, LocalDate date) {
    return pendingOn(date).stream().anyMatch(o -> o.kind() == kind && o.ordinal() == ordinal
        && o.statusOn(date) == ObligationStatus.DUE);
  }

  /** Whether the obligation of {@code kind} and {@code ordinal} is overdue on {@code date}. */
  public boolean isOverdue(ObligationKind kind, int ordinal, LocalDate date) {
    return pendingOn(date).stream().anyMatch(o -> o.kind() == kind && o.ordinal() == ordinal
        && o.statusOn(date) == ObligationStatus.OVERDUE);
  }

  /**
   * The certificate's events up to and including {@code date}: the decision, the surveillance
   * audits, and what the profile makes of the deadlines — an overdue surveillance suspends the
   * day after its deadline (if the profile says so), a later surveillance reinstates, a suspension
   * longer than the profile's maximum withdraws; the recertification; expiry the day after the
   * last day of validity — merged with the {@link #bodyEvents()}.
   *
   * @param date the last day, not null
   * @return the events, in date order
   */
  public List<CertificateEvent> eventsUntil(LocalDate date) {
    List<CertificateEvent> events = new ArrayList<>();
    events.add(CertificateEvent.of(decidedOn(), CertificateEventKind.CERTIFIED,
        "certification decision"));
    for (Obligation o : obligations()) {
      if (o.kind() != ObligationKind.SURVEILLANCE) {
        continue;
      }
      LocalDate suspendedFrom = o.deadline().plusDays(1);
      boolean late = o.performedOn().map(d -> d.isAfter(o.deadline())).orElse(true);
      Optional<LocalDate> withdrawal = profile().maximumSuspensionMonths()
          .map(m -> suspendedFrom.plusMonths(m));
      if (late && profile().suspendWhenSurveillanceOverdue()
          && !suspendedFrom.isAfter(date)) {
        events.add(CertificateEvent.of(suspendedFrom, CertificateEventKind.SUSPENDED,
            "surveillance " + o.ordinal() + " overdue since " + o.deadline()));
        boolean performedInTime = o.performedOn().isPresent()
            && (withdrawal.isEmpty() || o.performedOn().get().isBefore(withdrawal.get()));
        if (performedInTime) {
          events.add(CertificateEvent.of(o.performedOn().get(), CertificateEventKind.REINSTATED,
              "surveillance " + o.ordinal() + " performed"));
        } else if (withdrawal.isPresent() && !withdrawal.get().isAfter(date)) {
          events.add(CertificateEvent.of(withdrawal.get(), CertificateEventKind.WITHDRAWN,
              "suspended longer than " + profile().maximumSuspensionMonths().get()
                  + " months"));
        }
      } else if (o.performedOn().isPresent()) {
        events.add(CertificateEvent.of(o.performedOn().get(),
            CertificateEventKind.SURVEILLANCE_PASSED, "surveillance " + o.ordinal()));
      }
    }
    if (recertifiedOn().isPresent() && !recertifiedOn().get().isAfter(expiresOn())) {
      events.add(CertificateEvent.of(recertifiedOn().get(), CertificateEventKind.RECERTIFIED,
          "recertification decision"));
    } else {
      events.add(CertificateEvent.of(expiresOn().plusDays(1), CertificateEventKind.EXPIRED,
          "validity ended " + expiresOn()));
      recertifiedOn().filter(d -> !d.isAfter(restorationDeadline())).ifPresent(d ->
          events.add(CertificateEvent.of(d, CertificateEventKind.RESTORED,
              "restored within " + profile().restorationMonths() + " months of expiry")));
    }
    events.addAll(bodyEvents());
    events.removeIf(e -> e.date().isAfter(date));
    events.sort(java.util.Comparator.comparing(CertificateEvent::date));
    return events;
  }

  /**
   * The certificate's record on {@code date}, replayed through the state machine.
   *
   * @param certificateId the certificate's number, not blank
   * @param scope the certified scope, not blank
   * @param standard the standard, not blank
   * @param date the day, not before the decision
   * @return the record
   */
  public CertificateRecord recordOn(String certificateId, String scope, String standard,
      LocalDate date) {
    return CertificateRecord.replay(certificateId, clientId(), scope, standard, issuedOn(),
        expiresOn(), eventsUntil(date));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificationCycle}; profile, client and decision date are required. */
  public static final class Builder extends ImmutableCertificationCycle.Builder {}

  @Value.Check
  protected void check() {
    if (issuedOn().isBefore(decidedOn())) {
      throw new IllegalArgumentException("CertificationCycle " + clientId()
          + ": the certificate's issue date " + issuedOn() + " is before the decision "
          + decidedOn());
    }
    LocalDate previous = decidedOn();
    for (LocalDate d : surveillanceDates()) {
      if (d.isBefore(previous)) {
        throw new IllegalArgumentException("CertificationCycle " + clientId()
            + ": surveillance dates must be in order and after the decision " + decidedOn()
            + ", but " + d + " follows " + previous);
      }
      previous = d;
    }
    if (surveillanceDates().size() > profile().surveillanceAudits()) {
      throw new IllegalArgumentException("CertificationCycle " + clientId() + ": "
          + surveillanceDates().size() + " surveillance dates, but the profile "
          + profile().name() + " has " + profile().surveillanceAudits());
    }
  }
}
