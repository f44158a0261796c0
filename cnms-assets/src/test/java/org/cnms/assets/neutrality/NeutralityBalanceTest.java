// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import static org.cnms.core.testing.RoundTrip.assertRoundTrips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cnms.assets.ledger.Acquired;
import org.cnms.assets.ledger.Issued;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.LedgerRule;
import org.cnms.assets.ledger.LedgerRuleException;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.assets.ledger.SurrenderedForCompliance;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.assets.unit.UnitType;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.LineKind;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.junit.jupiter.api.Test;

class NeutralityBalanceTest {

  static final ReportingPeriod Y2024 = ReportingPeriod.calendarYear(2024);
  static final Set<EmissionCategory> COVERED =
      Set.of(EmissionCategory.DIRECT, EmissionCategory.PURCHASED_ENERGY);
  static final String CLAIM = "CN-2024";

  static InventoryLine line(String source, EmissionCategory c, LineKind kind, String co2e) {
    return InventoryLine.builder().sourceId(source).facilityId("plant-1").category(c)
        .gas(GreenhouseGas.CO2).kind(kind).gasTonnes(new BigDecimal(co2e))
        .co2e(Co2e.tonnes(co2e)).build();
  }

  /**
   * Covered (categories 1 and 2): 1,200.5 boiler + 800 grid = 2,000.5 t gross; 50.5 t removed by
   * the plant's own woodland; business travel (category 3, 300 t) is not covered. Net before
   * offsets: 2,000.5 − 50.5 = 1,950 t.
   */
  static final GhgInventory INVENTORY = GhgInventory.builder().id("inv-2024").period(Y2024)
      .gwpSet("AR5")
      .addLines(line("boiler", EmissionCategory.DIRECT, LineKind.EMISSION, "1200.5"),
          line("grid", EmissionCategory.PURCHASED_ENERGY, LineKind.EMISSION, "800"),
          line("flights", EmissionCategory.TRANSPORTATION, LineKind.EMISSION, "300"),
          line("woodland", EmissionCategory.DIRECT, LineKind.REMOVAL, "50.5"))
      .build();

  static UnitBlock block(UnitType type, String registry, String prefix, long n, int vintage) {
    return UnitBlock.builder().type(type).registry(registry).vintage(vintage)
        .projectId("P-" + prefix).serials(SerialRange.of(prefix, 1, n)).build();
  }

  static Acquired buy(String id, UnitBlock b) {
    return Acquired.builder().id(id).date(LocalDate.of(2024, 11, 1)).block(b).account("main")
        .price(UnitPrice.of("60", "CNY")).counterparty("exchange").build();
  }

  static RetiredForClaim retire(String id, String registry, SerialRange r, LocalDate day) {
    return RetiredForClaim.builder().id(id).date(day).registry(registry).serials(r)
        .beneficiary("Acme Co.").claimPeriod(Y2024).purpose("Carbon neutrality 2024")
        .claimId(CLAIM).build();
  }

  /** 1,000 CCER and {@code vcus} VCU bought and retired for the claim on 2025-03-31. */
  static Ledger ledgerRetiring(long vcus) {
    Ledger l = Ledger.create();
    l.append(buy("b-ccer", block(StandardUnitType.CCER, "CCER-NCSC", "CCER-A", 1_000, 2023)));
    l.append(buy("b-vcu", block(StandardUnitType.VCU, "Verra", "VCU-B", 2_000, 2022)));
    LocalDate day = LocalDate.of(2025, 3, 31);
    l.append(retire("r-ccer", "CCER-NCSC", SerialRange.of("CCER-A", 1, 1_000), day));
    l.append(retire("r-vcu", "Verra", SerialRange.of("VCU-B", 1, vcus), day));
    return l;
  }

  static NeutralityClaim claim(NeutralityBalance b) {
    return NeutralityClaim.builder().balance(b).addReductionMeasure("LED retrofit")
        .addReductionMeasure("boiler heat recovery").firstClaimPeriod(true).build();
  }

