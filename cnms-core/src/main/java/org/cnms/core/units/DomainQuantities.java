// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import javax.measure.Quantity;

/**
 * JSR-385 quantity types of the carbon-accounting domain (activity data of T/CAS 612 clause 6.3)
 * that the SI does not define: each is a
 * dimension of its own, so that Indriya never converts between, say, Nm³ and m³.
 */
public final class DomainQuantities {

  private DomainQuantities() {}

  /** A volume of gas at reference (normal) conditions, measured in Nm³. */
  public interface NormalVolume extends Quantity<NormalVolume> {}

  /** Freight transport work, measured in t·km. */
  public interface TransportWork extends Quantity<TransportWork> {}

  /** Passenger transport work, measured in passenger·km. */
  public interface PassengerDistance extends Quantity<PassengerDistance> {}

  /** An amount of money, measured in CNY. */
  public interface Money extends Quantity<Money> {}

  /** A count of items (pieces, passengers, units of product). */
  public interface Count extends Quantity<Count> {}

  /** A mass of CO₂-equivalent, measured in tCO₂e; not convertible to a mass of a gas. */
  public interface Co2eMass extends Quantity<Co2eMass> {}
}
