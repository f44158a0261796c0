// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import static org.cnms.core.units.QuantityKind.*;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.measure.Unit;
import tech.units.indriya.unit.Units;

/**
 * The registry of units that cnms reads and writes: canonical ASCII codes ({@code kWh},
 * {@code 1e4Nm3}, {@code tce}, {@code tkm}) and the aliases found in ERP extracts, Chinese ones among
 * them ({@code 千瓦时}, {@code 度}, {@code 吨}, {@code 万立方米}, {@code 吨标准煤}, {@code 万标准立方米}).
 * Used to read activity data and factors (T/CAS 612 clauses 6.3, 6.8, 9.1.1).
 *
 * <p>Reading a symbol ({@link #parse}) first normalises it: surrounding and inner whitespace is
 * dropped, full-width and superscript characters are folded ({@code Nm³} → {@code Nm3}),
 * {@code 10⁴}, {@code 10^4} and {@code ×10⁴} become {@code 1e4}, and {@code ·}, {@code *} or
 * {@code ×} between units become {@code ·}. Case is never folded: {@code MWh} is a megawatt-hour,
 * {@code mWh} is no unit here (not a megawatt-hour), {@code Mt} is not {@code mt}. Nothing else is
 * guessed: an unknown symbol is an {@link UnknownUnitException}, whose message names the unit
 * that differs only in case, if any.
 *
 * <p>ERP extracts (SAP, Kingdee, Yonyou) often give units as UN/CEFACT Recommendation No. 20
 * common codes; these are read too, each checked against Recommendation 20 (Revision 14e, 2020,
 * Annexes II and III): {@code JOU} joule, {@code KJO} kilojoule, {@code 3B} megajoule, {@code GV}
 * gigajoule, {@code D30} terajoule, {@code KWH} kilowatt hour, {@code MWH} megawatt hour,
 * {@code GWH} gigawatt hour, {@code GRM} gram, {@code KGM} kilogram, {@code TNE} tonne,
 * {@code KTN} kilotonne, {@code LTR} litre, {@code MTQ} cubic metre (geometric: never a normal
 * cubic metre), {@code NM3} normalised cubic metre (0 °C, 1013.25 mbar), {@code MTR} metre,
 * {@code KMT} kilometre, {@code MTK} square metre, {@code HUR} hour, {@code TKM} tonne kilometre,
 * {@code C62} one and {@code H87} piece. Rec 20's own code {@code GJ} means gram per millilitre;
 * cnms reads {@code GJ} as the SI symbol of the gigajoule, which is what energy columns mean by it.
 *
 * <p>{@code 万立方米} is ten thousand <em>geometric</em> cubic metres ({@code 1e4m3}); gas volumes at
 * normal conditions are {@code 万标准立方米} / {@code 万Nm3} ({@code 1e4Nm3}). The two never convert
 * into each other. Add site-specific symbols with {@link #withAlias}.
 *
 * <p>Immutable, thread-safe.
 */
public final class UnitRegistry {

  private static final UnitRegistry STANDARD = new UnitRegistry(standardUnits(), Map.of());

  private final Map<String, MeasureUnit> extraAliases;
  private final Map<String, MeasureUnit> byCode;
  private final Map<String, MeasureUnit> bySymbol;
  private final Map<String, List<MeasureUnit>> byFoldedSymbol;

  private UnitRegistry(List<MeasureUnit> units, Map<String, MeasureUnit> extraAliases) {
    Map<String, MeasureUnit> codes = new LinkedHashMap<>();
    Map<String, MeasureUnit> symbols = new LinkedHashMap<>();
    for (MeasureUnit u : units) {
      if (codes.put(u.code(), u) != null) {
        throw new IllegalArgumentException("Unit code '" + u.code() + "' registered twice");
      }
    }
    for (MeasureUnit u : units) {
      putSymbol(symbols, u.code(), u);
      putSymbol(symbols, u.symbol(), u);
      for (String alias : u.aliases()) {
        putSymbol(symbols, alias, u);
      }
    }
    extraAliases.forEach((alias, u) -> putSymbol(symbols, alias, u));
    this.extraAliases = Collections.unmodifiableMap(new LinkedHashMap<>(extraAliases));
    Map<String, List<MeasureUnit>> folded = new LinkedHashMap<>();
    symbols.forEach((s, u) -> {
      List<MeasureUnit> list = folded.computeIfAbsent(s.toLowerCase(Locale.ROOT),
          k -> new ArrayList<>());
      if (!list.contains(u)) {
        list.add(u);
      }
    });
    this.byCode = Collections.unmodifiableMap(codes);
    this.bySymbol = Collections.unmodifiableMap(symbols);
    this.byFoldedSymbol = Collections.unmodifiableMap(folded);
  }