  @Test
  void aClaimThatIsMet() {
    // 1,000 CCER + 950 VCU retired = 1,950 t offsets; net 2,000.5 - 50.5 - 1,950 = 0 -> neutral
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY,
        ledgerRetiring(950), EligibilityPolicy.anyOutsideBoundary());
    assertEquals(Co2e.tonnes("2000.5"), b.grossEmissions());
    assertEquals(Co2e.tonnes("50.5"), b.removals());
    assertEquals(1_950, b.unitsCounted());
    assertTrue(b.netBalance().isZero());
    assertTrue(b.neutral());
    assertTrue(b.shortfall().isZero());
    assertTrue(b.refused().isEmpty());
    for (ClaimRules rules : List.of(ClaimRules.tcas612(), ClaimRules.db11t1861(),
        ClaimRules.iso14068(), ClaimRules.pas2060())) {
      ClaimAssessment a = rules.assess(claim(b));
      assertTrue(a.met(), () -> rules.name() + ": " + a.failures());
    }
    assertRoundTrips(b, NeutralityBalance.class);
    assertRoundTrips(claim(b), NeutralityClaim.class);
    assertRoundTrips(ClaimRules.iso14068().assess(claim(b)), ClaimAssessment.class);
  }

  @Test
  void aClaimThatFallsShortBy50Tonnes() {
    // 1,000 CCER + 900 VCU = 1,900 t offsets; net 1,950 - 1,900 = 50 t short
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY,
        ledgerRetiring(900), EligibilityPolicy.anyOutsideBoundary());
    assertFalse(b.neutral());
    assertEquals(Co2e.tonnes("50.0"), b.shortfall());
    ClaimAssessment a = ClaimRules.tcas612().assess(claim(b));
    assertFalse(a.met());
    assertEquals(List.of("BALANCE"), a.failures().stream().map(ClaimFinding::rule).toList());
    assertEquals("Gross 2000.5 tCO2e − removals 50.5 tCO2e − offsets 1900 tCO2e = 50.0 tCO2e:"
        + " short by 50.0 tCO2e", a.failures().get(0).message());
  }

  @Test
  void anAlreadySurrenderedUnitCannotBeRetiredForTheClaim() {
    Ledger l = ledgerRetiring(950);
    l.append(Issued.builder().id("alloc").date(LocalDate.of(2025, 1, 10)).account("main")
        .block(block(StandardUnitType.CEA, "CN-ETS", "CEA-2024", 100, 2024)).build());
    l.append(SurrenderedForCompliance.builder().id("s-2024").date(LocalDate.of(2025, 2, 1))
        .registry("CN-ETS").serials(SerialRange.of("CEA-2024", 1, 60)).complianceYear(2024)
        .build());
    // the ledger refuses to retire surrendered allowances for the claim
    var e = assertThrows(LedgerRuleException.class, () -> l.append(retire("r-cea", "CN-ETS",
        SerialRange.of("CEA-2024", 41, 100), LocalDate.of(2025, 3, 31))));
    assertEquals(LedgerRule.FINAL_UNITS_NEVER_MOVE, e.rule());

    // and a claim that names them anyway does not count them: 2,000.5 - 50.5 - 1,950 = 0 still,
    // with the 60 surrendered and 40 held allowances refused
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, List.of(
        ClaimedUnits.of("CCER-NCSC", SerialRange.of("CCER-A", 1, 1_000)),
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 1, 950)),
        ClaimedUnits.of("CN-ETS", SerialRange.of("CEA-2024", 1, 100))),
        l, EligibilityPolicy.anyOutsideBoundary());
    assertEquals(1_950, b.unitsCounted());
    assertEquals(List.of(
        RefusedUnits.builder().registry("CN-ETS").serials(SerialRange.of("CEA-2024", 1, 60))
            .reason("surrendered for ETS compliance year 2024 by event s-2024").build(),
        RefusedUnits.builder().registry("CN-ETS").serials(SerialRange.of("CEA-2024", 61, 100))
            .reason("not retired: still held in account main").build()), b.refused());
  }

  @Test
  void ineligibleUnitsAreRefusedAndTheShortfallShows() {
    Ledger l = Ledger.create();
    l.append(buy("b-ccer", block(StandardUnitType.CCER, "CCER-NCSC", "CCER-A", 1_000, 2023)));
    l.append(buy("b-own", block(StandardUnitType.CCER, "CCER-NCSC", "CCER-OWN", 500, 2024)
        .withOrigin(Origin.INSIDE_BOUNDARY)));
    l.append(buy("b-old", block(StandardUnitType.VCU, "Verra", "VCU-OLD", 450, 2012)));
    LocalDate day = LocalDate.of(2025, 3, 31);
    l.append(retire("r-1", "CCER-NCSC", SerialRange.of("CCER-A", 1, 1_000), day));
    l.append(retire("r-2", "CCER-NCSC", SerialRange.of("CCER-OWN", 1, 500), day));
    l.append(retire("r-3", "Verra", SerialRange.of("VCU-OLD", 1, 450), day));
    EligibilityPolicy policy = EligibilityPolicy.builder().earliestVintage(2016).build();
    // counted: 1,000 CCER only; 500 own-boundary CCER and 450 VCU of vintage 2012 refused
    // net 1,950 - 1,000 = 950 t short
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, l, policy);
    assertEquals(1_000, b.unitsCounted());
    assertEquals(Co2e.tonnes("950.0"), b.shortfall());
    assertEquals(List.of("the units come from inside the organisation's boundary",
        "vintage 2012 is before the earliest accepted, 2016"),
        b.refused().stream().map(RefusedUnits::reason).toList());
    assertEquals(950, b.refused().stream().mapToLong(RefusedUnits::quantity).sum());
  }

  @Test
  void unitsCountInOneClaimOnly() {
    Ledger l = ledgerRetiring(950);
    l.append(buy("b-x", block(StandardUnitType.GS_VER, "GoldStandard", "GS-X", 10, 2023)));
    l.append(RetiredForClaim.builder().id("r-other").date(LocalDate.of(2025, 1, 5))
        .registry("GoldStandard").serials(SerialRange.of("GS-X", 1, 10)).beneficiary("Acme Co.")
        .claimPeriod(ReportingPeriod.calendarYear(2023)).purpose("2023 claim").claimId("CN-2023")
        .build());
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY,
        List.of(ClaimedUnits.of("GoldStandard", SerialRange.of("GS-X", 1, 10)),
            ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 900, 1_000))),
        l, EligibilityPolicy.anyOutsideBoundary());
    assertEquals(51, b.unitsCounted());
    assertEquals(List.of("retired for claim CN-2023 by event r-other: a unit counts in one claim"
        + " only", "not retired: still held in account main"),
        b.refused().stream().map(RefusedUnits::reason).toList());
  }

  @Test
  void isoRulesRefuseLateRetirementExAnteUnitsAndNoReductions() {
    Ledger l = Ledger.create();
    l.append(buy("b-1", block(StandardUnitType.VCU, "Verra", "VCU-B", 1_950, 2023)
        .withIssuance(Issuance.EX_ANTE)));
    l.append(retire("r-1", "Verra", SerialRange.of("VCU-B", 1, 1_950), LocalDate.of(2026, 1, 5)));
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, l,
        EligibilityPolicy.anyOutsideBoundary());
    NeutralityClaim c = NeutralityClaim.builder().balance(b).addReductionMeasure("LED")
        .previousPeriodEmissions(Co2e.tonnes("1990")).build();
    assertTrue(ClaimRules.tcas612().assess(c).met());
    ClaimAssessment iso = ClaimRules.iso14068().assess(c);
    assertEquals(List.of("RETIRED_IN_TIME", "EX_POST_ONLY", "REDUCTION_AGAINST_PREVIOUS_PERIOD"),
        iso.failures().stream().map(ClaimFinding::rule).toList());
    assertEquals("1950 units retired after 2025-12-31 (12 months after the period)",
        iso.failures().get(0).message());
    assertEquals("Gross emissions 2000.5 tCO2e against 1990 tCO2e in the previous period: not"
        + " reduced", iso.failures().get(2).message());
    // with 13 months allowed the timing rule passes
    assertEquals(2, ClaimRules.iso14068(13).assess(c).failures().size());
  }

  @Test
  void theInventoryMustCoverTheClaimPeriod() {
    var e = assertThrows(IllegalArgumentException.class, () -> NeutralityBalance.of(CLAIM,
        ReportingPeriod.calendarYear(2025), COVERED, INVENTORY, Ledger.create(),
        EligibilityPolicy.anyOutsideBoundary()));
    assertEquals("GhgInventory inv-2024 covers 2024, but the neutrality claim CN-2024 is for 2025",
        e.getMessage());
  }

  @Test
  void theTargetGivesTheCoveredCategories() {
    CarbonNeutralityTarget target = CarbonNeutralityTarget.builder().id("cn-target")
        .visionYear(2030).addCoveredCategory(EmissionCategory.DIRECT)
        .addCoveredCategory(EmissionCategory.PURCHASED_ENERGY).baselineId("base-2020")
        .setOn(LocalDate.of(2023, 1, 1)).build();
    Ledger l = ledgerRetiring(950);
    NeutralityBalance byTarget = NeutralityBalance.of(CLAIM, Y2024, target, INVENTORY, l,
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, l,
        EligibilityPolicy.anyOutsideBoundary()), byTarget);
    // a target covering category 3 as well: 2,000.5 + 300 - 50.5 - 1,950 = 300 t short
    NeutralityBalance wider = NeutralityBalance.of(CLAIM, Y2024,
        target.withCoveredCategories(List.of(EmissionCategory.DIRECT,
            EmissionCategory.PURCHASED_ENERGY, EmissionCategory.TRANSPORTATION)),
        INVENTORY, List.of(ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 1, 950)),
            ClaimedUnits.of("CCER-NCSC", SerialRange.of("CCER-A", 1, 1_000))), l,
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(Co2e.tonnes("300.0"), wider.shortfall());
  }
}
