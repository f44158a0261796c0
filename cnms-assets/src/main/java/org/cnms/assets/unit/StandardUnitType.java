// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.unit;

import org.cnms.assets.i18n.AssetTexts;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The unit types of the standard vocabulary (T/CAS 612 clauses 3.3, 3.4 and 6.7): the national
 * ETS allowance, the allowances of the regional pilot schemes, and the credits of the crediting
 * programmes Chinese organisations use. One unit of each is 1 tCO₂e.
 *
 * <p>Written in JSON as its {@link #code()}.
 */
public enum StandardUnitType implements UnitType {
  /** China national ETS allowance (全国碳排放配额, CEA). */
  CEA("CEA", UnitKind.ALLOWANCE, false),
  /** Beijing pilot ETS allowance. */
  BEA("BEA", UnitKind.ALLOWANCE, false),
  /** Shanghai pilot ETS allowance. */
  SHEA("SHEA", UnitKind.ALLOWANCE, false),
  /** Tianjin pilot ETS allowance. */
  TJEA("TJEA", UnitKind.ALLOWANCE, false),
  /** Chongqing pilot ETS allowance. */
  CQEA("CQEA", UnitKind.ALLOWANCE, false),
  /** Hubei pilot ETS allowance. */
  HBEA("HBEA", UnitKind.ALLOWANCE, false),
  /** Guangdong pilot ETS allowance. */
  GDEA("GDEA", UnitKind.ALLOWANCE, false),
  /** Shenzhen pilot ETS allowance. */
  SZEA("SZEA", UnitKind.ALLOWANCE, false),
  /** Fujian pilot ETS allowance. */
  FJEA("FJEA", UnitKind.ALLOWANCE, false),
  /** China Certified Emission Reduction (国家核证自愿减排量). */
  CCER("CCER", UnitKind.CREDIT, false),
  /** Certified Emission Reduction of the Clean Development Mechanism. */
  CER("CER", UnitKind.CREDIT, false),
  /** Verified Carbon Unit of the Verra VCS programme. */
  VCU("VCU", UnitKind.CREDIT, false),
  /** Verified Emission Reduction of the Gold Standard. */
  GS_VER("GS-VER", UnitKind.CREDIT, false),
  /** Carbon-sink credit of a new forestry project (新造林项目碳汇). */
  FORESTRY_SINK("FORESTRY-SINK", UnitKind.CREDIT, true);

  private final String code;
  private final UnitKind kind;
  private final boolean newForestrySink;

  StandardUnitType(String code, UnitKind kind, boolean newForestrySink) {
    this.code = code;
    this.kind = kind;
    this.newForestrySink = newForestrySink;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public UnitKind kind() {
    return kind;
  }

  @Override
  public boolean newForestrySink() {
    return newForestrySink;
  }

  /** Whether a custom type may not take this code: true for every standard code and name. */
  static boolean isReserved(String code) {
    return find(code) != null;
  }

  /**
   * The standard type with this code or constant name, ignoring case.
   *
   * @param code the code, e.g. {@code "GS-VER"} or {@code "GS_VER"}, not null
   * @return the type
   * @throws IllegalArgumentException if no standard type has this code
   */
  public static StandardUnitType parse(String code) {
    StandardUnitType t = find(code);
    if (t == null) {
      throw new IllegalArgumentException("Unknown unit type '" + code + "'; standard types are "
          + java.util.Arrays.stream(values()).map(StandardUnitType::code)
              .collect(java.util.stream.Collectors.joining(", "))
          + "; build any other type as a CustomUnitType");
    }
    return t;
  }

  private static StandardUnitType find(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    for (StandardUnitType t : values()) {
      if (t.code.equals(c) || t.name().equals(c)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return AssetTexts.label(this, locale);
  }
}
