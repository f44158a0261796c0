// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One event of a certificate's cycle: what happened, on which day, and why.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCertificateEvent.class)
public abstract class CertificateEvent implements WithCertificateEvent {

  /** The day. */
  public abstract LocalDate date();

  /** What happened. */
  public abstract CertificateEventKind kind();

  /** Why, or a reference to the decision; may be empty. */
  @Value.Default
  public String reason() {
    return "";
  }

  /**
   * An event.
   *
   * @param date the day, not null
   * @param kind what happened, not null
   * @param reason why, not null (may be empty)
   * @return the event
   */
  public static CertificateEvent of(LocalDate date, CertificateEventKind kind, String reason) {
    return builder().date(date).kind(kind).reason(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificateEvent}; {@code date} and {@code kind} are required. */
  public static final class Builder extends ImmutableCertificateEvent.Builder {}
}
