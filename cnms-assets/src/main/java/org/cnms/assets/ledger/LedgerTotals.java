// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * The unit flows of a carbon-asset ledger (T/CAS 612 clause 6.7), in units of 1 tCO₂e: how many
 * were allocated or issued, acquired, and where they are now. Units are conserved:
 * {@code held + sold + surrendered + retired + cancelled = allocated + acquired}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLedgerTotals.class)
public abstract class LedgerTotals implements WithLedgerTotals {

  /** Units allocated or issued to the organisation. */
  public abstract long allocated();

  /** Units acquired (bought-back units count again). */
  public abstract long acquired();

  /** Units held now. */
  public abstract long held();

  /** Units sold. */
  public abstract long sold();

  /** Units surrendered for compliance. */
  public abstract long surrendered();

  /** Units retired for claims. */
  public abstract long retired();

  /** Units cancelled. */
  public abstract long cancelled();

  /** Whether the units are conserved: what came in equals where it is. */
  public boolean conserved() {
    return held() + sold() + surrendered() + retired() + cancelled() == allocated() + acquired();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LedgerTotals}; every attribute is required. */
  public static final class Builder extends ImmutableLedgerTotals.Builder {}
}
