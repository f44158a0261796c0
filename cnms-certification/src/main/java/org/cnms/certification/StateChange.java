// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a certificate's history: the event, the state before (empty before the
 * certificate existed) and after.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableStateChange.class)
public abstract class StateChange implements WithStateChange {

  /** The day. */
  public abstract LocalDate date();

  /** The event. */
  public abstract CertificateEventKind event();

  /** The state before. */
  public abstract Optional<CertificateState> from();

  /** The state after. */
  public abstract CertificateState to();

  /** Why; may be empty. */
  @Value.Default
  public String reason() {
    return "";
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StateChange}. */
  public static final class Builder extends ImmutableStateChange.Builder {}
}
