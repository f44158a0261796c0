// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.neutrality;

import static org.cnms.assets.neutrality.NeutralityBalanceTest.CLAIM;
import static org.cnms.assets.neutrality.NeutralityBalanceTest.COVERED;
import static org.cnms.assets.neutrality.NeutralityBalanceTest.INVENTORY;
import static org.cnms.assets.neutrality.NeutralityBalanceTest.Y2024;
import static org.cnms.assets.neutrality.NeutralityBalanceTest.block;
import static org.cnms.assets.neutrality.NeutralityBalanceTest.buy;
import static org.cnms.assets.neutrality.NeutralityBalanceTest.ledgerRetiring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.assets.ledger.Sold;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.unit.Issuance;
import org.cnms.assets.unit.Origin;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.organisation.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * The units a claim names, unit by unit: gaps, units named twice, sold units, units retired for
 * another period; the eligibility policy's bounds; and every finding of the claim rules.
 */
class ClaimedUnitsEdgesTest {

  static RefusedUnits refused(String registry, String prefix, long from, long to,
      String reason) {
    return RefusedUnits.builder().registry(registry).serials(SerialRange.of(prefix, from, to))
        .reason(reason).build();
  }

  @Test
  void unitsMissingFromTheLedgerAreRefusedWhereverTheGapIs() {
    Ledger l = Ledger.create();
    l.append(buy("b-1", block(StandardUnitType.VCU, "Verra", "VCU-C", 10, 2023)));
    l.append(buy("b-2", block(StandardUnitType.VCU, "Verra", "VCU-C", 30, 2023)
        .withSerials(SerialRange.of("VCU-C", 21, 30))));
    // 1-10 and 21-30 held; 11-20 and 31 are not in the ledger at all
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY,
        List.of(ClaimedUnits.of("Verra", SerialRange.of("VCU-C", 1, 31))), l,
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(0, b.unitsCounted());
    assertEquals(List.of(
        refused("Verra", "VCU-C", 1, 10, "not retired: still held in account main"),
        refused("Verra", "VCU-C", 11, 20, "not in the ledger"),
        refused("Verra", "VCU-C", 21, 30, "not retired: still held in account main"),
        refused("Verra", "VCU-C", 31, 31, "not in the ledger")), b.refused());
    // named exactly to the last unit held: nothing missing at the end
    NeutralityBalance exact = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY,
        List.of(ClaimedUnits.of("Verra", SerialRange.of("VCU-C", 21, 30))), l,
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(List.of(refused("Verra", "VCU-C", 21, 30,
        "not retired: still held in account main")), exact.refused());
  }

