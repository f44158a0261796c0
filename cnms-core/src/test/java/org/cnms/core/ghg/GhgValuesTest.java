// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked values of the GHG quantities and vocabularies, as a user of the API meets them. */
class GhgValuesTest {

  @Test
  void co2eSignsAtZero() {
    assertTrue(Co2e.tonnes("0.001").isPositive());
    assertFalse(Co2e.tonnes("0.000").isPositive());
    assertFalse(Co2e.tonnes("-0.001").isPositive());
    assertTrue(Co2e.tonnes("-0.001").isNegative());
  }

  @Test
  void co2eMaxAndMinPickTheLargerAndSmallerAndKeepTheFirstWhenEquivalent() {
    Co2e a = Co2e.tonnes("12.5");
    Co2e b = Co2e.tonnes("7.25");
    assertSame(a, a.max(b));
    assertSame(a, b.max(a));
    assertSame(b, a.min(b));
    assertSame(b, b.min(a));
    Co2e a2 = Co2e.tonnes("12.50");
    assertSame(a, a.max(a2));
    assertSame(a, a.min(a2));
    assertSame(a2, a2.max(a));
  }

  @Test
  void co2eEquivalenceIsNumericAndEqualityExact() {
    assertTrue(Co2e.tonnes("12.5").isEquivalentTo(Co2e.tonnes("12.50")));
    assertFalse(Co2e.tonnes("12.5").isEquivalentTo(Co2e.tonnes("12.6")));
    assertNotEquals(Co2e.tonnes("12.5"), Co2e.tonnes("12.50"));
    assertEquals(Co2e.tonnes("12.5"), Co2e.parse("12500 kgCO2e").rounded(1,
        java.math.RoundingMode.UNNECESSARY));
    assertEquals(Co2e.tonnes("12.5").hashCode(), Co2e.tonnes("12.5").hashCode());
    assertEquals(new BigDecimal("12.5").hashCode(), Co2e.tonnes("12.5").hashCode());
    assertThrows(IllegalArgumentException.class, () -> Co2e.parse("12.5tCO2e"));
  }

  @Test
  void gasMassesAreEquivalentOnlyForTheSameGasAndNumber() {
    GasMass m = GasMass.tonnes(GreenhouseGas.CH4, "0.25");
    assertTrue(m.isEquivalentTo(GasMass.tonnes(GreenhouseGas.CH4, "0.250")));
    assertTrue(m.isEquivalentTo(GasMass.kilograms(GreenhouseGas.CH4, new BigDecimal("250"))));
    assertFalse(m.isEquivalentTo(GasMass.tonnes(GreenhouseGas.CH4, "0.26")));
    assertFalse(m.isEquivalentTo(GasMass.tonnes(GreenhouseGas.N2O, "0.25")));
    assertEquals(m, GasMass.tonnes(GreenhouseGas.CH4, "0.25"));
    assertNotEquals(m, GasMass.tonnes(GreenhouseGas.CH4, "0.250"));
    assertNotEquals(m, GasMass.tonnes(GreenhouseGas.N2O, "0.25"));
    assertNotEquals(m, (Object) Co2e.tonnes("0.25"));
    assertEquals(m.hashCode(), GasMass.tonnes(GreenhouseGas.CH4, "0.25").hashCode());
    assertNotEquals(m.hashCode(), GasMass.tonnes(GreenhouseGas.CH4, "0.5").hashCode());
    assertEquals(GreenhouseGas.CH4.hashCode() * 31 + new BigDecimal("0.25").hashCode(),
        m.hashCode());
    assertEquals("0.25 t CH4", m.toString());
    assertEquals("0.0125 t HFC-134a", GasMass.tonnes(GreenhouseGas.HFC_134A, "0.0125").toString());
  }

  @Test
  void theSdkDefinesThreeBlendsFoundByAnySpelling() {
    assertEquals(List.of(RefrigerantBlend.R404A, RefrigerantBlend.R407C, RefrigerantBlend.R410A),
        RefrigerantBlend.known());
    assertSame(RefrigerantBlend.R410A, RefrigerantBlend.known("r410a").orElseThrow());
    assertSame(RefrigerantBlend.R407C, RefrigerantBlend.known(" R-407C ").orElseThrow());
    assertTrue(RefrigerantBlend.known("R-22").isEmpty());
  }

  @Test
  void blendsAreEqualByDesignationAndFractions() {
    RefrigerantBlend r410a = RefrigerantBlend.of("R-410A", Map.of(
        GreenhouseGas.HFC_32, new BigDecimal("0.50"), GreenhouseGas.HFC_125,
        new BigDecimal("0.50")));
    assertEquals(RefrigerantBlend.R410A, r410a);
    assertEquals(RefrigerantBlend.R410A.hashCode(), r410a.hashCode());
    assertEquals("R-410A".hashCode() * 31 + r410a.massFractions().hashCode(), r410a.hashCode());
    assertNotEquals(RefrigerantBlend.R410A, RefrigerantBlend.R407C);
    assertNotEquals(RefrigerantBlend.R410A, RefrigerantBlend.of("R-410B", Map.of(
        GreenhouseGas.HFC_32, new BigDecimal("0.50"), GreenhouseGas.HFC_125,
        new BigDecimal("0.50"))));
    assertNotEquals(RefrigerantBlend.R410A, RefrigerantBlend.of("R-410A", Map.of(
        GreenhouseGas.HFC_32, new BigDecimal("0.45"), GreenhouseGas.HFC_125,
        new BigDecimal("0.55"))));
    assertNotEquals(RefrigerantBlend.R410A, (Object) "R-410A");
    assertEquals("R-410A{HFC-32=0.50, HFC-125=0.50}", RefrigerantBlend.R410A.toString());
  }

  @Test
  void scope3CategoriesAreNumberedOneToFifteen() {
    assertEquals(1, Scope3Category.PURCHASED_GOODS_AND_SERVICES.number());
    assertEquals(15, Scope3Category.INVESTMENTS.number());
    assertSame(Scope3Category.PURCHASED_GOODS_AND_SERVICES, Scope3Category.ofNumber(1));
    assertSame(Scope3Category.BUSINESS_TRAVEL, Scope3Category.ofNumber(6));
    assertSame(Scope3Category.INVESTMENTS, Scope3Category.ofNumber(15));
    for (Scope3Category c : Scope3Category.values()) {
      assertSame(c, Scope3Category.ofNumber(c.number()));
    }
    var e = assertThrows(IllegalArgumentException.class, () -> Scope3Category.ofNumber(0));
    assertEquals("A scope-3 category number is between 1 and 15, but was 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scope3Category.ofNumber(16));
  }

  @Test
  void categoryOneIsTheOnlyDirectOne() {
    assertFalse(EmissionCategory.DIRECT.isIndirect());
    assertTrue(EmissionCategory.PURCHASED_ENERGY.isIndirect());
    assertTrue(EmissionCategory.TRANSPORTATION.isIndirect());
    for (EmissionCategory c : EmissionCategory.values()) {
      assertEquals(c.ordinal() + 1, c.number());
      assertEquals("C" + c.number(), c.code());
    }
    assertEquals(2, EmissionCategory.PURCHASED_ENERGY.number());
  }

  @Test
  void speciesHaveTheirAsciiFormula() {
    assertEquals("CH2FCF3", GreenhouseGas.HFC_134A.formula());
    assertEquals("CHF2CF3", GreenhouseGas.HFC_125.formula());
    assertEquals("CH4", GreenhouseGas.CH4.formula());
  }
}
