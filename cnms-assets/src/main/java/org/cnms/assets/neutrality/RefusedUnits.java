// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.assets.unit.SerialRange;
import org.immutables.value.Value;

/**
 * Units a carbon-neutrality balance does not count (T/CAS 612 clauses 3.1 and 6.7), with the
 * reason: ineligible under the policy, surrendered for compliance, counted in another claim, not
 * retired, or unknown to the ledger.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRefusedUnits.class)
public abstract class RefusedUnits implements WithRefusedUnits {

  /** The registry. */
  public abstract String registry();

  /** The serials refused. */
  public abstract SerialRange serials();

  /** Why they do not count. */
  public abstract String reason();

  /** The number of units refused. */
  public long quantity() {
    return serials().size();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RefusedUnits}; every attribute is required. */
  public static final class Builder extends ImmutableRefusedUnits.Builder {}
}
