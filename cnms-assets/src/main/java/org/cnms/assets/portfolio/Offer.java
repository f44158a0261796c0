// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Units offered for sale (报价) that could close a shortfall (T/CAS 612 clause 6.7): type,
 * vintage, registry, origin, issuance, price per unit and the quantity available.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOffer.class)
public abstract class Offer implements WithOffer {

  /** The offer's id. */
  public abstract String id();

  /** The unit type. */
  public abstract UnitType type();

  /** The vintage. */
  public abstract int vintage();

  /** The registry. */
  public abstract String registry();

  /** Where the units come from; outside the boundary unless set. */
  @Value.Default
  public Origin origin() {
    return Origin.OUTSIDE_BOUNDARY;
  }

  /** Ex-post or ex-ante; ex-post unless set. */
  @Value.Default
  public Issuance issuance() {
    return Issuance.EX_POST;
  }

  /** The price per unit. */
  public abstract UnitPrice price();

  /** The units available, at least one. */
  public abstract long available();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Offer}; all but origin and issuance are required. */
  public static final class Builder extends ImmutableOffer.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("Offer", "id", id());
    Checks.requireId("Offer", "registry", registry());
    if (available() < 1) {
      throw new IllegalArgumentException("Offer " + id() + " must offer at least one unit, but"
          + " offers " + available());
    }
  }
}
