// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import java.math.BigDecimal;
import java.util.Objects;
import org.cnms.core.internal.Decimals;

/**
 * A mass of one greenhouse gas species, in tonnes: what a measurement, a mass balance or a
 * refrigerant leak yields before it is weighted by a global warming potential (T/CAS 612 clause
 * 6.3). A {@code GasMass} never adds to a {@link Co2e}: the only way from one to the other is a
 * GWP set.
 *
 * <p>Exactness: the mass is an exact {@link BigDecimal}; nothing rounds. Immutable, thread-safe;
 * treat as a value type.
 */
public final class GasMass {

  private final GreenhouseGas gas;
  private final BigDecimal tonnes;

  private GasMass(GreenhouseGas gas, BigDecimal tonnes) {
    this.gas = Objects.requireNonNull(gas, "gas");
    this.tonnes = Decimals.plain(Objects.requireNonNull(tonnes, "tonnes"));
  }

  /** A mass of {@code gas} in tonnes. */
  public static GasMass tonnes(GreenhouseGas gas, BigDecimal tonnes) {
    return new GasMass(gas, tonnes);
  }

  /** A mass of {@code gas} in tonnes, from decimal text, e.g. {@code tonnes(CH4, "0.25")}. */
  public static GasMass tonnes(GreenhouseGas gas, String tonnes) {
    return new GasMass(gas, new BigDecimal(tonnes));
  }

  /** A mass of {@code gas} given in kilograms, held exactly in tonnes. */
  public static GasMass kilograms(GreenhouseGas gas, BigDecimal kilograms) {
    return new GasMass(gas, kilograms.movePointLeft(3));
  }

  /** The gas species. */
  public GreenhouseGas gas() {
    return gas;
  }

  /** The mass in tonnes, exactly as held. */
  public BigDecimal tonnes() {
    return tonnes;
  }

  /** The mass in kilograms, exact. */
  public BigDecimal toKilograms() {
    return tonnes.movePointRight(3);
  }

  /**
   * The sum of two masses of the same gas, exact.
   *
   * @throws IllegalArgumentException if the gases differ
   */
  public GasMass plus(GasMass other) {
    if (other.gas != gas) {
      throw new IllegalArgumentException("Cannot add a mass of " + other.gas + " to a mass of "
          + gas + "; convert both to CO2e with a GWP set first");
    }
    return new GasMass(gas, tonnes.add(other.tonnes));
  }

  /** This mass times a dimensionless factor, exact. */
  public GasMass multipliedBy(BigDecimal factor) {
    return new GasMass(gas, tonnes.multiply(factor));
  }

  /** Whether the two masses are of the same gas and numerically equal. */
  public boolean isEquivalentTo(GasMass other) {
    return gas == other.gas && tonnes.compareTo(other.tonnes) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GasMass && ((GasMass) o).gas == gas && ((GasMass) o).tonnes.equals(tonnes);
  }

  @Override
  public int hashCode() {
    return gas.hashCode() * 31 + tonnes.hashCode();
  }

  /** The mass as {@code "0.25 t CH4"}. */
  @Override
  public String toString() {
    return tonnes.toPlainString() + " t " + gas.code();
  }
}
