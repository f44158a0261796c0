// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.json.CnmsJson;
import org.immutables.value.Value;

/**
 * The record of one certificate (认证证书) for a certificate registry: its holder, scope and
 * standard, its dates, its current state with the Chinese term, and its history, replayed from the
 * cycle's events by the state machine of {@link CertificateEventKind}.
 *
 * <p>An event not allowed in the state it meets (a surveillance of a withdrawn certificate, a
 * reinstatement of an active one) changes nothing and is reported as a finding in {@link
 * #refused()}: the record is kept, not thrown away. {@link #toJson()} writes the record for a
 * registry. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCertificateRecord.class)
@JsonIgnoreProperties(value = {"stateZh", "stateEn"}, allowGetters = true)
@JsonPropertyOrder({"certificateId", "holder", "scope", "standard", "issuedOn", "expiresOn",
    "state", "stateZh", "stateEn", "history", "refused"})
public abstract class CertificateRecord implements WithCertificateRecord {

  private static final RuleSource STATE_MACHINE = RuleSource.unconfirmed(
      "ISO/IEC 17021-1:2015 9.6.5 (suspension, withdrawal, reduction of scope)",
      "the transitions are this project's model of the cycle summarised by this project");

  /** The certificate's number. */
  public abstract String certificateId();

  /** The holder (the certified organisation). */
  public abstract String holder();

  /** The certified scope. */
  public abstract String scope();

  /** The standard certified against, e.g. {@code T/CAS 612-2022}. */
  public abstract String standard();

  /** The issue date of the current certificate. */
  public abstract LocalDate issuedOn();

  /** The last day of validity of the current certificate. */
  public abstract LocalDate expiresOn();

  /** The state after the last event. */
  public abstract CertificateState state();

  /** The Chinese term of the state, e.g. {@code 有效}. */
  @JsonProperty("stateZh")
  public String stateZh() {
    return state().labelZh();
  }

  /** The English term of the state, e.g. {@code active}. */
  @JsonProperty("stateEn")
  public String stateEn() {
    return state().labelEn();
  }

  /** The state changes, oldest first. */
  public abstract List<StateChange> history();

  /** The events the state machine refused, as findings. */
  public abstract List<CertificationFinding> refused();

  /**
   * The state on {@code date}: that after the last change on or before it, empty before the
   * certificate was issued.
   *
   * @param date the day, not null
   * @return the state then
   */
  public Optional<CertificateState> stateOn(LocalDate date) {
    CertificateState s = null;
    for (StateChange c : history()) {
      if (c.date().isAfter(date)) {
        break;
      }
      s = c.to();
    }
    return Optional.ofNullable(s);
  }

  /**
   * Replays events through the state machine, in date order (stable for events of one day).
   *
   * @param certificateId the certificate's number, not blank
   * @param holder the holder, not blank
   * @param scope the scope, not blank
   * @param standard the standard, not blank
   * @param issuedOn the issue date
   * @param expiresOn the last day of validity
   * @param events the events, in any order; the first allowed must be {@code CERTIFIED}
   * @return the record
   * @throws IllegalArgumentException if no event is {@code CERTIFIED}
   */
  public static CertificateRecord replay(String certificateId, String holder, String scope,
      String standard, LocalDate issuedOn, LocalDate expiresOn, List<CertificateEvent> events) {
    List<CertificateEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(CertificateEvent::date));
    Builder b = builder().certificateId(certificateId).holder(holder).scope(scope)
        .standard(standard).issuedOn(issuedOn).expiresOn(expiresOn);
    Optional<CertificateState> state = Optional.empty();
    for (CertificateEvent e : sorted) {
      Optional<CertificateState> next = e.kind().next(state);
      if (next.isEmpty()) {
        b.addRefused(CertificationFinding.of("certificate.transition-refused", STATE_MACHINE,
            Verdict.OBSERVATION, List.of(certificateId), e.date(), e.kind(),
            state.map(Enum::name).orElse("-")));
        continue;
      }
      b.addHistory(StateChange.builder().date(e.date()).event(e.kind()).from(state)
          .to(next.get()).reason(e.reason()).build());
      state = next;
    }
    if (state.isEmpty()) {
      throw new IllegalArgumentException("Certificate " + certificateId
          + ": its events hold no CERTIFIED event, so it was never issued");
    }
    return b.state(state.get()).build();
  }

  /** The record as JSON for a certificate registry (dates ISO 8601, states with their terms). */
  public String toJson() {
    return CnmsJson.toJson(this);
  }

  /** The record's state in the language of {@code locale}. */
  public String stateLabel(Locale locale) {
    return state().label(locale);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificateRecord}; use {@link #replay} rather than building one. */
  public static final class Builder extends ImmutableCertificateRecord.Builder {}
}
