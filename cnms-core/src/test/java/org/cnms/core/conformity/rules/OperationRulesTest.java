// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.conformity.rules.SupportRulesTest.declaredAndConforming;
import static org.cnms.core.conformity.rules.SupportRulesTest.single;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.ConsequenceReview;
import org.cnms.core.operation.DesignReview;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OutsourcedProcessControl;
import org.junit.jupiter.api.Test;

/** The rules of clause 8, each evaluated alone on the conforming fixture changed in one place. */
class OperationRulesTest {

  @Test
  void everyRuleJudgesRequirementRowsAndTheFixtureConforms() {
    declaredAndConforming(OperationRules.all());
    assertEquals(List.of("core.8.1.1.control-criteria", "core.8.1.1.communication-criteria",
        "core.8.1.2.operating-records", "core.8.1.3.outsourced-processes",
        "core.8.2.improvement-opportunities", "core.8.2.eco-design",
        "core.8.3.procurement-criteria", "core.8.3.suppliers-informed",
        "core.8.4.planned-changes-verified", "core.8.4.unintended-changes-reviewed",
        "core.8.4.beyond.baseline-recalculation"),
        OperationRules.all().stream().map(AbstractConformityRule::id).toList());
  }

  // 8.1.1 and 8.1.2

  @Test
  void everyKindOfSourceAndSinkNeedsAControlCriterion() {
    var rule = new OperationRules.ControlCriteriaRule();
    OperationalCriterion oc1 = system().operationalCriteria().get(0);
    OperationalCriterion oc2 = system().operationalCriteria().get(1);
    Finding f = single(rule, system().withOperationalCriteria(oc1.withSourceIds("src-boiler"),
        oc2), Verdict.MINOR_NONCONFORMITY);
    assertEquals("No control criterion covers the sources and sinks of the kinds Purchased"
        + " electricity (src-power)", f.messageEn());
    assertEquals("以下类别的排放源和汇没有控制准则：外购电力（src-power）", f.messageZh());
    assertEquals(List.of("a)"), f.items());
    // a communication criterion is no control criterion
    assertEquals("No control criterion is set for the GHG sources and sinks",
        single(rule, system().withOperationalCriteria(oc2), Verdict.MAJOR_NONCONFORMITY)
            .messageEn());
    // not only significant sources: an insignificant one counts too
    single(rule, system().withSources(system().sources().stream()
        .map(s -> s.withSignificant(false)).toList()), Verdict.CONFORMS);
    // a source excluded from quantification is still a source of the register
    List<org.cnms.core.inventory.GhgSource> sources = new java.util.ArrayList<>(system().sources());
    sources.add(org.cnms.core.inventory.GhgSource.builder().id("src-fork").name("柴油叉车")
        .facilityId("plant-1").category(org.cnms.core.ghg.EmissionCategory.DIRECT)
        .kind(org.cnms.core.inventory.GhgSourceKind.MOBILE_COMBUSTION)
        .addGas(org.cnms.core.ghg.GreenhouseGas.CO2).methodId("m-ng").significant(false)
        .excluded(true).exclusionJustification("排放量不足总量的 0.1 %").build());
    assertEquals("以下类别的排放源和汇没有控制准则：移动燃烧源（src-fork）", single(rule,
        system().withSources(sources), Verdict.MINOR_NONCONFORMITY).messageZh());
    assertEquals("Every kind of source and sink of the register (2 kinds, 2 sources and sinks)"
        + " is covered by a control criterion", single(rule, system(), Verdict.CONFORMS)
        .messageEn());
  }

