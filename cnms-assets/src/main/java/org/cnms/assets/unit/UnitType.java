// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import org.cnms.core.Labelled;

/**
 * A type of carbon unit (碳资产品种) held under T/CAS 612 clause 6.7: an allowance of the national
 * or a regional pilot emissions trading scheme, or a credit of a crediting programme (CCER, CER,
 * VCU, Gold Standard VER, forestry-sink credits). Every unit of every type is exactly 1 tCO₂e.
 *
 * <p>The types of the standard vocabulary are the constants of {@link StandardUnitType}; any
 * other programme is a {@link CustomUnitType} with its own code. In JSON and YAML a standard type
 * is written as its code ({@code "CCER"}), a custom type as an object with its fields.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface UnitType extends Labelled permits StandardUnitType, CustomUnitType {

  /** The code of the type, unique among types, e.g. {@code CEA}, {@code CCER}, {@code VCU}. */
  String code();

  /** Allowance or credit. */
  UnitKind kind();

  /**
   * Whether units of this type are carbon sinks of new forestry projects (新造林项目碳汇), which
   * DB11/T 1861 names beside credits and allowances as a means of neutralisation.
   */
  boolean newForestrySink();

  /**
   * The standard type with this code or constant name, ignoring case, e.g. {@code "GS-VER"}.
   *
   * @param code the code, not null
   * @return the standard type
   * @throws IllegalArgumentException if no standard type has this code; a custom type must be
   *     built with {@link CustomUnitType#builder()}
   */
  static UnitType parse(String code) {
    return StandardUnitType.parse(code);
  }
}
