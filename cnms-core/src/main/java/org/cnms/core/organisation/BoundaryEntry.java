// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One facility inside the organisational boundary (T/CAS 612 clause 4.3), with the organisation's
 * equity share of it when the boundary consolidates by {@linkplain
 * ConsolidationApproach#EQUITY_SHARE equity share}.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableBoundaryEntry.class)
public abstract class BoundaryEntry implements WithBoundaryEntry {

  /** The id of the facility. */
  public abstract String facilityId();

  /** The organisation's equity share of the facility in percent (0, 100]; equity share only. */
  public abstract Optional<BigDecimal> equitySharePercent();

  /** A facility counted in full (control approaches). */
  public static BoundaryEntry of(String facilityId) {
    return builder().facilityId(facilityId).build();
  }

  /** A facility counted with an equity share in percent. */
  public static BoundaryEntry of(String facilityId, BigDecimal equitySharePercent) {
    return builder().facilityId(facilityId).equitySharePercent(equitySharePercent).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BoundaryEntry}; {@code facilityId} is required. */
  public static final class Builder extends ImmutableBoundaryEntry.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("BoundaryEntry", "facilityId", facilityId());
    equitySharePercent().ifPresent(p -> {
      Checks.requirePercentage("BoundaryEntry", "equitySharePercent", p);
      if (p.signum() == 0) {
        throw new IllegalArgumentException("BoundaryEntry.equitySharePercent of facility "
            + facilityId() + " must be above 0, but was 0");
      }
    });
  }
}
