// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import javax.measure.UnitConverter;
import org.cnms.core.internal.CompactAmounts;
import org.cnms.core.testing.CoreGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitRegistryTest {

  private static final UnitRegistry REGISTRY = UnitRegistry.standard();

  @ParameterizedTest
  @CsvSource({
      "千瓦时, kWh", "度, kWh", "KWH, kWh", "kW·h, kWh", "万千瓦时, 1e4kWh", "MWh, MWh",
      "吨, t", "公斤, kg", "万立方米, 1e4m3", "万标准立方米, 1e4Nm3", "10⁴ Nm³, 1e4Nm3",
      "10^4 Nm3, 1e4Nm3", "Nm³, Nm3", "吨标准煤, tce", "吨标煤, tce", "吉焦, GJ", "TJ, TJ",
      "t·km, tkm", "t*km, tkm", "吨公里, tkm", "人公里, pkm", "万元, 1e4CNY", "ｋＷｈ, kWh",
      "tCO2e, tCO2e", "m³, m3", "KG, kg"})
  void readsTheSymbolsOfErpExtracts(String symbol, String code) {
    assertEquals(code, REGISTRY.parse(symbol).code());
  }

  /** UN/CEFACT Recommendation 20 (Rev. 14e) common codes, each as Annexes II and III define it. */
  @ParameterizedTest
  @CsvSource({
      "JOU, J", "KJO, kJ", "3B, MJ", "GV, GJ", "D30, TJ", "KWH, kWh", "MWH, MWh", "GWH, GWh",
      "GRM, g", "KGM, kg", "TNE, t", "KTN, kt", "LTR, L", "MTQ, m3", "NM3, Nm3", "MTR, m",
      "KMT, km", "MTK, m2", "HUR, h", "TKM, tkm", "C62, pc", "H87, pc"})
  void readsTheRecommendation20CodesOfErpExtracts(String symbol, String code) {
    assertEquals(code, REGISTRY.parse(symbol).code());
  }

  @Test
  void mtqIsAGeometricCubicMetreNeverANormalOne() {
    assertEquals(QuantityKind.VOLUME, REGISTRY.parse("MTQ").kind());
    assertEquals(QuantityKind.NORMAL_VOLUME, REGISTRY.parse("NM3").kind());
    assertNotEquals(REGISTRY.parse("MTQ"), REGISTRY.parse("Nm3"));
  }

  @ParameterizedTest
  @CsvSource({"mWh, MWh", "mJ, MJ", "gj, GJ", "Mt, ", "mt, ", "Kg, kg", "Tce, tce",
      "nm3, Nm3"})
  void caseIsNeverFolded(String symbol, String differsOnlyInCaseFrom) {
    UnknownUnitException e = assertThrows(UnknownUnitException.class,
        () -> REGISTRY.parse(symbol));
    assertEquals(symbol, e.symbol());
    if (differsOnlyInCaseFrom == null) {
      assertTrue(e.getMessage().startsWith("Unknown unit '" + symbol + "'; known units are "),
          e.getMessage());
    } else {
      assertTrue(e.getMessage().startsWith("Unknown unit '" + symbol + "' (unit symbols are"
          + " case-sensitive; did you mean '" + differsOnlyInCaseFrom + "'?); known units are "),
          e.getMessage());
    }
  }

  @ParameterizedTest
  @CsvSource({"ＭＷｈ, MWh", "' MWh ', MWh", "'M Wh', MWh", "ｍ３, m3", "'　GJ　', GJ",
      "Ｍｔ, ", "ｍＷｈ, "})
  void onlyWidthAndWhitespaceAreNormalised(String symbol, String code) {
    if (code == null) {
      assertThrows(UnknownUnitException.class, () -> REGISTRY.parse(symbol));
    } else {
      assertEquals(code, REGISTRY.parse(symbol).code());
    }
    assertNotEquals(REGISTRY.find("MWh"), REGISTRY.find("mWh"));
  }

  @Test
  void unknownSymbolIsAClearError() {
    UnknownUnitException e = assertThrows(UnknownUnitException.class,
        () -> REGISTRY.parse("千万瓦时"));
    assertEquals("千万瓦时", e.symbol());
    assertTrue(e.getMessage().startsWith("Unknown unit '千万瓦时'; known units are J, kJ, MJ, GJ"),
        e.getMessage());
  }

  @Test
  void normalCubicMetresAreNotCubicMetres() {
    MeasureUnit nm3 = REGISTRY.parse("Nm3");
    MeasureUnit m3 = REGISTRY.parse("m3");
    assertFalse(nm3.isCompatibleWith(m3));
    UnitMismatchException e = assertThrows(UnitMismatchException.class,
        () -> Amount.of("1", "万立方米").to(nm3));
    assertEquals("Cannot convert 1e4m3 (volume) to Nm3 (volume at normal conditions)",
        e.getMessage());
    assertEquals(m3.kind(), e.given().kind());
    assertFalse(nm3.unit().isCompatible(m3.unit()), "Indriya keeps the dimensions apart too");
  }

  @Test
  void tceIsExactly29Point3076Gigajoules() {
    assertEquals(new BigDecimal("29.3076"), Amount.of("1", "tce").to(REGISTRY.parse("GJ"))
        .value());
    // 1 kWh = 3.6 MJ = 0.0036 GJ
    assertEquals(new BigDecimal("9"), Amount.of("2500", "kWh").to(REGISTRY.parse("GJ"))
        .value());
  }

  @Test
  void nonTerminatingConversionIsRefusedOrRoundedOnRequest() {
    Amount oneGj = Amount.of("1", "GJ");
    MeasureUnit kwh = REGISTRY.parse("kWh");
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> oneGj.to(kwh));
    assertEquals("The ratio 2500/9 has no exact decimal value; pass a rounding policy",
        e.getMessage());
    assertEquals(Ratio.of(java.math.BigInteger.valueOf(2500), java.math.BigInteger.valueOf(9)),
        oneGj.conversionTo(kwh));
    assertEquals(new BigDecimal("277.8"), oneGj.to(kwh, new MathContext(4)).value());
  }

  @Test
  void everyFactorAgreesWithIndriya() throws Exception {
    for (MeasureUnit u : REGISTRY.units()) {
      UnitConverter c = u.unit().getConverterToAny(u.unit().getSystemUnit());
      BigDecimal indriya = new BigDecimal(c.convert(BigDecimal.ONE).toString());
      assertEquals(0, u.toBase().compareTo(indriya), () -> u.code() + ": " + indriya);
    }
  }

  @Test
  void addingAmountsOfDifferentKindsFails() {
    UnitMismatchException e = assertThrows(UnitMismatchException.class,
        () -> Amount.of("1", "kWh").plus(Amount.of("1", "kg")));
    assertEquals("Cannot convert kg (mass) to kWh (energy)", e.getMessage());
  }

  @Test
  void equalityIsExactEquivalenceIsNumeric() {
    assertNotEquals(Amount.of("1", "MWh"), Amount.of("1000", "kWh"));
    assertTrue(Amount.of("1", "MWh").isEquivalentTo(Amount.of("1000", "kWh")));
    assertTrue(Amount.of("3.6", "GJ").isEquivalentTo(Amount.of("1", "MWh")));
    // 1 MWh + 0.5 kWh = 1.0005 MWh, exact
    assertEquals(Amount.of("1.0005", "MWh"), Amount.of("1", "MWh").plus(Amount.of("0.5", "kWh")));
  }

  @Test
  void aliasesCanBeAddedWithoutChangingTheStandardRegistry() {
    UnitRegistry erp = REGISTRY.withAlias("KWHR", REGISTRY.parse("kWh"));
    assertEquals("kWh", erp.parse("KWHR").code());
    assertTrue(REGISTRY.find("KWHR").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> REGISTRY.withAlias("吨", REGISTRY.parse("kg")));
  }

  @Test
  void amountsParseWhatTheyPrint() {
    qt().forAll(CoreGen.amounts()).check(a -> Amount.parse(a.toString()).equals(a));
  }

  @Test
  void conversionRoundTripsExactly() {
    // a value converted to any unit of its kind and back, as exact rationals, is unchanged
    qt().forAll(CoreGen.amounts(), org.quicktheories.generators.Generate.range(0, 1000))
        .check((a, i) -> {
          java.util.List<MeasureUnit> same = REGISTRY.units(a.kind());
          MeasureUnit u = same.get(i % same.size());
          return a.conversionTo(u).multipliedBy(u.conversionTo(a.unit()))
              .equals(Ratio.of(a.value()));
        });
  }

  @Test
  void compactDigitsStandForTheValueUpTo18Digits() {
    Amount a = Amount.of("1250.50", "kWh");
    assertEquals(125050L, CompactAmounts.unscaledLong(a));
    assertEquals(2, a.scale());
    assertEquals(-999_999_999_999_999_999L,
        CompactAmounts.unscaledLong(Amount.of("-0.999999999999999999", "t")));
    assertEquals(18, Amount.of("-0.999999999999999999", "t").scale());
    // 1E+3 is held as 1000 (scale 0)
    assertEquals(1000L,
        CompactAmounts.unscaledLong(Amount.of(new BigDecimal("1E+3"), REGISTRY.byCode("t"))));
    assertEquals(0, Amount.of(new BigDecimal("1E+3"), REGISTRY.byCode("t")).scale());
    // 19 digits do not fit
    assertEquals(Long.MIN_VALUE,
        CompactAmounts.unscaledLong(Amount.of("1000000000000000000", "t")));
    assertEquals(Long.MIN_VALUE,
        CompactAmounts.unscaledLong(Amount.of("-9223372036854775808", "t")));
    qt().forAll(CoreGen.amounts()).check(x -> CompactAmounts.unscaledLong(x) == Long.MIN_VALUE
        ? x.value().precision() > 18
        : BigDecimal.valueOf(CompactAmounts.unscaledLong(x), x.scale()).equals(x.value()));
  }
}