  @Test
  void communicationCriteriaAndOperatingRecordsAreSet() {
    var communication = new OperationRules.CommunicationCriteriaRule();
    var records = new OperationRules.OperatingRecordsRule();
    OperationalCriterion oc1 = system().operationalCriteria().get(0);
    Finding f = single(communication, system().withOperationalCriteria(oc1),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("未建立与在组织控制下工作的人员的沟通准则", f.messageZh());
    assertEquals(List.of("b)"), f.items());
    Finding g = single(records, system().withOperationalCriteria(oc1.withRecordsKept(
        Optional.empty()), system().operationalCriteria().get(1)), Verdict.MINOR_NONCONFORMITY);
    assertEquals("Operating criteria oc-1 do not state the documented information that shows"
        + " their processes ran as planned", g.messageEn());
    assertEquals("8.1.2", g.requirementId());
    // a communication criterion needs no source or sink; a control criterion does
    assertTrue(assertThrows(IllegalArgumentException.class, () -> system()
        .operationalCriteria().get(1).withKind(
            org.cnms.core.operation.OperationalCriterionKind.PROCESS_PARAMETER)).getMessage()
        .contains("must name at least one GHG source or sink"));
  }

  // 8.1.3

  @Test
  void anOutsourcedProcessNeedsDutiesOfBothSidesAndOperatingRequirements() {
    var rule = new OperationRules.OutsourcedProcessesRule();
    OutsourcedProcessControl p = system().outsourcedProcessControls().get(0);
    Finding f = single(rule, system().withOutsourcedProcessControls(p.withContractorDuties(
        Optional.empty()).withOperatingRequirements(Optional.empty())),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Outsourced process op-1 (产品公路运输, contractor 物流公司) lacks: the contractor's"
        + " duties; the operating requirements", f.messageEn());
    assertEquals("外包的碳排放过程 op-1（产品公路运输，承包方 物流公司）缺少：承包方的职责；运行要求",
        f.messageZh());
    assertEquals(List.of("—2"), f.items());
    assertEquals("外包的碳排放过程 op-1（产品公路运输，承包方 物流公司）缺少：组织的职责",
        single(rule, system().withOutsourcedProcessControls(p.withOrganisationDuties(
            Optional.empty())), Verdict.MINOR_NONCONFORMITY).messageZh());
    assertEquals("No outsourced carbon-emitting process is registered", single(rule,
        system().withOutsourcedProcessControls(List.of()), Verdict.CONFORMS).messageEn());
    // reduction requirements are set only where needed: their absence is no finding
    assertTrue(p.reductionRequirements().isEmpty());
  }

  // 8.2

  @Test
  void designsWeighOpportunitiesAndNewProductsAreEcoDesigned() {
    var opportunities = new OperationRules.ImprovementOpportunitiesRule();
    var ecoDesign = new OperationRules.EcoDesignRule();
    DesignReview equipment = system().designReviews().get(0);
    DesignReview product = system().designReviews().get(1);
    Finding f = single(opportunities, system().withDesignReviews(equipment
        .withOpportunitiesConsidered(List.of()), product), Verdict.MINOR_NONCONFORMITY);
    assertEquals("The design record dr-1 (2号空压机更新) weighs no opportunity to improve carbon"
        + " neutrality performance", f.messageEn());
    assertEquals(List.of("—1"), f.items());
    Finding g = single(ecoDesign, system().withDesignReviews(equipment, product.withEcoDesign(
        Optional.empty())), Verdict.MINOR_NONCONFORMITY);
    assertEquals("新产品和服务的设计记录 dr-2（轻量化支架）未记录生态设计", g.messageZh());
    assertEquals(List.of("—2"), g.items());
    // a product design need not list equipment opportunities, nor equipment an eco-design
    single(opportunities, system(), Verdict.CONFORMS);
    assertTrue(product.opportunitiesConsidered().isEmpty() && equipment.ecoDesign().isEmpty());
  }

  // 8.3

  @Test
  void procurementCriteriaAreSetAndToldToSuppliers() {
    var criteria = new OperationRules.ProcurementCriteriaRule();
    var informed = new OperationRules.SuppliersInformedRule();
    assertEquals(List.of("—1"), single(criteria, system().withSupplierNotices(List.of())
        .withProcurementCriteria(List.of()), Verdict.MINOR_NONCONFORMITY).items());
    assertEquals("已建立采购准则 1 项，涉及：设备", single(criteria, system(), Verdict.CONFORMS)
        .messageZh());
    Finding f = single(informed, system().withSupplierNotices(List.of()),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("采购准则 pc-1 未告知供应商", f.messageZh());
    assertEquals(List.of("—2"), f.items());
    assertEquals("Suppliers have been told of all 1 procurement criteria (1 notices)",
        single(informed, system(), Verdict.CONFORMS).messageEn());
  }

  // 8.4

  @Test
  void aPlannedChangeIsVerifiedOnceInEffect() {
    var rule = new OperationRules.PlannedChangesRule();
    ChangeRecord c = system().changes().get(0);
    Finding f = single(rule, system().withChanges(c.withVerification(Optional.empty())),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Planned change ch-1 (2025-06-01: 二车间新增一条装配线) has no verification of its"
        + " results", f.messageEn());
    assertEquals(List.of("—1"), f.items());
    // a change not yet in effect on the assessment date needs no verification yet
    single(rule, system().withChanges(c.withVerification(Optional.empty())
        .withChangedOn(d("2026-06-01"))), Verdict.CONFORMS);
  }

  @Test
  void anUnintendedChangeHasItsConsequencesReviewedAndActedOnWhereNeeded() {
    var rule = new OperationRules.UnintendedChangesRule();
    ChangeRecord c = system().changes().get(0).withPlanned(false).withVerification(
        Optional.empty());
    Finding f = single(rule, system().withChanges(c), Verdict.MINOR_NONCONFORMITY);
    assertEquals("非预期变更 ch-1（2025-06-01：二车间新增一条装配线）未评审其后果", f.messageZh());
    assertEquals(List.of("—2"), f.items());
    ConsequenceReview review = ConsequenceReview.builder().reviewedOn(d("2025-06-10"))
        .consequences("用电量增加约 5%").actionNeeded(true).build();
    Finding g = single(rule, system().withChanges(c.withConsequenceReview(review)),
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("The review of unintended change ch-1 on 2025-06-10 found action needed, but"
        + " none is recorded", g.messageEn());
    single(rule, system().withChanges(c.withConsequenceReview(review.withActions("更新运行准则")
        .withUpdatedCriterionIds("oc-1"))), Verdict.CONFORMS);
    single(rule, system().withChanges(c.withConsequenceReview(review.withActionNeeded(false))),
        Verdict.CONFORMS);
  }

  @Test
  void aChangeOfMajorSourcesWithoutRecalculationReviewIsAnObservationAtMost() {
    var rule = new OperationRules.BaselineRecalculationRule();
    ChangeRecord c = system().changes().get(0).withKind(ChangeKind.MAJOR_SOURCES_AND_SINKS);
    Finding f = single(rule, system().withChanges(c), Verdict.OBSERVATION);
    assertTrue(f.beyondTheStandard());
    assertEquals("Change ch-1 (b) Changes in major emission sources and sinks, 2025-06-01:"
        + " 二车间新增一条装配线) names no review of whether the baseline needs recalculating",
        f.messageEn());
    assertEquals(List.of("b)"), f.items());
    // the sample names the recalculation reviews of its changes of kinds b) and e)
    Finding sample = rule.evaluate(org.cnms.core.conformity.AssessmentContext.of(
        org.cnms.core.sample.SampleSystem.load(), d("2026-03-31"))).get(0);
    assertEquals(Verdict.CONFORMS, sample.verdict());
    assertEquals(List.of("CH-02", "CH-03"), sample.recordIds());
    // the kind is optional, and no kind is ever a nonconformity
    single(rule, system().withChanges(c.withKind(Optional.empty())), Verdict.CONFORMS);
    // and the assessment can switch the rule off
    assertTrue(ConformityAssessment.of(List.<org.cnms.core.conformity.ConformityRule>of(rule))
        .withoutBeyondTheStandard().rules().isEmpty());
  }
}
