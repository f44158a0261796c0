// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.planning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A planned purchase of emission reductions (减排量) for compliance or offsetting, item b) of the
 * carbon-asset management plan (T/CAS 612 clause 6.7): the type of unit, the timing, the way of
 * purchase and, if planned, the quantity.
 *
 * <p>The timing is a {@link #year()}, refined by a {@link #date()} in that year when one is
 * planned.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePlannedPurchase.class)
public abstract class PlannedPurchase implements WithPlannedPurchase {

  /** The type of unit, e.g. {@code CCER}, {@code CEA}, {@code VCU}. */
  public abstract String unitType();

  /** The year of the purchase. */
  public abstract int year();

  /** The planned date of the purchase, in {@link #year()}; if planned to the day. */
  public abstract Optional<LocalDate> date();

  /** The way of purchase, e.g. {@code 交易所挂牌} (exchange) or {@code 协议转让} (OTC). */
  public abstract String way();

  /** Whether the units are for compliance or for offsetting. */
  public abstract PurchasePurpose purpose();

  /** The quantity in tCO₂e, more than zero; if planned. */
  public abstract Optional<Co2e> quantity();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlannedPurchase}; {@code unitType}, {@code year}, {@code way} and {@code
   * purpose} are required.
   */
  public static final class Builder extends ImmutablePlannedPurchase.Builder {}

  @Value.Check
  protected void check() {
    String t = "PlannedPurchase";
    Checks.requireNonBlank(t, "unitType", unitType());
    Checks.requireNonBlank(t, "way", way());
    date().ifPresent(d -> {
      if (d.getYear() != year()) {
        throw new IllegalArgumentException(t + ".date " + d + " must fall in " + t + ".year "
            + year());
      }
    });
    quantity().ifPresent(q -> {
      if (q.tonnes().signum() <= 0) {
        throw new IllegalArgumentException(t + ".quantity must be positive, but was " + q);
      }
    });
  }
}