  @Test
  void soldUnitsAndUnitsNamedTwiceAreRefused() {
    Ledger l = ledgerRetiring(950);
    l.append(Sold.builder().id("s-1").date(LocalDate.of(2025, 4, 1)).registry("Verra")
        .serials(SerialRange.of("VCU-B", 1_991, 2_000)).price(UnitPrice.of("80", "CNY"))
        .counterparty("Other Co.").build());
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, List.of(
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 1, 10)),
        ClaimedUnits.of("CCER-NCSC", SerialRange.of("VCU-B", 1, 10)),
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 1_995, 2_000))), l,
        EligibilityPolicy.anyOutsideBoundary());
    // the same serials in another registry are other units: not named twice, and not held
    assertEquals(10, b.unitsCounted());
    assertEquals(List.of(
        refused("CCER-NCSC", "VCU-B", 1, 10, "not in the ledger"),
        refused("Verra", "VCU-B", 1_995, 2_000, "sold by event s-1, not retired for this claim")),
        b.refused());

    NeutralityBalance twice = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, List.of(
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 1, 10)),
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 5, 12))), l,
        EligibilityPolicy.anyOutsideBoundary());
    // 5-10 named again are refused, not counted a second time: 10 + 2 units count
    assertEquals(List.of(refused("Verra", "VCU-B", 5, 10, "named twice in this claim")),
        twice.refused());
    assertEquals(12, twice.unitsCounted());
    assertEquals(List.of(SerialRange.of("VCU-B", 1, 10), SerialRange.of("VCU-B", 11, 12)),
        twice.counted().stream().map(r -> r.block().serials()).toList());
    // named inside an earlier range: all refused, nothing more counted
    NeutralityBalance inside = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, List.of(
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 1, 10)),
        ClaimedUnits.of("Verra", SerialRange.of("VCU-B", 3, 4))), l,
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(10, inside.unitsCounted());
    assertEquals(List.of(refused("Verra", "VCU-B", 3, 4, "named twice in this claim")),
        inside.refused());
  }

  @Test
  void unitsRetiredForTheClaimInAnotherPeriodAreRefused() {
    Ledger l = Ledger.create();
    l.append(buy("b-1", block(StandardUnitType.VCU, "Verra", "VCU-D", 100, 2023)));
    l.append(RetiredForClaim.builder().id("r-2023").date(LocalDate.of(2024, 2, 1))
        .registry("Verra").serials(SerialRange.of("VCU-D", 1, 100)).beneficiary("Acme Co.")
        .claimPeriod(ReportingPeriod.calendarYear(2023)).purpose("Carbon neutrality 2023")
        .claimId(CLAIM).build());
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, l,
        EligibilityPolicy.anyOutsideBoundary());
    assertEquals(0, b.unitsCounted());
    assertEquals(List.of(refused("Verra", "VCU-D", 1, 100,
        "retired for claim period 2023, not 2024")), b.refused());
  }

  @Test
  void theEligibilityPolicyNamesTheRuleAndItsBounds() {
    EligibilityPolicy p = EligibilityPolicy.builder()
        .addAllowedTypes(StandardUnitType.CCER, StandardUnitType.VCU).earliestVintage(2016)
        .latestVintage(2023).exPostOnly(true).build();
    assertEquals("type GS-VER is not allowed (allowed: [CCER, VCU])",
        p.refusal(StandardUnitType.GS_VER, 2020, Origin.OUTSIDE_BOUNDARY, Issuance.EX_POST)
            .orElseThrow());
    // both bounds are inclusive
    assertEquals(Optional.empty(),
        p.refusal(StandardUnitType.CCER, 2016, Origin.OUTSIDE_BOUNDARY, Issuance.EX_POST));
    assertEquals(Optional.empty(),
        p.refusal(StandardUnitType.VCU, 2023, Origin.OUTSIDE_BOUNDARY, Issuance.EX_POST));
    assertEquals("vintage 2015 is before the earliest accepted, 2016",
        p.refusal(StandardUnitType.CCER, 2015, Origin.OUTSIDE_BOUNDARY, Issuance.EX_POST)
            .orElseThrow());
    assertEquals("vintage 2024 is after the latest accepted, 2023",
        p.refusal(StandardUnitType.CCER, 2024, Origin.OUTSIDE_BOUNDARY, Issuance.EX_POST)
            .orElseThrow());
    assertEquals("the units were issued ex ante",
        p.refusal(StandardUnitType.CCER, 2020, Origin.OUTSIDE_BOUNDARY, Issuance.EX_ANTE)
            .orElseThrow());
    assertEquals("the units come from inside the organisation's boundary",
        p.refusal(StandardUnitType.CCER, 2020, Origin.INSIDE_BOUNDARY, Issuance.EX_POST)
            .orElseThrow());
    // the default policy accepts ex-ante units of any type and vintage from outside
    assertEquals(Optional.empty(), EligibilityPolicy.anyOutsideBoundary()
        .refusal(StandardUnitType.GS_VER, 1990, Origin.OUTSIDE_BOUNDARY, Issuance.EX_ANTE));
    var e = assertThrows(IllegalArgumentException.class,
        () -> EligibilityPolicy.builder().earliestVintage(2020).latestVintage(2019).build());
    assertEquals("EligibilityPolicy.latestVintage 2019 must not be before earliestVintage 2020",
        e.getMessage());
    assertEquals(2020, EligibilityPolicy.builder().earliestVintage(2020).latestVintage(2020)
        .build().latestVintage().orElseThrow());
  }

  @Test
  void everyFindingOfTheClaimRulesIsWorded() {
    // 1,000 CCER from inside the boundary, ex ante, retired 2025-12-31; 950 VCU from outside,
    // ex post, retired 2026-01-01: one day after the 12 months
    Ledger l = Ledger.create();
    l.append(buy("b-own", block(StandardUnitType.CCER, "CCER-NCSC", "CCER-OWN", 1_000, 2023)
        .withOrigin(Origin.INSIDE_BOUNDARY).withIssuance(Issuance.EX_ANTE)));
    l.append(buy("b-vcu", block(StandardUnitType.VCU, "Verra", "VCU-B", 950, 2022)));
    l.append(NeutralityBalanceTest.retire("r-own", "CCER-NCSC",
        SerialRange.of("CCER-OWN", 1, 1_000), LocalDate.of(2025, 12, 31)));
    l.append(NeutralityBalanceTest.retire("r-vcu", "Verra", SerialRange.of("VCU-B", 1, 950),
        LocalDate.of(2026, 1, 1)));
    NeutralityBalance b = NeutralityBalance.of(CLAIM, Y2024, COVERED, INVENTORY, l,
        EligibilityPolicy.builder().outsideBoundaryOnly(false).build());
    assertEquals(1_950, b.unitsCounted());
    NeutralityClaim c = NeutralityClaim.builder().balance(b)
        .previousPeriodEmissions(Co2e.tonnes("2100.5")).build();

    ClaimAssessment t = ClaimRules.tcas612().assess(c);
    assertEquals("T/CAS 612-2022", ClaimRules.tcas612().name());
    assertEquals("T/CAS 612-2022", t.ruleSet());
    assertEquals(CLAIM, t.claimId());
    assertEquals(List.of(
        ClaimFinding.of("OUTSIDE_BOUNDARY", false, "1000 units counted come from inside the"
            + " boundary"),
        ClaimFinding.of("OWN_REDUCTIONS_FIRST", false, "No own reduction measures are recorded;"
            + " emissions must be reduced before they are offset"),
        ClaimFinding.of("BALANCE", true, "Gross 2000.5 tCO2e − removals 50.5 tCO2e − offsets"
            + " 1950 tCO2e = 0.0 tCO2e: neutral")), t.findings());
    assertEquals("DB11/T 1861-2021", ClaimRules.db11t1861().assess(c).ruleSet());

    ClaimAssessment iso = ClaimRules.iso14068().assess(c);
    assertEquals("ISO 14068-1:2023", iso.ruleSet());
    assertEquals(List.of(t.findings().get(0), t.findings().get(1), t.findings().get(2),
        ClaimFinding.of("RETIRED_IN_TIME", false, "950 units retired after 2025-12-31 (12 months"
            + " after the period)"),
        ClaimFinding.of("EX_POST_ONLY", false, "1000 units counted were issued ex ante"),
        ClaimFinding.of("REDUCTION_AGAINST_PREVIOUS_PERIOD", true, "Gross emissions 2000.5 tCO2e"
            + " against 2100.5 tCO2e in the previous period: reduced by 100.0 tCO2e")),
        iso.findings());
    assertEquals("PAS 2060", ClaimRules.pas2060().assess(c).ruleSet());

    // the first claim period, units all from outside, ex post, in time
    Ledger ok = ledgerRetiring(950);
    NeutralityClaim first = NeutralityClaim.builder().balance(NeutralityBalance.of(CLAIM, Y2024,
        COVERED, INVENTORY, ok, EligibilityPolicy.anyOutsideBoundary()))
        .addReductionMeasure("LED").addReductionMeasure("heat recovery").firstClaimPeriod(true)
        .build();
    assertEquals(List.of(
        ClaimFinding.of("OUTSIDE_BOUNDARY", true, "All 1950 units counted are credits,"
            + " allowances or new-forestry sinks from outside the boundary"),
        ClaimFinding.of("OWN_REDUCTIONS_FIRST", true, "2 own reduction measures recorded before"
            + " offsetting"),
        ClaimFinding.of("BALANCE", true, "Gross 2000.5 tCO2e − removals 50.5 tCO2e − offsets"
            + " 1950 tCO2e = 0.0 tCO2e: neutral"),
        ClaimFinding.of("RETIRED_IN_TIME", true, "All units retired by 2025-12-31 (12 months"
            + " after the period)"),
        ClaimFinding.of("EX_POST_ONLY", true, "All units counted were issued ex post"),
        ClaimFinding.of("REDUCTION_AGAINST_PREVIOUS_PERIOD", true, "First claim period: an"
            + " offset-only claim is allowed")), ClaimRules.iso14068().assess(first).findings());
    // not the first period and no previous emissions given
    assertEquals(ClaimFinding.of("REDUCTION_AGAINST_PREVIOUS_PERIOD", false, "Not the first"
        + " claim period, and the previous period's emissions are not given"),
        ClaimRules.iso14068().assess(first.withFirstClaimPeriod(false)).findings().get(5));
  }

  @Test
  void unitsMustBeRetiredWithinTheMonthsAllowed() {
    Ledger l = ledgerRetiring(950); // retired 2025-03-31
    NeutralityClaim c = NeutralityClaim.builder().balance(NeutralityBalance.of(CLAIM, Y2024,
        COVERED, INVENTORY, l, EligibilityPolicy.anyOutsideBoundary())).addReductionMeasure("LED")
        .firstClaimPeriod(true).build();
    assertEquals("1950 units retired after 2024-12-31 (0 months after the period)",
        ClaimRules.iso14068(0).assess(c).findings().get(3).message());
    assertEquals("All units retired by 2025-03-31 (3 months after the period)",
        ClaimRules.iso14068(3).assess(c).findings().get(3).message());
    var e = assertThrows(IllegalArgumentException.class, () -> ClaimRules.iso14068(-1));
    assertEquals("Months allowed to retire units after the period must not be negative, but were"
        + " -1", e.getMessage());
  }
}
