// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.inventory;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One line of a GHG inventory (温室气体清单, T/CAS 612 clause 6.3 c): the quantity of one gas
 * from one source or sink in one category, as a mass of the gas and in CO₂-equivalent.
 *
 * <p>Both masses are non-negative: a removal is a line of kind {@link LineKind#REMOVAL}, never a
 * negative emission. Exact; immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInventoryLine.class)
public abstract class InventoryLine implements WithInventoryLine {

  /** The id of the GHG source or sink. */
  public abstract String sourceId();

  /** The id of the facility the source or sink sits in. */
  public abstract String facilityId();

  /** The emission category of clause 6.2.1. */
  public abstract EmissionCategory category();

  /** The gas. */
  public abstract GreenhouseGas gas();

  /** Emission, removal or biogenic CO₂. */
  @Value.Default
  public LineKind kind() {
    return LineKind.EMISSION;
  }

  /** The mass of the gas, in tonnes, exact. */
  public abstract BigDecimal gasTonnes();

  /** The mass in CO₂-equivalent, under the inventory's GWP set, exact. */
  public abstract Co2e co2e();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InventoryLine}; all attributes but {@code kind} are required. */
  public static final class Builder extends ImmutableInventoryLine.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("InventoryLine", "sourceId", sourceId());
    Checks.requireId("InventoryLine", "facilityId", facilityId());
    Checks.requireNonNegative("InventoryLine", "gasTonnes", gasTonnes());
    if (co2e().isNegative()) {
      throw new IllegalArgumentException("InventoryLine.co2e of source " + sourceId()
          + " must not be negative, but was " + co2e() + "; record a removal as kind REMOVAL");
    }
    if (kind() == LineKind.BIOGENIC_CO2 && gas() != GreenhouseGas.CO2) {
      throw new IllegalArgumentException("InventoryLine of source " + sourceId()
          + " is BIOGENIC_CO2 but its gas is " + gas());
    }
  }
}
