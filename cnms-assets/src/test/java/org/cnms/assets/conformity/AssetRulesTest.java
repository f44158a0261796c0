package org.cnms.assets.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cnms.assets.ledger.Acquired;
import org.cnms.assets.ledger.Ledger;
import org.cnms.assets.ledger.RetiredForClaim;
import org.cnms.assets.ledger.UnitPrice;
import org.cnms.assets.neutrality.EligibilityPolicy;
import org.cnms.assets.neutrality.NeutralityBalance;
import org.cnms.assets.unit.SerialRange;
import org.cnms.assets.unit.StandardUnitType;
import org.cnms.assets.unit.UnitBlock;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.planning.CarbonAssetPlan;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

class AssetRulesTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 31);
  private static final ReportingPeriod Y2025 = ReportingPeriod.calendarYear(2025);
  private static final List<ConformityRule> RULES = new AssetRules().rules();

  private static final GhgInventory INVENTORY = GhgInventory.builder().id("inv-2025")
      .period(Y2025).gwpSet("AR5").addLine(InventoryLine.builder().sourceId("boiler")
          .facilityId("plant-1").category(EmissionCategory.DIRECT).gas(GreenhouseGas.CO2)
          .gasTonnes(new BigDecimal("800")).co2e(Co2e.tonnes("800")).build()).build();

  private static ManagementSystem system(boolean ets) {
    return ManagementSystem.builder()
        .organisation(Organisation.builder().id("org").name("示例公司").sector("水泥")
            .coveredByEts(ets).build())
        .addFacility(Facility.builder().id("plant-1").name("一厂").kind(FacilityKind.PLANT).build())
        .boundary(OrganisationalBoundary.builder()
            .approach(ConsolidationApproach.OPERATIONAL_CONTROL)
            .addFacility(BoundaryEntry.of("plant-1")).build())
        .scope(ScopeStatement.builder().statement("全部活动").determinedOn(ON).build())
        .build();
  }

  private static CarbonAssetPlan plan() {
    return CarbonAssetPlan.builder().id("cap-1").allowanceManagement("配额由能源部统一管理，按年履约")
        .preparedOn(LocalDate.of(2025, 1, 10)).build();
  }

  /** 800 CCER bought; {@code retired} of them retired for claim CN-2025. */
  private static Ledger ledger(long retired) {
    Ledger l = Ledger.create();
    l.append(Acquired.builder().id("buy-1").date(LocalDate.of(2025, 11, 1)).account("main")
        .price(UnitPrice.of("60", "CNY")).counterparty("exchange")
        .block(UnitBlock.builder().type(StandardUnitType.CCER).registry("CCER-NCSC")
            .projectId("P-1").vintage(2024).serials(SerialRange.of("CCER-A", 1, 800)).build())
        .build());
    l.append(RetiredForClaim.builder().id("ret-1").date(LocalDate.of(2026, 2, 1))
        .registry("CCER-NCSC").serials(SerialRange.of("CCER-A", 1, retired))
        .beneficiary("示例公司").claimPeriod(Y2025).purpose("2025年度碳中和").claimId("CN-2025")
        .build());
    return l;
  }

  private static NeutralityBalance balance(Ledger l) {
    return NeutralityBalance.of("CN-2025", Y2025, Set.of(EmissionCategory.DIRECT), INVENTORY, l,
        EligibilityPolicy.anyOutsideBoundary());
  }

  private static Finding only(AssessmentContext c) {
    List<Finding> f = ConformityAssessment.of(RULES).assess(c).findingsFor("6.7");
    assertEquals(1, f.size(), f::toString);
    return f.get(0);
  }

  @Test
  void discoverable() {
    assertTrue(ConformityAssessment.discover().rules().stream().anyMatch(r ->
        r.id().equals("assets.6.7.allowance-plan-and-recorded-offsets")));
  }

  @Test
  void anEtsMemberNeedsAnAllowancePlan() {
    Finding f = only(AssessmentContext.of(system(true), ON));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.verdict());
    assertEquals("The organisation is covered by an emissions trading scheme, but no current"
        + " carbon-asset plan provides for the management of its allowances", f.messageEn());
    Finding g = only(AssessmentContext.of(system(true).withCarbonAssetPlans(plan()), ON));
    assertEquals(Verdict.CONFORMS, g.verdict());
    assertEquals("covered by an ETS, allowances planned in cap-1; no neutrality claim was"
        + " supplied with the assessment", g.messageEn());
    // a plan without allowance management (item a) does not count
    Finding h = only(AssessmentContext.of(system(true).withCarbonAssetPlans(
        plan().withAllowanceManagement(java.util.Optional.empty())), ON));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, h.verdict());
  }

  @Test
  void offsetsOfAClaimMustBeRetiredForItInTheLedger() {
    Ledger l = ledger(800);
    NeutralityBalance claim = balance(l);
    assertEquals(800, claim.unitsCounted());
    Finding f = only(AssessmentContext.builder().system(system(false)).assessmentDate(ON)
        .extension(ClaimEvidence.class, ClaimEvidence.of(l, List.of(claim))).build());
    assertEquals(Verdict.CONFORMS, f.verdict(), f::toString);
    assertEquals("not covered by an ETS; the 800 offset units counted by 1 neutrality claims all"
        + " come from recorded holdings retired for them", f.messageEn());
    // the claim counts 800 units, but the organisation's ledger retired only 500 for it
    Finding g = only(AssessmentContext.builder().system(system(false)).assessmentDate(ON)
        .extension(ClaimEvidence.class, ClaimEvidence.of(ledger(500), List.of(claim))).build());
    assertEquals(Verdict.MAJOR_NONCONFORMITY, g.verdict());
    assertEquals("Neutrality claim CN-2025 counts 800 CCER (CCER-NCSC CCER-A:1-800), but the"
        + " asset ledger records only 500 of them as retired for it", g.messageEn());
    assertEquals(List.of("CN-2025", "ret-1"), g.recordIds());
  }
}
