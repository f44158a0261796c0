// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.calculation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * The emissions of purchased electricity or heat reported two ways side by side (T/CAS 612 clause
 * 6.2.1 b; GHG Protocol Scope 2 Guidance): location-based and market-based. The inventory takes
 * one of them (Chinese reporting: location-based); the other is disclosed beside it. Immutable,
 * thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePurchasedEnergyResult.class)
public abstract class PurchasedEnergyResult implements WithPurchasedEnergyResult {

  /** At the grid average factor. */
  public abstract CalculationResult locationBased();

  /** Green power and certificates at zero, the rest at the factor excluding them. */
  public abstract CalculationResult marketBased();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PurchasedEnergyResult}; both results are required. */
  public static final class Builder extends ImmutablePurchasedEnergyResult.Builder {}
}
