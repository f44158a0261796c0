// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked values of amounts, units and ratios, as a user of the API meets them. */
class UnitValuesTest {

  private static final UnitRegistry REGISTRY = UnitRegistry.standard();

  @Test
  void anAmountIsNegativeBelowZeroAndZeroAtAnyScale() {
    assertTrue(Amount.of("-0.5", "kWh").isNegative());
    assertFalse(Amount.of("0.00", "kWh").isNegative());
    assertFalse(Amount.of("0.5", "kWh").isNegative());
    assertTrue(Amount.of("0.00", "kWh").isZero());
    assertFalse(Amount.of("0.01", "kWh").isZero());
    assertFalse(Amount.of("-0.01", "kWh").isZero());
  }

  @Test
  void amountsAreEquivalentAcrossUnitsOfOneKindOnly() {
    assertTrue(Amount.of("1250", "kWh").isEquivalentTo(Amount.of("1.25", "MWh")));
    assertTrue(Amount.of("1.25", "MWh").isEquivalentTo(Amount.of("1250.000", "kWh")));
    assertFalse(Amount.of("1250", "kWh").isEquivalentTo(Amount.of("1.3", "MWh")));
    assertFalse(Amount.of("1", "t").isEquivalentTo(Amount.of("1", "kWh")));
    assertNotEquals(Amount.of("1250", "kWh"), Amount.of("1.25", "MWh"));
    assertNotEquals(Amount.of("1250", "kWh"), Amount.of("1250.0", "kWh"));
  }

  @Test
  void equalAmountsHaveOneHashCode() {
    Amount a = Amount.parse("1250.5 kWh");
    assertEquals(Amount.of("1250.5", "kWh"), a);
    assertEquals(Amount.of("1250.5", "kWh").hashCode(), a.hashCode());
    assertEquals(new BigDecimal("1250.5").hashCode() * 31 + "kWh".hashCode(), a.hashCode());
    assertNotEquals(a.hashCode(), Amount.of("1250.5", "MWh").hashCode());
  }

  @Test
  void aUnitHasItsNamesAliasesAndCode() {
    MeasureUnit kwh = REGISTRY.byCode("kWh");
    assertEquals("千瓦时", kwh.nameZh());
    assertEquals("kilowatt hour", kwh.nameEn());
    assertEquals("kWh", kwh.toString());
    assertEquals("kWh".hashCode(), kwh.hashCode());
    assertEquals(List.of("千瓦时", "度", "千瓦·时", "kW·h", "KWH"), kwh.aliases());
    assertEquals("万标准立方米", REGISTRY.byCode("1e4Nm3").nameZh());
  }

  @Test
  void aUnitNeedsAPositiveFactorToItsBaseUnit() {
    MeasureUnit kwh = REGISTRY.byCode("kWh");
    for (String factor : List.of("0", "-1")) {
      var e = assertThrows(IllegalArgumentException.class, () -> new MeasureUnit("x", "x", "x",
          "x", QuantityKind.ENERGY, new BigDecimal(factor), kwh.unit(), List.of()));
      assertEquals("MeasureUnit x: factor to the base unit must be positive, but was " + factor,
          e.getMessage());
    }
    assertEquals(new BigDecimal("0.001"), new MeasureUnit("x", "x", "x", "x",
        QuantityKind.ENERGY, new BigDecimal("0.001"), kwh.unit(), List.of()).toBase());
  }

  @Test
  void ratiosAreEqualWhenReducedToTheSameTerms() {
    assertEquals(Ratio.of(BigInteger.valueOf(2), BigInteger.valueOf(4)),
        Ratio.of(BigInteger.ONE, BigInteger.TWO));
    assertEquals(Ratio.of(BigInteger.ONE, BigInteger.TWO).hashCode(),
        Ratio.of(new BigDecimal("0.5")).hashCode());
    assertNotEquals(Ratio.of(BigInteger.ONE, BigInteger.TWO), Ratio.of(BigInteger.ONE,
        BigInteger.valueOf(3)));
    assertNotEquals(Ratio.of(BigInteger.ONE, BigInteger.TWO), Ratio.of(BigInteger.TWO,
        BigInteger.ONE));
    assertNotEquals(Ratio.ONE, (Object) BigDecimal.ONE);
    assertEquals("-1/2", Ratio.of(BigInteger.ONE, BigInteger.valueOf(-2)).toString());
    assertEquals("7", Ratio.of(new BigDecimal("7")).toString());
    assertEquals("700", Ratio.of(new BigDecimal("7E+2")).toString());
    assertNotEquals(Ratio.of(BigInteger.ONE, BigInteger.TWO).hashCode(),
        Ratio.of(BigInteger.ONE, BigInteger.valueOf(3)).hashCode());
  }

  @Test
  void anAliasMayRepeatItsOwnUnitButNeverNameAnother() {
    MeasureUnit kwh = REGISTRY.byCode("kWh");
    UnitRegistry erp = REGISTRY.withAlias("KWHR", kwh);
    assertEquals(kwh, erp.parse("KWHR"));
    assertEquals(kwh, REGISTRY.withAlias("度", kwh).parse("度"));
    var e = assertThrows(IllegalArgumentException.class,
        () -> REGISTRY.withAlias("度", REGISTRY.byCode("MWh")));
    assertEquals("Unit alias '度' already names kWh", e.getMessage());
    assertTrue(REGISTRY.find("KWHR").isEmpty());
  }
}
