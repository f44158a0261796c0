// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.assets.unit.SerialRange;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Units a carbon-neutrality claim says it uses (T/CAS 612 clause 6.7): a registry and a serial
 * range, to be checked against the ledger.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableClaimedUnits.class)
public abstract class ClaimedUnits implements WithClaimedUnits {

  /** The registry. */
  public abstract String registry();

  /** The serials. */
  public abstract SerialRange serials();

  /** The units {@code serials} in {@code registry}. */
  public static ClaimedUnits of(String registry, SerialRange serials) {
    return builder().registry(registry).serials(serials).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClaimedUnits}; both attributes are required. */
  public static final class Builder extends ImmutableClaimedUnits.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("ClaimedUnits", "registry", registry());
  }
}
