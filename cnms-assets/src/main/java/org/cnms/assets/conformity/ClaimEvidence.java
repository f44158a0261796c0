// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.conformity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.neutrality.NeutralityBalance;

/**
 * The carbon-asset evidence of an organisation's neutrality claims, as an {@linkplain
 * org.cnms.core.conformity.AssessmentContext#extension(Class) extension} of an assessment context
 * (T/CAS 612 clause 6.7): its asset ledger, and the balances of the claims it makes. The rule of
 * clause 6.7 checks that every unit a claim counts is recorded in the ledger as retired for it.
 *
 * <p>Immutable; thread-safe as far as the ledger is (its reads are synchronised).
 */
public final class ClaimEvidence {

  private final Ledger ledger;
  private final List<NeutralityBalance> claims;

  private ClaimEvidence(Ledger ledger, List<NeutralityBalance> claims) {
    this.ledger = ledger;
    this.claims = claims;
  }

  /**
   * The evidence of {@code claims} in {@code ledger}.
   *
   * @param ledger the organisation's asset ledger, not null
   * @param claims the balances of its neutrality claims, not null
   * @return the evidence
   */
  public static ClaimEvidence of(Ledger ledger, Collection<NeutralityBalance> claims) {
    return new ClaimEvidence(Objects.requireNonNull(ledger, "ledger"), List.copyOf(claims));
  }

  /** The ledger. */
  public Ledger ledger() {
    return ledger;
  }

  /** The balances of the claims. */
  public List<NeutralityBalance> claims() {
    return claims;
  }
}