  private static void putSymbol(Map<String, MeasureUnit> symbols, String symbol, MeasureUnit u) {
    String key = normalise(symbol);
    MeasureUnit previous = symbols.putIfAbsent(key, u);
    if (previous != null && !previous.equals(u)) {
      throw new IllegalArgumentException("Unit symbol '" + symbol + "' would name both "
          + previous.code() + " and " + u.code());
    }
  }

  /** The standard registry of the SDK. */
  public static UnitRegistry standard() {
    return STANDARD;
  }

  /**
   * A registry that also reads {@code alias} as {@code unit}, e.g. the code a particular ERP uses.
   *
   * @param alias the extra symbol, not blank
   * @param unit a unit of this registry, not null
   * @return a new registry; this one is unchanged
   * @throws IllegalArgumentException if the alias already names another unit
   */
  public UnitRegistry withAlias(String alias, MeasureUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (alias.isBlank()) {
      throw new IllegalArgumentException("A unit alias must not be blank");
    }
    if (!byCode.containsKey(unit.code())) {
      throw new IllegalArgumentException("Unit " + unit.code() + " is not in this registry");
    }
    MeasureUnit previous = bySymbol.get(normalise(alias));
    if (previous != null && !previous.equals(unit)) {
      throw new IllegalArgumentException("Unit alias '" + alias + "' already names "
          + previous.code());
    }
    Map<String, MeasureUnit> extra = new LinkedHashMap<>(extraAliases);
    extra.put(alias, unit);
    return new UnitRegistry(new ArrayList<>(byCode.values()), extra);
  }

  /**
   * The unit with the given code, symbol or alias.
   *
   * @param symbol the symbol as found in the input, not null
   * @return the unit
   * @throws UnknownUnitException if no unit has that symbol
   */
  public MeasureUnit parse(String symbol) {
    return find(symbol).orElseThrow(() -> new UnknownUnitException(symbol,
        "Unknown unit '" + symbol + "'" + caseHint(symbol) + "; known units are "
            + String.join(", ", byCode.keySet())
            + " (and their Chinese names, e.g. 千瓦时, 吨, 万标准立方米, 吨标准煤)"));
  }

  /** The hint for a symbol that differs from known ones only in case: case is never folded. */
  private String caseHint(String symbol) {
    List<MeasureUnit> alike = byFoldedSymbol.get(normalise(symbol).toLowerCase(Locale.ROOT));
    if (alike == null || alike.isEmpty()) {
      return "";
    }
    return " (unit symbols are case-sensitive; did you mean "
        + alike.stream().map(u -> "'" + u.code() + "'").collect(Collectors.joining(" or "))
        + "?)";
  }

  /** The unit with the given code, symbol or alias, if any. */
  public Optional<MeasureUnit> find(String symbol) {
    String key = normalise(symbol);
    return Optional.ofNullable(bySymbol.get(key));
  }

  /** The unit with the given canonical code, e.g. {@code MWh}. */
  public MeasureUnit byCode(String code) {
    MeasureUnit unit = byCode.get(code);
    if (unit == null) {
      throw new UnknownUnitException(code, "No unit has the code '" + code + "'");
    }
    return unit;
  }

  /** Every unit of this registry, in a fixed order. */
  public Collection<MeasureUnit> units() {
    return byCode.values();
  }

  /** The units of one kind, in a fixed order. */
  public List<MeasureUnit> units(QuantityKind kind) {
    return byCode.values().stream().filter(u -> u.kind() == kind).collect(Collectors.toList());
  }

