package org.cnms.assets.unit;

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
  CEA("CEA", UnitKind.ALLOWANCE, false, "全国碳排放配额", "China national ETS allowance (CEA)"),
  /** Beijing pilot ETS allowance. */
  BEA("BEA", UnitKind.ALLOWANCE, false, "北京碳排放配额", "Beijing pilot ETS allowance"),
  /** Shanghai pilot ETS allowance. */
  SHEA("SHEA", UnitKind.ALLOWANCE, false, "上海碳排放配额", "Shanghai pilot ETS allowance"),
  /** Tianjin pilot ETS allowance. */
  TJEA("TJEA", UnitKind.ALLOWANCE, false, "天津碳排放配额", "Tianjin pilot ETS allowance"),
  /** Chongqing pilot ETS allowance. */
  CQEA("CQEA", UnitKind.ALLOWANCE, false, "重庆碳排放配额", "Chongqing pilot ETS allowance"),
  /** Hubei pilot ETS allowance. */
  HBEA("HBEA", UnitKind.ALLOWANCE, false, "湖北碳排放配额", "Hubei pilot ETS allowance"),
  /** Guangdong pilot ETS allowance. */
  GDEA("GDEA", UnitKind.ALLOWANCE, false, "广东碳排放配额", "Guangdong pilot ETS allowance"),
  /** Shenzhen pilot ETS allowance. */
  SZEA("SZEA", UnitKind.ALLOWANCE, false, "深圳碳排放配额", "Shenzhen pilot ETS allowance"),
  /** Fujian pilot ETS allowance. */
  FJEA("FJEA", UnitKind.ALLOWANCE, false, "福建碳排放配额", "Fujian pilot ETS allowance"),
  /** China Certified Emission Reduction (国家核证自愿减排量). */
  CCER("CCER", UnitKind.CREDIT, false, "国家核证自愿减排量",
      "China Certified Emission Reduction (CCER)"),
  /** Certified Emission Reduction of the Clean Development Mechanism. */
  CER("CER", UnitKind.CREDIT, false, "核证减排量（清洁发展机制）",
      "Certified Emission Reduction (CDM CER)"),
  /** Verified Carbon Unit of the Verra VCS programme. */
  VCU("VCU", UnitKind.CREDIT, false, "核证碳单位（VCS）", "Verified Carbon Unit (Verra VCU)"),
  /** Verified Emission Reduction of the Gold Standard. */
  GS_VER("GS-VER", UnitKind.CREDIT, false, "黄金标准核证减排量",
      "Gold Standard Verified Emission Reduction (GS VER)"),
  /** Carbon-sink credit of a new forestry project (新造林项目碳汇). */
  FORESTRY_SINK("FORESTRY-SINK", UnitKind.CREDIT, true, "林业碳汇（新造林项目）",
      "Forestry carbon-sink credit (new forestry project)");

  private final String code;
  private final UnitKind kind;
  private final boolean newForestrySink;
  private final String labelZh;
  private final String labelEn;

  StandardUnitType(String code, UnitKind kind, boolean newForestrySink, String labelZh,
      String labelEn) {
    this.code = code;
    this.kind = kind;
    this.newForestrySink = newForestrySink;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
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

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
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
}
