// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.ghg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.testing.CoreGen;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void sevenKyotoFamiliesWithBilingualLabels() {
    assertEquals(7, GasFamily.values().length);
    assertEquals("氢氟碳化物", GasFamily.HFCS.label(Locale.CHINA));
    assertEquals("Hydrofluorocarbons (HFCs)", GasFamily.HFCS.label(Locale.ENGLISH));
  }

  @Test
  void speciesParseFromCodeFormulaAndSynonym() {
    assertEquals(GreenhouseGas.HFC_134A, GreenhouseGas.parse("HFC-134a"));
    assertEquals(GreenhouseGas.HFC_134A, GreenhouseGas.parse("CH2FCF3"));
    assertEquals(GreenhouseGas.HFC_134A, GreenhouseGas.parse("R-134a"));
    assertEquals(GreenhouseGas.CF4, GreenhouseGas.parse("PFC-14"));
    assertEquals(GreenhouseGas.C2F6, GreenhouseGas.parse("C₂F₆"));
    assertEquals(GreenhouseGas.CH4_FOSSIL, GreenhouseGas.parse("ch4-fossil"));
    assertEquals(GasFamily.PFCS, GreenhouseGas.CF4.family());
    var e = assertThrows(IllegalArgumentException.class, () -> GreenhouseGas.parse("HFC-999"));
    assertTrue(e.getMessage().startsWith("Unknown greenhouse gas 'HFC-999'; known: CO2, CH4"));
    for (GreenhouseGas g : GreenhouseGas.values()) {
      assertEquals(g, GreenhouseGas.parse(g.code()));
    }
  }

  @Test
  void categoriesMapToScopesAndCoverEachScope3CategoryOnce() {
    assertEquals(GhgScope.SCOPE_1, EmissionCategory.DIRECT.scope());
    assertEquals(GhgScope.SCOPE_2, EmissionCategory.PURCHASED_ENERGY.scope());
    assertEquals(EmissionCategory.TRANSPORTATION,
        EmissionCategory.covering(Scope3Category.BUSINESS_TRAVEL));
    assertEquals(EmissionCategory.PRODUCTS_USED,
        EmissionCategory.covering(Scope3Category.PURCHASED_GOODS_AND_SERVICES));
    EnumSet<Scope3Category> seen = EnumSet.noneOf(Scope3Category.class);
    for (EmissionCategory c : EmissionCategory.values()) {
      for (Scope3Category s : c.scope3Categories()) {
        assertTrue(seen.add(s), s + " is covered twice");
      }
    }
    assertEquals(EnumSet.allOf(Scope3Category.class), seen);
    assertEquals(EmissionCategory.USE_OF_PRODUCTS, EmissionCategory.parse("e"));
    assertEquals(EmissionCategory.USE_OF_PRODUCTS, EmissionCategory.parse("C5"));
    assertEquals("f)", EmissionCategory.OTHER.citation());
    assertThrows(IllegalArgumentException.class, () -> EmissionCategory.parse("C7"));
  }

  @Test
  void blendsSplitExactlyByMassFraction() {
    // 10 kg of R-404A leaked: 4.4 kg HFC-125, 5.2 kg HFC-143a, 0.4 kg HFC-134a
    List<GasMass> parts = RefrigerantBlend.R404A.split(new BigDecimal("0.010"));
    assertEquals(List.of(GasMass.tonnes(GreenhouseGas.HFC_125, "0.00440"),
        GasMass.tonnes(GreenhouseGas.HFC_134A, "0.00040"),
        GasMass.tonnes(GreenhouseGas.HFC_143A, "0.00520")), parts);
    assertEquals(RefrigerantBlend.R410A, RefrigerantBlend.known("r410a").orElseThrow());
    var e = assertThrows(IllegalArgumentException.class, () -> RefrigerantBlend.of("R-X",
        Map.of(GreenhouseGas.HFC_32, new BigDecimal("0.5"), GreenhouseGas.HFC_125,
            new BigDecimal("0.49"))));
    assertEquals("RefrigerantBlend R-X: mass fractions must add up to 1, but add up to 0.99",
        e.getMessage());
    assertEquals(RefrigerantBlend.R407C,
        CnmsJson.fromJson(CnmsJson.toJson(RefrigerantBlend.R407C), RefrigerantBlend.class));
  }

  @Test
  void co2eAddsOnlyToCo2e() throws Exception {
    // A CO2e mass has no operation that takes a gas mass: adding one does not compile.
    for (Method m : Co2e.class.getMethods()) {
      assertFalse(Arrays.asList(m.getParameterTypes()).contains(GasMass.class), m.toString());
    }
    // and a gas mass adds only to a mass of the same gas
    var e = assertThrows(IllegalArgumentException.class, () -> GasMass.tonnes(GreenhouseGas.CH4,
        "1").plus(GasMass.tonnes(GreenhouseGas.CO2, "1")));
    assertEquals("Cannot add a mass of CO2 to a mass of CH4; convert both to CO2e with a GWP set"
        + " first", e.getMessage());
    assertEquals(Co2e.tonnes("13.25"), Co2e.tonnes("12.5").plus(Co2e.tonnes("0.75")));
  }

  @Test
  void co2eEqualityIsExactAndComparisonNumeric() {
    assertNotEquals(Co2e.tonnes("12.5"), Co2e.tonnes("12.50"));
    assertTrue(Co2e.tonnes("12.5").isEquivalentTo(Co2e.tonnes("12.50")));
    assertEquals(Co2e.tonnes("0.0125"), Co2e.kilograms(new BigDecimal("12.5")));
    assertEquals(Co2e.tonnes("4.17"), Co2e.tonnes("12.5").dividedBy(BigDecimal.valueOf(3), 2,
        RoundingMode.HALF_EVEN));
    assertEquals(Co2e.tonnes("-1"), Co2e.parse("-1 tCO2e"));
    assertThrows(IllegalArgumentException.class, () -> Co2e.parse("1 t"));
  }

  @Test
  void co2eArithmeticLaws() {
    qt().forAll(CoreGen.co2e(), CoreGen.co2e(), CoreGen.co2e()).check((a, b, c) ->
        a.plus(b).plus(c).equals(a.plus(b.plus(c))) && a.plus(b).equals(b.plus(a))
            && a.plus(b).minus(b).isEquivalentTo(a));
    qt().forAll(CoreGen.co2e()).check(a -> Co2e.parse(a.toString()).equals(a)
        && CnmsJson.fromJson(CnmsJson.toJson(a), Co2e.class).equals(a));
  }

  @Test
  void co2eJsonIsAnExactDecimalString() {
    assertEquals("{\n  \"value\" : \"1000\",\n  \"unit\" : \"tCO2e\"\n}",
        CnmsJson.toJson(Co2e.tonnes(new BigDecimal("1E+3"))));
    assertEquals(Co2e.tonnes("1000"), Co2e.tonnes(new BigDecimal("1E+3")), "held at scale 0");
    assertEquals(Co2e.tonnes("0.125"), CnmsJson.fromJson("{\"value\": 0.125, \"unit\": "
        + "\"tCO2e\"}", Co2e.class));
    assertEquals(Co2e.tonnes("0.125"), CnmsJson.fromJson("{\"value\": \"125\", \"unit\": "
        + "\"kgCO2e\"}", Co2e.class));
  }
}
