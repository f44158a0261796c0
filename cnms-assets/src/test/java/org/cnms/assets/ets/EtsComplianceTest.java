// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.ets;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cnms.assets.ledger.Acquired;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.SurrenderedForCompliance;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.ghg.Co2e;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class EtsComplianceTest {

  static final LocalDate DAY = LocalDate.of(2025, 12, 15);

  /** 9,300 CEA of vintage 2024 allocated, 650 CCER bought; all surrendered for 2024. */
  static Ledger surrendered9300Cea650Ccer() {
    Ledger l = Ledger.create();
    l.append(Issued.builder().id("alloc-2024").date(LocalDate.of(2025, 6, 1)).account("main")
        .issuer("MEE").block(UnitBlock.builder().type(StandardUnitType.CEA).registry("CN-ETS")
            .vintage(2024).serials(SerialRange.of("CEA-2024-X", 1, 9_300)).build()).build());
    l.append(Acquired.builder().id("buy-ccer").date(LocalDate.of(2025, 9, 1)).account("main")
        .price(UnitPrice.of("85.00", "CNY")).counterparty("Beijing Green Exchange")
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry("CN-ETS").vintage(2024)
            .projectId("CCER-14-2024-001").serials(SerialRange.of("CCER-001", 1, 650)).build())
        .build());
    l.append(SurrenderedForCompliance.builder().id("s-cea").date(DAY).registry("CN-ETS")
        .serials(SerialRange.of("CEA-2024-X", 1, 9_300)).complianceYear(2024).scheme("CN-ETS")
        .build());
    l.append(SurrenderedForCompliance.builder().id("s-ccer").date(DAY).registry("CN-ETS")
        .serials(SerialRange.of("CCER-001", 1, 650)).complianceYear(2024).scheme("CN-ETS")
        .build());
    return l;
  }

  @Test
  void nationalEtsYearWithTheCcerCapHit() {
    // verified emissions 10,000.4 t -> obligation rounded up to 10,001 allowances
    // CCER cap: 5 % of 10,001 = 500.05 -> 500 units (rounded down)
    // 650 CCER surrendered, 500 count, 150 over the cap
    // counted: 9,300 CEA + 500 CCER = 9,800; shortfall 10,001 - 9,800 = 201 tCO2e
    ComplianceResult r = EtsCompliance.assess(EtsScheme.chinaNational(), 2024,
        Co2e.tonnes("10000.4"), surrendered9300Cea650Ccer());
    assertEquals(10_001, r.obligation());
    assertEquals(500, r.creditCap());
    assertEquals(9_300, r.allowancesSurrendered());
    assertEquals(650, r.creditsSurrendered());
    assertEquals(500, r.creditsCounted());
    assertEquals(9_800, r.unitsCounted());
    assertEquals(0, r.ineligibleUnits());
    assertEquals(Co2e.tonnes("201"), r.shortfall());
    assertFalse(r.compliant());
    assertRoundTrips(r, ComplianceResult.class);
  }

  @Test
  void surrendersForAnotherYearAreIneligible() {
    // the 9,950 units surrendered for 2024 count nothing towards 2025: 9,000 t short
    ComplianceResult r = EtsCompliance.assess(EtsScheme.chinaNational(), 2025,
        Co2e.tonnes("9000"), surrendered9300Cea650Ccer().surrendersFor(2024));
    assertEquals(9_950, r.ineligibleUnits());
    assertEquals(0, r.allowancesSurrendered());
    assertEquals(0, r.creditsSurrendered());
    assertEquals(Co2e.tonnes("9000"), r.shortfall());
  }

  @Test
  void aLowerObligationIsMet() {
    // 9,850 t: obligation 9,850; cap 5 % = 492.5 -> 492; 9,300 + 492 = 9,792 -> short 58
    ComplianceResult r = EtsCompliance.assess(EtsScheme.chinaNational(), 2024,
        Co2e.tonnes("9850"), surrendered9300Cea650Ccer());
    assertEquals(492, r.creditCap());
    assertEquals(Co2e.tonnes("58"), r.shortfall());
    // 9,700 t: cap 485; 9,300 + 485 = 9,785 >= 9,700 -> compliant
    ComplianceResult ok = EtsCompliance.assess(EtsScheme.chinaNational(), 2024,
        Co2e.tonnes("9700"), surrendered9300Cea650Ccer());
    assertTrue(ok.compliant());
    assertEquals(Co2e.tonnes("0"), ok.shortfall());
  }

  @Test
  void anotherYearOrSchemeDoesNotCount() {
    ComplianceResult r = EtsCompliance.assess(EtsScheme.chinaNational(), 2025,
        Co2e.tonnes("100"), surrendered9300Cea650Ccer());
    assertEquals(0, r.unitsCounted());
    assertEquals(Co2e.tonnes("100"), r.shortfall());
    EtsScheme pilot = EtsScheme.chinaNational().withId("SH-ETS");
    assertEquals(0, EtsCompliance.assess(pilot, 2024, Co2e.tonnes("1"),
        surrendered9300Cea650Ccer()).unitsCounted());
  }

  @Test
  void futureVintageAllowancesAreIneligible() {
    Ledger l = Ledger.create();
    l.append(Issued.builder().id("a").date(DAY).account("main").block(UnitBlock.builder()
        .type(StandardUnitType.CEA).registry("CN-ETS").vintage(2025)
        .serials(SerialRange.of("CEA-2025", 1, 10)).build()).build());
    l.append(SurrenderedForCompliance.builder().id("s").date(DAY).registry("CN-ETS")
        .serials(SerialRange.of("CEA-2025", 1, 10)).complianceYear(2024).build());
    ComplianceResult r = EtsCompliance.assess(EtsScheme.chinaNational(), 2024, Co2e.tonnes("10"),
        l);
    assertEquals(10, r.ineligibleUnits());
    assertEquals(Co2e.tonnes("10"), r.shortfall());
  }

  @Test
  void schemeInvariants() {
    var e = assertThrows(IllegalArgumentException.class, () -> EtsScheme.chinaNational()
        .withCreditCapPercent(new BigDecimal("105")));
    assertEquals("EtsScheme.creditCapPercent must be a percentage between 0 and 100, but was 105",
        e.getMessage());
    var both = assertThrows(IllegalArgumentException.class, () -> EtsScheme.chinaNational()
        .withCreditTypes(List.of(StandardUnitType.CEA)));
    assertEquals("EtsScheme CN-ETS lists CEA both as an allowance and as a credit type",
        both.getMessage());
    var neg = assertThrows(IllegalArgumentException.class, () -> EtsCompliance.assess(
        EtsScheme.chinaNational(), 2024, Co2e.tonnes("-1"), List.of()));
    assertEquals("Verified emissions of compliance year 2024 must not be negative, but were -1"
        + " tCO2e", neg.getMessage());
  }

  @Test
  void creditsNeverCountBeyondTheCap() {
    qt().withExamples(200).forAll(Generate.range(0, 100_000), Generate.range(0, 100))
        .checkAssert((emissions, percent) -> {
          EtsScheme s = EtsScheme.chinaNational().withCreditCapPercent(BigDecimal.valueOf(percent));
          ComplianceResult r = EtsCompliance.assess(s, 2024, Co2e.tonnes(
              BigDecimal.valueOf(emissions)), surrendered9300Cea650Ccer());
          assertTrue(r.creditsCounted() * 100 <= (long) emissions * percent);
          assertEquals(Math.max(0, emissions - r.unitsCounted()),
              r.shortfall().tonnes().longValueExact());
        });
  }

  @Test
  void schemesRoundTrip() {
    assertRoundTrips(EtsScheme.chinaNational(), EtsScheme.class);
    qt().withExamples(100).forAll(EtsGen.schemes())
        .checkAssert(s -> assertRoundTrips(s, EtsScheme.class));
  }
}
