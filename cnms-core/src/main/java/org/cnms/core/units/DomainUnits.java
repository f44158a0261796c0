// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import java.math.BigDecimal;
import javax.measure.Unit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;
import org.cnms.core.units.DomainQuantities.Co2eMass;
import org.cnms.core.units.DomainQuantities.Count;
import org.cnms.core.units.DomainQuantities.Money;
import org.cnms.core.units.DomainQuantities.NormalVolume;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.TransformedUnit;
import tech.units.indriya.unit.UnitDimension;
import tech.units.indriya.unit.Units;

/**
 * The units of the carbon-accounting domain as JSR-385 units (Indriya): energy (kWh, MWh, GJ, TJ,
 * tonne of standard coal equivalent), mass (t), volume at normal conditions (Nm³, 10⁴ Nm³, a
 * dimension apart from m³), freight and passenger transport work, money and CO₂-equivalent mass.
 *
 * <p>Conversion factors are exact decimals: 1 kWh = 3.6 MJ, 1 tce = 29.3076 GJ (GB/T 2589). The
 * {@link UnitRegistry} maps codes and Chinese symbols to these units; never register labels on
 * Indriya's shared {@code SimpleUnitFormat}.
 */
public final class DomainUnits {

  private DomainUnits() {}

  /** Kilowatt hour, 3.6 MJ. */
  public static final Unit<Energy> KILOWATT_HOUR = scaled("kWh", "kilowatt hour", Units.JOULE,
      "3600000");
  /** Megawatt hour, 3.6 GJ. */
  public static final Unit<Energy> MEGAWATT_HOUR = scaled("MWh", "megawatt hour", Units.JOULE,
      "3600000000");
  /** Gigajoule. */
  public static final Unit<Energy> GIGAJOULE = scaled("GJ", "gigajoule", Units.JOULE,
      "1000000000");
  /** Terajoule. */
  public static final Unit<Energy> TERAJOULE = scaled("TJ", "terajoule", Units.JOULE,
      "1000000000000");
  /** Tonne of standard coal equivalent (吨标准煤), 29.3076 GJ. */
  public static final Unit<Energy> TONNE_OF_COAL_EQUIVALENT = scaled("tce",
      "tonne of standard coal equivalent", Units.JOULE, "29307600000");
  /** Tonne, 1000 kg. */
  public static final Unit<Mass> TONNE = scaled("t", "tonne", Units.KILOGRAM, "1000");
  /** Kilometre. */
  public static final Unit<Length> KILOMETRE = scaled("km", "kilometre", Units.METRE, "1000");
  /** Normal cubic metre: a cubic metre of gas at reference conditions (标准立方米). */
  public static final Unit<NormalVolume> NORMAL_CUBIC_METRE = new BaseUnit<>("Nm³",
      "normal cubic metre", UnitDimension.parse('V'));
  /** Ten thousand normal cubic metres (万标准立方米), the unit of Chinese gas-fuel statistics. */
  public static final Unit<NormalVolume> TEN_THOUSAND_NORMAL_CUBIC_METRES = scaled("10⁴ Nm³",
      "ten thousand normal cubic metres", NORMAL_CUBIC_METRE, "10000");
  /** A piece: the counting unit of items, units of product and passengers. */
  public static final Unit<Count> PIECE = new BaseUnit<>("pc", "piece", UnitDimension.parse('U'));
  /** Chinese yuan. */
  public static final Unit<Money> YUAN = new BaseUnit<>("CNY", "yuan", UnitDimension.parse('¤'));
  /** Tonne of CO₂-equivalent. */
  public static final Unit<Co2eMass> TONNE_CO2E = new BaseUnit<>("tCO2e",
      "tonne of CO2-equivalent", UnitDimension.parse('E'));
  /** Tonne-kilometre (吨公里), freight transport work. */
  public static final Unit<?> TONNE_KILOMETRE = TONNE.multiply(KILOMETRE);
  /** Passenger-kilometre (人公里), passenger transport work. */
  public static final Unit<?> PASSENGER_KILOMETRE = PIECE.multiply(KILOMETRE);
  /** Litre. */
  public static final Unit<Volume> LITRE = Units.LITRE;
  /** Cubic metre. */
  public static final Unit<Volume> CUBIC_METRE = Units.CUBIC_METRE;
  /** Square metre. */
  public static final Unit<Area> SQUARE_METRE = Units.SQUARE_METRE;
  /** Hour. */
  public static final Unit<Time> HOUR = Units.HOUR;

  /** A unit {@code factor} times {@code parent}, with an exact decimal factor. */
  static <Q extends javax.measure.Quantity<Q>> Unit<Q> scaled(String symbol, String name,
      Unit<Q> parent, String factor) {
    return new TransformedUnit<>(symbol, name, parent,
        MultiplyConverter.of(new BigDecimal(factor)));
  }
}
