// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line of a {@link PurchasePlan} (T/CAS 612 clause 6.7): how many units to buy from one
 * offer, and what they cost.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePurchaseLine.class)
public abstract class PurchaseLine implements WithPurchaseLine {

  /** The offer. */
  public abstract Offer offer();

  /** The units to buy from it. */
  public abstract long quantity();

  /** Their cost: quantity × the offer's price, exact. */
  public BigDecimal cost() {
    return offer().price().times(quantity());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PurchaseLine}. */
  public static final class Builder extends ImmutablePurchaseLine.Builder {}
}
