// SPDX-License-Identifier: Apache-2.0
package org.cnms.certification;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cnms.certification.i18n.CertificationTexts;
import org.cnms.core.Labelled;

/**
 * An event of a certificate's cycle and the state machine over it: each kind is allowed in some
 * states and leads to one state ({@link #next(Optional)}).
 *
 * <pre>
 *   (none)    --CERTIFIED-->   ACTIVE
 *   ACTIVE    --SURVEILLANCE_PASSED, SCOPE_REDUCED, RECERTIFIED-->  ACTIVE
 *   ACTIVE    --SUSPENDED-->   SUSPENDED   --REINSTATED-->  ACTIVE
 *   ACTIVE, SUSPENDED  --WITHDRAWN-->  WITHDRAWN (撤销)
 *   ACTIVE, SUSPENDED  --CANCELLED-->  CANCELLED (注销)
 *   ACTIVE, SUSPENDED  --EXPIRED-->    EXPIRED   --RESTORED-->  ACTIVE
 * </pre>
 */
public enum CertificateEventKind implements Labelled {
  /** The initial certification decision. */
  CERTIFIED(null, CertificateState.ACTIVE),
  /** A surveillance audit with a positive outcome. */
  SURVEILLANCE_PASSED(EnumSet.of(CertificateState.ACTIVE), CertificateState.ACTIVE),
  /** The scope was reduced. */
  SCOPE_REDUCED(EnumSet.of(CertificateState.ACTIVE), CertificateState.ACTIVE),
  /** A recertification decision. */
  RECERTIFIED(EnumSet.of(CertificateState.ACTIVE), CertificateState.ACTIVE),
  /** Suspension. */
  SUSPENDED(EnumSet.of(CertificateState.ACTIVE), CertificateState.SUSPENDED),
  /** The suspension lifted. */
  REINSTATED(EnumSet.of(CertificateState.SUSPENDED), CertificateState.ACTIVE),
  /** Withdrawal (撤销). */
  WITHDRAWN(EnumSet.of(CertificateState.ACTIVE, CertificateState.SUSPENDED),
      CertificateState.WITHDRAWN),
  /** Cancellation (注销). */
  CANCELLED(EnumSet.of(CertificateState.ACTIVE, CertificateState.SUSPENDED),
      CertificateState.CANCELLED),
  /** The validity ran out without recertification. */
  EXPIRED(EnumSet.of(CertificateState.ACTIVE, CertificateState.SUSPENDED),
      CertificateState.EXPIRED),
  /** Restored after expiry, within the restoration time. */
  RESTORED(EnumSet.of(CertificateState.EXPIRED), CertificateState.ACTIVE);

  private final Set<CertificateState> from;
  private final CertificateState to;

  CertificateEventKind(Set<CertificateState> from, CertificateState to) {
    this.from = from == null ? EnumSet.noneOf(CertificateState.class) : from;
    this.to = to;
  }

  /**
   * The state this event leads to from {@code current} (empty for a certificate not yet
   * issued), or empty if the event is not allowed there.
   *
   * @param current the state before the event; empty before the certificate exists
   * @return the next state, or empty if the transition is not allowed
   */
  public Optional<CertificateState> next(Optional<CertificateState> current) {
    if (current.isEmpty()) {
      return this == CERTIFIED ? Optional.of(to) : Optional.empty();
    }
    return from.contains(current.get()) ? Optional.of(to) : Optional.empty();
  }

  @Override
  public String label(Locale locale) {
    return CertificationTexts.label(this, locale);
  }
}
