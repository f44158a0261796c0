// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.cnms.core.conformity.rules.RuleAssertions.ASSESSMENT;
import static org.cnms.core.conformity.rules.RuleAssertions.RULES;
import static org.cnms.core.conformity.rules.RuleAssertions.assess;
import static org.cnms.core.conformity.rules.RuleAssertions.findings;
import static org.cnms.core.conformity.rules.RuleAssertions.only;
import static org.cnms.core.conformity.rules.RuleAssertions.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentParameters;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.FactorKind;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.PartyKind;
import org.cnms.core.context.PartyRequirement;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.ScopeExclusion;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

/** The rules of clause 4 on the conforming fixture and with one defect at a time. */
class ContextRulesTest {

  private static ContextFactor factor(String id) {
    return system().contextFactors().stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static ManagementSystem withFactor(ContextFactor changed) {
    ManagementSystem s = system();
    return s.withContextFactors(s.contextFactors().stream()
        .map(f -> f.id().equals(changed.id()) ? changed : f).toList());
  }

  private static InterestedParty gov() {
    return system().interestedParties().get(0);
  }

  private static ManagementSystem withRequirement(PartyRequirement r) {
    return system().withInterestedParties(gov().withRequirements(r));
  }

  @Test
  void theFixtureConformsToEveryClause4RuleWithItsMessage() {
    ManagementSystem s = system();
    assertEquals("External factors (1: iss-ext) and internal factors (1: iss-int) are recorded",
        single(s, "core.4.1.external-and-internal-factors", Verdict.CONFORMS).messageEn());
    assertEquals("已记录外部因素 1 项（iss-ext）和内部因素 1 项（iss-int）",
        single(s, "core.4.1.external-and-internal-factors", Verdict.CONFORMS).messageZh());
    assertEquals(List.of("a)"), single(s, "core.4.1.factor-effects", Verdict.CONFORMS).items());
    assertEquals("1 interested parties (gov) with 1 relevant requirements, 1 of them legal",
        single(s, "core.4.2.parties-and-requirements", Verdict.CONFORMS).messageEn());
    assertEquals("碳中和管理体系边界包含场所 2 个（plant-1, office-1），采用运营控制权法，并已明确范围",
        single(s, "core.4.3.1.scope-and-boundary", Verdict.CONFORMS).messageZh());
    assertEquals("The boundary of the CNMS holds 2 sites (plant-1, office-1), consolidated by"
        + " Operational control, and the scope is stated",
        single(s, "core.4.3.1.scope-and-boundary", Verdict.CONFORMS).messageEn());
    assertEquals("The scope considered 2 factors, 1 requirements of interested parties, 2"
        + " functions, 1 operating units, 2 sites, 1 activities, products and services, and the"
        + " authority and ability to control and influence",
        single(s, "core.4.3.2.scope-considerations", Verdict.CONFORMS).messageEn());
    assertEquals("范围和边界作为文件化信息保持于文件 CNMS-M-01",
        single(s, "core.4.3.2.scope-maintained", Verdict.CONFORMS).messageZh());
    only(s, "4.1", Verdict.CONFORMS);
  }

  @Test
  void everyClause4RuleDeclaresTheRegisterRowsItJudges() {
    Map<String, List<String>> declared = new LinkedHashMap<>();
    RULES.stream().filter(r -> r.id().startsWith("core.4."))
        .forEach(r -> declared.put(r.id(), r.judgedItems()));
    assertEquals(Map.ofEntries(
        Map.entry("core.4.1.external-and-internal-factors", List.of("—1")),
        Map.entry("core.4.1.factor-effects", List.of("a)")),
        Map.entry("core.4.1.factors-and-interested-parties", List.of("b)")),
        Map.entry("core.4.2.parties-and-requirements", List.of("a)", "b)")),
        Map.entry("core.4.2.requirements-and-compliance-obligations", List.of("b) (cont.)")),
        Map.entry("core.4.2.needs-to-act-on", List.of("c)")),
        Map.entry("core.4.2.regular-identification", List.of("—5")),
        Map.entry("core.4.2.beyond.party-without-requirement", List.of("—5")),
        Map.entry("core.4.3.1.scope-and-boundary", List.of("—1")),
        Map.entry("core.4.3.2.scope-considerations", List.of("a)", "b)", "c)", "d)", "e)")),
        Map.entry("core.4.3.2.scope-maintained", List.of("—6")),
        Map.entry("core.4.3.2.beyond.site-left-out-without-reason", List.of("e)"))), declared);
    RULES.stream().filter(r -> r.id().startsWith("core.4."))
        .forEach(r -> assertEquals(r.id().contains(".beyond."), r.beyondTheStandard(), r.id()));
  }

  // 4.1

  @Test
  void noFactorIsMajorAndFactorsOfOnlyOneKindAreMinor() {
    ManagementSystem s = system();
    // each step a consistent system: the references to the factors go first
    ManagementSystem none = s
        .withRisks(s.risks().stream().map(r -> r.withRelatedFactorIds(List.<String>of())).toList())
        .withScope(s.scope().withConsideredFactorIds(List.<String>of()))
        .withContextFactors(List.<ContextFactor>of());
    assertEquals("No external or internal factor that bears on the intended results of the CNMS"
        + " is recorded", single(none, "core.4.1.external-and-internal-factors",
            Verdict.MAJOR_NONCONFORMITY).messageEn());
    single(none, "core.4.1.factor-effects", Verdict.MINOR_NONCONFORMITY);
    single(none, "core.4.1.factors-and-interested-parties", Verdict.MINOR_NONCONFORMITY);

    ManagementSystem external = withFactor(factor("iss-int").withKind(FactorKind.EXTERNAL));
    Finding f = single(external, "core.4.1.external-and-internal-factors",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Only external factors are recorded (iss-ext, iss-int); no internal factor is",
        f.messageEn());
    assertEquals("只记录了外部因素（iss-ext, iss-int），未记录任何内部因素", f.messageZh());
    assertEquals(List.of("iss-ext", "iss-int"), f.recordIds());
    only(external, "4.1", Verdict.MINOR_NONCONFORMITY);

    ManagementSystem internal = withFactor(factor("iss-ext").withKind(FactorKind.INTERNAL));
    assertEquals("Only internal factors are recorded (iss-ext, iss-int); no external factor is",
        single(internal, "core.4.1.external-and-internal-factors",
            Verdict.MINOR_NONCONFORMITY).messageEn());
  }

  @Test
  void aFactorWithoutItsEffectsIsMinorOnA() {
    ContextFactor i = factor("iss-int");
    Finding noObligations = single(withFactor(i.withObligationsEffect(Optional.empty())),
        "core.4.1.factor-effects", Verdict.MINOR_NONCONFORMITY);
    assertEquals("Factor iss-int does not record its effect on meeting the compliance and"
        + " voluntary emission-reduction obligations", noObligations.messageEn());
    assertEquals("因素 iss-int 未记录其对组织满足合规义务和自愿减排义务的影响", noObligations.messageZh());
    assertEquals(List.of("a)"), noObligations.items());
    assertEquals("4.1 a)", noObligations.citation());
    assertEquals("Factor iss-int does not record its effect on the organisation",
        single(withFactor(i.withEffect(Optional.empty())), "core.4.1.factor-effects",
            Verdict.MINOR_NONCONFORMITY).messageEn());
    ManagementSystem neither = withFactor(i.withEffect(Optional.empty())
        .withObligationsEffect(Optional.empty()));
    assertEquals("因素 iss-int 既未记录其对组织的影响，也未记录其对组织满足合规义务和自愿减排义务的影响",
        single(neither, "core.4.1.factor-effects", Verdict.MINOR_NONCONFORMITY).messageZh());
    only(neither, "4.1", Verdict.MINOR_NONCONFORMITY);
  }

  @Test
  void factorsNamingNoInterestedPartyAreMinorOnB() {
    ManagementSystem s = withFactor(factor("iss-ext").withPartyIds(List.<String>of()));
    Finding f = single(s, "core.4.1.factors-and-interested-parties",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("No factor names an interested party it affects or is affected by",
        f.messageEn());
    assertEquals(List.of("b)"), f.items());
    only(s, "4.1", Verdict.MINOR_NONCONFORMITY);
    assertEquals("1 factors name the interested parties they affect or are affected by (iss-ext)",
        single(system(), "core.4.1.factors-and-interested-parties", Verdict.CONFORMS)
            .messageEn());
  }

  // 4.2

  @Test
  void noPartyOrNoRequirementIsMajor() {
    ManagementSystem s = system();
    ManagementSystem noParty = s
        .withComplianceObligations(s.complianceObligations().get(0).withPartyId(
            Optional.empty()))
        .withContextFactors(s.contextFactors().stream()
            .map(f -> f.withPartyIds(List.<String>of())).toList())
        .withScope(s.scope().withConsideredRequirementIds(List.<String>of()))
        .withInterestedParties(List.<InterestedParty>of());
    Finding f = single(noParty, "core.4.2.parties-and-requirements", Verdict.MAJOR_NONCONFORMITY);
    assertEquals("No interested party relevant to the CNMS is determined", f.messageEn());
    assertEquals(List.of("a)"), f.items());

    ManagementSystem noRequirement = s
        .withScope(s.scope().withConsideredRequirementIds(List.<String>of()))
        .withInterestedParties(gov().withRequirements(List.<PartyRequirement>of()));
    Finding g = single(noRequirement, "core.4.2.parties-and-requirements",
        Verdict.MAJOR_NONCONFORMITY);
    assertEquals("未记录相关方（gov）的任何有关要求", g.messageZh());
    assertEquals(List.of("b)"), g.items());
  }

  @Test
  void aRequirementNeitherTakenInNorDeclinedIsMinor() {
    PartyRequirement r = gov().requirements().get(0).withComplianceObligationId(
        Optional.empty());
    ManagementSystem undecided = withRequirement(r);
    Finding f = single(undecided, "core.4.2.requirements-and-compliance-obligations",
        Verdict.MINOR_NONCONFORMITY);
    assertEquals("Requirements gov-r1 are neither taken into the compliance obligations nor carry"
        + " a recorded decision not to take them", f.messageEn());
    assertEquals(List.of("gov-r1"), f.recordIds());
    assertEquals(List.of("b)"), f.items());
    only(undecided, "4.2", Verdict.MINOR_NONCONFORMITY);
    // a recorded decision not to take it in is what 4.2 b) asks: it was considered
    ManagementSystem declined = withRequirement(r.withNotAdoptedReason("已由上级公司统一报送"));
    assertEquals("全部 1 项相关方要求均已考虑是否纳入合规要求：纳入 0 项，不纳入并记录理由 1 项",
        single(declined, "core.4.2.requirements-and-compliance-obligations", Verdict.CONFORMS)
            .messageZh());
    only(declined, "4.2", Verdict.CONFORMS);
  }

  @Test
  void aRequirementWithoutTheDecisionToActOnItIsMinor() {
    ManagementSystem s = withRequirement(gov().requirements().get(0).withActionNeeded(
        Optional.empty()));
    Finding f = single(s, "core.4.2.needs-to-act-on", Verdict.MINOR_NONCONFORMITY);
    assertEquals("For requirements gov-r1 it is not decided whether they are to be acted on",
        f.messageEn());
    assertEquals(List.of("c)"), f.items());
    only(s, "4.2", Verdict.MINOR_NONCONFORMITY);
    // deciding not to act on it is a decision
    ManagementSystem no = withRequirement(gov().requirements().get(0).withActionNeeded(false));
    assertEquals("For all 1 requirements it is decided whether they are to be acted on; 0 are",
        single(no, "core.4.2.needs-to-act-on", Verdict.CONFORMS).messageEn());
  }

  @Test
  void partiesNotIdentifiedAgainWithinTheIntervalAreMinor() {
    InterestedParty gov = gov();
    Finding f = single(system().withInterestedParties(gov.withLastReviewedOn(d("2025-03-30"))),
        "core.4.2.regular-identification", Verdict.MINOR_NONCONFORMITY);
    assertEquals("The needs and expectations of interested party gov (市生态环境局) were last"
        + " identified on 2025-03-30, more than the interval of 12 months before 2026-03-31",
        f.messageEn());
    assertEquals(List.of("gov"), f.recordIds());
    // 2025-03-31 is exactly 12 months before the assessment: still within the interval
    only(system().withInterestedParties(gov.withLastReviewedOn(d("2025-03-31"))), "4.2",
        Verdict.CONFORMS);
    // the party's own interval takes precedence over the default
    only(system().withInterestedParties(gov.withReviewIntervalMonths(3)), "4.2",
        Verdict.MINOR_NONCONFORMITY);
    Finding never = single(system().withInterestedParties(gov.withLastReviewedOn(
        Optional.empty())), "core.4.2.regular-identification", Verdict.MINOR_NONCONFORMITY);
    assertEquals("相关方 gov（市生态环境局）的需求和期望从未重新识别（周期 12 个月）", never.messageZh());
    // the assessor's default interval applies to parties without their own
    AssessmentReport threeMonths = ASSESSMENT.assess(AssessmentContext.builder().system(system())
        .assessmentDate(SystemFixtures.ON).parameters(AssessmentParameters.builder()
            .partyReviewIntervalMonths(3).build()).build());
    assertEquals(Verdict.MINOR_NONCONFORMITY, threeMonths.verdicts().get("4.2"));
  }

  @Test
  void aPartyWithoutRequirementsIsAnObservationBeyondTheStandard() {
    List<InterestedParty> parties = new ArrayList<>(system().interestedParties());
    parties.add(InterestedParty.builder().id("cust").name("客户A").kind(PartyKind.CUSTOMER)
        .lastReviewedOn(d("2025-12-01")).build());
    ManagementSystem s = system().withInterestedParties(parties);
    Finding f = single(s, "core.4.2.beyond.party-without-requirement", Verdict.OBSERVATION);
    assertTrue(f.beyondTheStandard());
    assertEquals("Interested party cust (客户A) has no recorded requirement (good practice beyond"
        + " T/CAS 612)", f.messageEn());
    only(s, "4.2", Verdict.OBSERVATION);
    AssessmentReport without = ASSESSMENT.withoutBeyondTheStandard()
        .assess(RulesFixture.context(s));
    assertEquals(Verdict.CONFORMS, without.verdicts().get("4.2"));
  }

  // 4.3

  @Test
  void eachConsiderationOfTheScopeThatIsNotRecordedIsMinorOnItsItem() {
    ScopeStatement scope = system().scope();
    Map<String, ScopeStatement> defects = new LinkedHashMap<>();
    defects.put("a)", scope.withConsideredFactorIds(List.<String>of()));
    defects.put("b)", scope.withConsideredRequirementIds(List.<String>of()));
    defects.put("c)", scope.withFunctions(List.<String>of()));
    defects.put("d)", scope.withActivities(List.<String>of()));
    defects.put("e)", scope.withControlAndInfluence(Optional.empty()));
    defects.forEach((item, defect) -> {
      ManagementSystem s = system().withScope(defect);
      Finding f = single(s, "core.4.3.2.scope-considerations", Verdict.MINOR_NONCONFORMITY);
      assertEquals(List.of(item), f.items());
      only(s, "4.3.2", Verdict.MINOR_NONCONFORMITY);
    });
    assertEquals("The scope record does not state what the organisation has the authority and"
        + " ability to control or influence", single(system().withScope(defects.get("e)")),
            "core.4.3.2.scope-considerations", Verdict.MINOR_NONCONFORMITY).messageEn());
    assertEquals("范围记录未列出所考虑的运行单元", single(system().withScope(
        scope.withOperatingUnits(List.<String>of())), "core.4.3.2.scope-considerations",
        Verdict.MINOR_NONCONFORMITY).messageZh());
    assertEquals("范围记录未列出所考虑的职能和运行单元", single(system().withScope(
        scope.withOperatingUnits(List.<String>of()).withFunctions(List.<String>of())),
        "core.4.3.2.scope-considerations", Verdict.MINOR_NONCONFORMITY).messageZh());
    assertEquals(5, findings(system().withScope(ScopeStatement.builder().statement("全部活动")
        .determinedOn(d("2024-01-01")).build()), "core.4.3.2.scope-considerations").size());
  }

  @Test
  void aScopeNotKeptAsDocumentedInformationIsMinor() {
    ManagementSystem s = system().withScope(system().scope().withDocumentId(Optional.empty()));
    assertEquals("The scope and boundary are not maintained as documented information: the scope"
        + " names no document of the register", single(s, "core.4.3.2.scope-maintained",
            Verdict.MINOR_NONCONFORMITY).messageEn());
    only(s, "4.3.2", Verdict.MINOR_NONCONFORMITY);
  }

  @Test
  void aSiteLeftOutWithoutAReasonIsAnObservationBeyondTheStandard() {
    ManagementSystem s = system();
    List<Facility> facilities = new ArrayList<>(s.facilities());
    facilities.add(Facility.builder().id("wh-9").name("外租仓库").kind(FacilityKind.WAREHOUSE)
        .build());
    ManagementSystem outside = s.withFacilities(facilities);
    Finding f = single(outside, "core.4.3.2.beyond.site-left-out-without-reason",
        Verdict.OBSERVATION);
    assertTrue(f.beyondTheStandard());
    assertEquals("场所 wh-9（外租仓库）不在边界内，范围未说明排除理由（超出 T/CAS 612 的良好实践）",
        f.messageZh());
    only(outside, "4.3.2", Verdict.OBSERVATION);
    ManagementSystem justified = outside.withScope(s.scope().withExclusions(List.of(
        ScopeExclusion.of("外租仓库", "非本组织运营控制"))));
    assertEquals("Each of the 1 registered sites outside the boundary has a reason among the"
        + " exclusions of the scope", single(justified,
            "core.4.3.2.beyond.site-left-out-without-reason", Verdict.CONFORMS).messageEn());
    assertFalse(ASSESSMENT.withoutBeyondTheStandard().rules().stream()
        .anyMatch(r -> r.id().contains(".beyond.")));
  }
}