  static String normalise(String symbol) {
    String s = symbol.strip()
        .replace("×10⁴", "1e4").replace("x10⁴", "1e4").replace("10⁴", "1e4")
        .replace("×10^4", "1e4").replace("x10^4", "1e4").replace("10^4", "1e4");
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = s.replaceAll("\\s+", "");
    s = s.replace('*', '·').replace('×', '·').replace('⋅', '·').replace('•', '·');
    return s;
  }

  private static List<MeasureUnit> standardUnits() {
    List<MeasureUnit> u = new ArrayList<>();
    // energy, base J
    u.add(unit("J", "J", "焦耳", "joule", ENERGY, "1", Units.JOULE, "焦", "JOU"));
    u.add(unit("kJ", "kJ", "千焦", "kilojoule", ENERGY, "1000",
        DomainUnits.scaled("kJ", "kilojoule", Units.JOULE, "1000"), "千焦耳", "KJO"));
    u.add(unit("MJ", "MJ", "兆焦", "megajoule", ENERGY, "1000000",
        DomainUnits.scaled("MJ", "megajoule", Units.JOULE, "1000000"), "兆焦耳", "3B"));
    u.add(unit("GJ", "GJ", "吉焦", "gigajoule", ENERGY, "1000000000", DomainUnits.GIGAJOULE,
        "吉焦耳", "百万千焦", "GV"));
    u.add(unit("TJ", "TJ", "太焦", "terajoule", ENERGY, "1000000000000", DomainUnits.TERAJOULE,
        "太焦耳", "D30"));
    u.add(unit("kWh", "kWh", "千瓦时", "kilowatt hour", ENERGY, "3600000",
        DomainUnits.KILOWATT_HOUR, "度", "千瓦·时", "kW·h", "KWH"));
    u.add(unit("1e4kWh", "10⁴ kWh", "万千瓦时", "ten thousand kilowatt hours", ENERGY,
        "36000000000", DomainUnits.scaled("10⁴ kWh", "ten thousand kilowatt hours",
            Units.JOULE, "36000000000"), "万度", "万kWh"));
    u.add(unit("MWh", "MWh", "兆瓦时", "megawatt hour", ENERGY, "3600000000",
        DomainUnits.MEGAWATT_HOUR, "千千瓦时", "MW·h", "MWH"));
    u.add(unit("GWh", "GWh", "吉瓦时", "gigawatt hour", ENERGY, "3600000000000",
        DomainUnits.scaled("GWh", "gigawatt hour", Units.JOULE, "3600000000000"), "百万千瓦时", "GWH"));
    u.add(unit("kgce", "kgce", "千克标准煤", "kilogram of standard coal equivalent", ENERGY,
        "29307600", DomainUnits.scaled("kgce", "kilogram of standard coal equivalent",
            Units.JOULE, "29307600"), "千克标煤", "公斤标准煤", "kg标准煤"));
    u.add(unit("tce", "tce", "吨标准煤", "tonne of standard coal equivalent", ENERGY,
        "29307600000", DomainUnits.TONNE_OF_COAL_EQUIVALENT, "吨标煤", "t标准煤"));
    u.add(unit("1e4tce", "10⁴ tce", "万吨标准煤", "ten thousand tonnes of standard coal equivalent",
        ENERGY, "293076000000000", DomainUnits.scaled("10⁴ tce",
            "ten thousand tonnes of standard coal equivalent", Units.JOULE, "293076000000000"),
        "万吨标煤"));
    // mass, base kg
    u.add(unit("g", "g", "克", "gram", MASS, "0.001", Units.GRAM, "GRM"));
    // KG: SAP's own unit of ERP extracts (its ISO code is KGM); an alias listed as such, since
    // case is never folded
    u.add(unit("kg", "kg", "千克", "kilogram", MASS, "1", Units.KILOGRAM, "公斤", "KGM", "KG"));
    u.add(unit("t", "t", "吨", "tonne", MASS, "1000", DomainUnits.TONNE, "tonne", "tonnes",
        "TNE"));
    u.add(unit("kt", "kt", "千吨", "kilotonne", MASS, "1000000",
        DomainUnits.scaled("kt", "kilotonne", Units.KILOGRAM, "1000000"), "KTN"));
    u.add(unit("1e4t", "10⁴ t", "万吨", "ten thousand tonnes", MASS, "10000000",
        DomainUnits.scaled("10⁴ t", "ten thousand tonnes", Units.KILOGRAM, "10000000")));
    // volume, base m3
    u.add(unit("L", "L", "升", "litre", VOLUME, "0.001", DomainUnits.LITRE, "l", "LTR"));
    u.add(unit("m3", "m³", "立方米", "cubic metre", VOLUME, "1", DomainUnits.CUBIC_METRE,
        "方", "MTQ"));
    u.add(unit("1e4m3", "10⁴ m³", "万立方米", "ten thousand cubic metres", VOLUME, "10000",
        DomainUnits.scaled("10⁴ m³", "ten thousand cubic metres", Units.CUBIC_METRE, "10000"),
        "万方"));
    // volume at normal conditions, base Nm3
    u.add(unit("Nm3", "Nm³", "标准立方米", "normal cubic metre", NORMAL_VOLUME, "1",
        DomainUnits.NORMAL_CUBIC_METRE, "标立方米", "标方", "Nm^3", "NM3"));
    u.add(unit("1e4Nm3", "10⁴ Nm³", "万标准立方米", "ten thousand normal cubic metres",
        NORMAL_VOLUME, "10000", DomainUnits.TEN_THOUSAND_NORMAL_CUBIC_METRES, "万标立方米",
        "万标方", "万Nm3"));
    // length, base m
    u.add(unit("m", "m", "米", "metre", LENGTH, "1", Units.METRE, "MTR"));
    u.add(unit("km", "km", "千米", "kilometre", LENGTH, "1000", DomainUnits.KILOMETRE, "公里", "KMT"));
    // area, base m2
    u.add(unit("m2", "m²", "平方米", "square metre", AREA, "1", DomainUnits.SQUARE_METRE,
        "MTK"));
    u.add(unit("ha", "ha", "公顷", "hectare", AREA, "10000",
        DomainUnits.scaled("ha", "hectare", Units.SQUARE_METRE, "10000")));
    // time, base s
    u.add(unit("h", "h", "小时", "hour", TIME, "3600", DomainUnits.HOUR, "hr", "HUR"));
    // transport work, base kg·m
    u.add(unit("tkm", "t·km", "吨公里", "tonne-kilometre", TRANSPORT_WORK, "1000000",
        DomainUnits.TONNE_KILOMETRE, "t·km", "t-km", "吨·公里", "吨千米", "TKM"));
    u.add(unit("pkm", "passenger·km", "人公里", "passenger-kilometre", PASSENGER_DISTANCE,
        "1000", DomainUnits.PASSENGER_KILOMETRE, "passenger·km", "p·km", "人·公里",
        "人千米"));
    // money, base CNY
    u.add(unit("CNY", "CNY", "元", "yuan", MONEY, "1", DomainUnits.YUAN, "RMB", "人民币元",
        "¥"));
    u.add(unit("1e4CNY", "10⁴ CNY", "万元", "ten thousand yuan", MONEY, "10000",
        DomainUnits.scaled("10⁴ CNY", "ten thousand yuan", DomainUnits.YUAN, "10000"),
        "万元人民币"));
    // count
    u.add(unit("pc", "pc", "件", "piece", COUNT, "1", DomainUnits.PIECE, "个", "台", "piece",
        "pieces", "unit", "units", "C62", "H87"));
    // CO2e mass, base tCO2e
    u.add(unit("tCO2e", "tCO₂e", "吨二氧化碳当量", "tonne of CO2-equivalent", CO2E_MASS, "1",
        DomainUnits.TONNE_CO2E, "tCO2-eq", "tCO2eq"));
    u.add(unit("kgCO2e", "kgCO₂e", "千克二氧化碳当量", "kilogram of CO2-equivalent", CO2E_MASS,
        "0.001", DomainUnits.TONNE_CO2E.divide(1000), "kgCO2-eq", "kgCO2eq"));
    return u;
  }

  private static MeasureUnit unit(String code, String symbol, String nameZh, String nameEn,
      QuantityKind kind, String toBase, Unit<?> unit, String... aliases) {
    List<String> all = new ArrayList<>(List.of(aliases));
    if (!all.contains(nameZh)) {
      all.add(0, nameZh);
    }
    return new MeasureUnit(code, symbol, nameZh, nameEn, kind, new BigDecimal(toBase), unit, all);
  }
}
