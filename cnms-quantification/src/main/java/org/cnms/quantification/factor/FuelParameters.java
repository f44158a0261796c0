// SPDX-License-Identifier: Apache-2.0
package org.cnms.quantification.factor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.cnms.core.internal.Checks;
import org.cnms.core.units.QuantityKind;
import org.immutables.value.Value;

/**
 * The parameters of a fossil fuel for the fuel-combustion method of GB/T 32150 (T/CAS 612 clause
 * 6.3): net calorific value (低位发热量), carbon content per unit heat (单位热值含碳量) and oxidation
 * rate (碳氧化率), as defaults of the reference data or as values measured by the organisation.
 *
 * <p>Exact; immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFuelParameters.class)
public abstract class FuelParameters implements WithFuelParameters {

  /** The fuel key, e.g. {@code natural-gas}. */
  public abstract String key();

  /** The Chinese name, e.g. {@code 天然气}. */
  public abstract String nameZh();

  /** The English name, e.g. {@code natural gas}. */
  public abstract String nameEn();

  /** Net calorific value: energy per mass or normal volume, e.g. {@code 389.31 GJ/1e4Nm3}. */
  public abstract Rate netCalorificValue();

  /** Carbon content per unit heat: mass of carbon per energy, e.g. {@code 15.3 t/TJ}. */
  public abstract Rate carbonContent();

  /** Oxidation rate in percent, e.g. {@code 99}. */
  public abstract BigDecimal oxidationRatePercent();

  /** Where the figures come from. */
  public abstract Provenance provenance();

  /** A note, e.g. a conflicting value of another source. */
  public abstract Optional<String> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FuelParameters}; every attribute but the note is required. */
  public static final class Builder extends ImmutableFuelParameters.Builder {}

  @Value.Check
  protected void check() {
    Checks.requireId("FuelParameters", "key", key());
    Checks.requirePositive("FuelParameters", "netCalorificValue",
        netCalorificValue().value());
    Checks.requirePositive("FuelParameters", "carbonContent", carbonContent().value());
    Checks.requirePercentage("FuelParameters", "oxidationRatePercent", oxidationRatePercent());
    if (netCalorificValue().unit().kind() != QuantityKind.ENERGY) {
      throw new IllegalArgumentException("FuelParameters " + key()
          + ": netCalorificValue must be an energy per unit of fuel, but was "
          + netCalorificValue());
    }
    if (carbonContent().unit().kind() != QuantityKind.MASS
        || carbonContent().per().kind() != QuantityKind.ENERGY) {
      throw new IllegalArgumentException("FuelParameters " + key()
          + ": carbonContent must be a mass of carbon per energy, but was " + carbonContent());
    }
  }
}
