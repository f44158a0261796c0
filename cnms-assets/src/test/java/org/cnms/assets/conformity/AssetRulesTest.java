// SPDX-License-Identifier: Apache-2.0
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
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.NeutralityMeans;
import org.cnms.core.planning.CarbonAssetPlan;
import org.cnms.core.planning.PlannedPurchase;
import org.cnms.core.planning.PurchasePurpose;
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

  private static final CarbonNeutralityTarget ON_CREDITS = CarbonNeutralityTarget.builder()
      .id("cnt-1").visionYear(2050).addCoveredCategory(EmissionCategory.DIRECT)
      .addMeans(NeutralityMeans.OWN_REDUCTION, NeutralityMeans.CARBON_CREDITS)
      .baselineId("bl-2025").setOn(LocalDate.of(2025, 3, 1)).build();

  private static ManagementSystem withTarget(ManagementSystem s, CarbonNeutralityTarget t) {
    return s.withBaselines(Baseline.builder().id("bl-2025").addPeriod(Y2025)
        .emissions(Co2e.tonnes("800")).removals(Co2e.ZERO).selectionCriteria("首个完整年度")
        .establishedOn(ON).gwpSet("AR5").build()).withNeutralityTargets(t);
  }

  /** The findings on 6.7 of the rule with this id. */
  private static List<Finding> of(AssessmentContext c, String ruleId) {
    return ConformityAssessment.of(RULES).assess(c).findingsFor("6.7").stream()
        .filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static Finding only(AssessmentContext c) {
    List<Finding> f = of(c, "assets.6.7.carbon-asset-plan");
    assertEquals(1, f.size(), f::toString);
    return f.get(0);
  }

  @Test
  void discoverable() {
    List<String> ids = ConformityAssessment.discover().rules().stream().map(ConformityRule::id)
        .toList();
    assertTrue(ids.contains("assets.6.7.carbon-asset-plan"));
    assertTrue(ids.contains("assets.6.7.beyond.retired-for-claims"));
    assertEquals(List.of("—1", "a)", "b)", "—6"), RULES.get(0).judgedItems());
    assertTrue(RULES.get(1).beyondTheStandard());
  }

  @Test
  void anEtsMemberNeedsADocumentedPlanWithAnAllowanceSection() {
    Finding f = only(AssessmentContext.of(system(true), ON));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.verdict());
    assertEquals("The organisation is covered by an emissions trading scheme, but no current"
        + " carbon asset management plan is documented", f.messageEn());
    assertEquals(List.of("—1", "—6"), f.items());
    Finding g = only(AssessmentContext.of(system(true).withCarbonAssetPlans(plan()), ON));
    assertEquals(Verdict.CONFORMS, g.verdict());
    assertEquals("碳资产管理已策划并形成文件：cap-1（涵盖 a)）", g.messageZh());
    // a plan without allowance management (item a) does not count
    Finding h = only(AssessmentContext.of(system(true).withCarbonAssetPlans(
        plan().withAllowanceManagement(java.util.Optional.empty())), ON));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, h.verdict());
    assertEquals(List.of("a)"), h.items());
  }

  @Test
  void carbonAssetManagementDoesNotApplyWithoutSchemeOrUnits() {
    Finding f = only(AssessmentContext.of(system(false), ON));
    assertEquals(Verdict.CONFORMS, f.verdict());
    assertTrue(f.messageEn().endsWith("carbon asset management does not apply"), f.messageEn());
  }

  @Test
  void aTargetOnCreditsNeedsAPlanWithAPlannedPurchase() {
    ManagementSystem s = withTarget(system(false), ON_CREDITS);
    Finding f = only(AssessmentContext.of(s, ON));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.verdict());
    assertEquals("碳中和目标 cnt-1 依靠碳信用或碳配额实现，但没有形成文件的现行碳资产管理计划",
        f.messageZh());
    Finding g = only(AssessmentContext.of(s.withCarbonAssetPlans(plan()), ON));
    assertEquals(Verdict.MINOR_NONCONFORMITY, g.verdict());
    assertEquals("Carbon neutrality target cnt-1 relies on carbon credits or allowances, but"
        + " carbon asset management plan cap-1 plans no purchase of emission reductions",
        g.messageEn());
    assertEquals(List.of("b)"), g.items());
    CarbonAssetPlan buying = plan().withPurchasedReductions(PlannedPurchase.builder()
        .unitType("CCER").year(2026).way("协议购买").purpose(PurchasePurpose.OFFSETTING)
        .quantity(Co2e.tonnes("800")).build());
    Finding h = only(AssessmentContext.of(s.withCarbonAssetPlans(buying), ON));
    assertEquals(Verdict.CONFORMS, h.verdict(), h::toString);
    assertEquals("碳资产管理已策划并形成文件：cap-1（涵盖 a) b)）", h.messageZh());
    // allowances as a means are covered by an allowance section as well
    CarbonNeutralityTarget onAllowances = ON_CREDITS.withMeans(NeutralityMeans.OWN_REDUCTION,
        NeutralityMeans.CARBON_ALLOWANCES);
    assertEquals(Verdict.CONFORMS, only(AssessmentContext.of(withTarget(system(false),
        onAllowances).withCarbonAssetPlans(plan()), ON)).verdict());
  }

  @Test
  void aTargetOnAllowancesAloneNeedsAPlanThatBuysOrManagesAllowances() {
    CarbonNeutralityTarget onAllowances = ON_CREDITS.withMeans(NeutralityMeans.OWN_REDUCTION,
        NeutralityMeans.CARBON_ALLOWANCES);
    ManagementSystem s = withTarget(system(false), onAllowances);
    Finding f = only(AssessmentContext.of(s, ON));
    assertEquals(Verdict.MAJOR_NONCONFORMITY, f.verdict());
    assertEquals(List.of("org", "cnt-1"), f.recordIds());
    // a plan with neither an allowance section nor a purchase: the target is named first
    Finding g = only(AssessmentContext.of(s.withCarbonAssetPlans(
        plan().withAllowanceManagement(java.util.Optional.empty())), ON));
    assertEquals(Verdict.MINOR_NONCONFORMITY, g.verdict());
    assertEquals(List.of("cnt-1", "cap-1"), g.recordIds());
    assertEquals(List.of("b)"), g.items());
    // credits as a means are not covered by an allowance section
    Finding h = only(AssessmentContext.of(withTarget(system(false), ON_CREDITS)
        .withCarbonAssetPlans(plan()), ON));
    assertEquals(List.of("cnt-1", "cap-1"), h.recordIds());
  }

  @Test
  void unitsOfAClaimNotRetiredForItInTheLedgerAreAnObservationBeyondTheStandard() {
    Ledger l = ledger(800);
    NeutralityBalance claim = balance(l);
    assertEquals(800, claim.unitsCounted());
    String beyond = "assets.6.7.beyond.retired-for-claims";
    List<Finding> f = of(AssessmentContext.builder().system(system(false)).assessmentDate(ON)
        .extension(ClaimEvidence.class, ClaimEvidence.of(l, List.of(claim))).build(), beyond);
    assertEquals(Verdict.CONFORMS, f.get(0).verdict(), f::toString);
    assertEquals("The 800 units counted by 1 neutrality claims all come from recorded holdings"
        + " retired for them", f.get(0).messageEn());
    // the claim counts 800 units, but the organisation's ledger retired only 500 for it
    List<Finding> g = of(AssessmentContext.builder().system(system(false)).assessmentDate(ON)
        .extension(ClaimEvidence.class, ClaimEvidence.of(ledger(500), List.of(claim))).build(),
        beyond);
    assertEquals(Verdict.OBSERVATION, g.get(0).verdict());
    assertTrue(g.get(0).beyondTheStandard());
    assertEquals("Neutrality claim CN-2025 counts 800 CCER (CCER-NCSC CCER-A:1-800), but the"
        + " asset ledger records only 500 of them as retired for it", g.get(0).messageEn());
    assertEquals(List.of("CN-2025", "ret-1"), g.get(0).recordIds());
    assertEquals("No carbon neutrality claim was supplied with the assessment",
        of(AssessmentContext.of(system(false), ON), beyond).get(0).messageEn());
  }
}
