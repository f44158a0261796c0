// SPDX-License-Identifier: Apache-2.0
package org.cnms.benchmarks.conformity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.cnms.core.Approval;
import org.cnms.core.context.ComplianceObligation;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.FactorKind;
import org.cnms.core.context.FactorTopic;
import org.cnms.core.context.ObligationKind;
import org.cnms.core.context.PartyKind;
import org.cnms.core.context.PartyRequirement;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.Calibration;
import org.cnms.core.evaluation.CalibrationResult;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.evaluation.InstrumentKind;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.evaluation.ReviewOutput;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.ghg.GreenhouseGas;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.GhgSourceKind;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.QuantificationApproach;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.PolicyItem;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.leadership.TeamLevel;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.ChangeVerification;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OperationalCriterionKind;
import org.cnms.core.operation.ProcurementCriterion;
import org.cnms.core.operation.ProcurementSubject;
import org.cnms.core.operation.SupplierNotice;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.performance.ActionMeasure;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.GhgTargetKind;
import org.cnms.core.performance.IndicatorKind;
import org.cnms.core.performance.NeutralityMeans;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.performance.TargetLevel;
import org.cnms.core.planning.ActionApproach;
import org.cnms.core.planning.CollectionFrequency;
import org.cnms.core.planning.CollectionMethod;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskKind;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.planning.RiskRating;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.CommunicationTopic;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.DocumentOrigin;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.support.EvidenceKind;
import org.cnms.core.support.Resource;
import org.cnms.core.support.ResourceKind;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.core.units.MeasureUnit;

/**
 * Consistent management systems of any size for the conformity benchmark: {@code n} GHG sources in
 * {@code n / 20} plants, each source with its owner, meter, data-quality item and inventory lines,
 * one operational criterion per ten sources, one role, team, target and plan per plant, and the
 * records every core rule looks for. Every core rule finds such a system conforming on
 * {@link #ASSESSED_ON}.
 */
final class GeneratedSystems {

  static final LocalDate ASSESSED_ON = LocalDate.of(2026, 3, 31);

  private GeneratedSystems() {}

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static ManagementSystem of(int n) {
    int plants = Math.max(1, n / 20);
    Approval approved = Approval.of("p-ceo", d("2024-01-05"));
    ManagementSystem.Builder b = ManagementSystem.builder()
        .organisation(Organisation.builder().id("org").name("生成的组织").sector("制造").build())
        .scope(ScopeStatement.builder().statement("全部生产经营活动").addActivity("生产")
            .determinedOn(d("2024-01-01")).build())
        .addContextFactor(ContextFactor.builder().id("iss-ext").kind(FactorKind.EXTERNAL)
            .topic(FactorTopic.DUAL_CARBON_POLICY).description("双碳政策").effect("减排要求")
            .identifiedOn(d("2024-01-10")).build())
        .addContextFactor(ContextFactor.builder().id("iss-int").kind(FactorKind.INTERNAL)
            .description("能效").effect("能耗高")
            .identifiedOn(d("2024-01-10")).build())
        .addInterestedParty(InterestedParty.builder().id("gov").name("生态环境局")
            .kind(PartyKind.REGULATOR).addRequirement(PartyRequirement.builder().id("gov-r1")
                .description("报送排放报告").legal(true).complianceObligationId("obl-1")
                .actionNeeded(true).build()).lastReviewedOn(d("2025-12-01")).build())
        .addComplianceObligation(ComplianceObligation.builder().id("obl-1").title("排放报告")
            .kind(ObligationKind.LEGAL).issuer("生态环境局").description("年度报告").partyId("gov")
            .build())
        .addComplianceEvaluation(ComplianceEvaluation.builder().id("ce-1").obligationId("obl-1")
            .evaluatedOn(d("2025-12-20")).result(ComplianceResult.COMPLIANT).evidence("已报送")
            .build())
        .addPersons(Person.of("p-ceo", "总经理").withTopManagement(true), Person.of("p-aud", "审核员"))
        .addPolicy(CarbonNeutralityPolicy.builder().id("pol-1").versionLabel("A/0").text("方针")
            .addAllItems(EnumSet.allOf(PolicyItem.class)).approval(approved)
            .issuedOn(d("2024-01-05")).lastReviewedOn(d("2025-12-20")).build())
        .addTeam(CarbonNeutralityTeam.builder().id("team-top").name("领导小组")
            .level(TeamLevel.ENTERPRISE).addMemberPersonId("p-ceo").leaderPersonId("p-ceo")
            .build())
        .addRisk(RiskOrOpportunity.builder().id("risk-1").kind(RiskKind.RISK)
            .description("碳价上涨").addRelatedFactorId("iss-ext").rating(RiskRating.HIGH)
            .identifiedOn(d("2024-02-01")).build())
        .addRiskAction(RiskAction.builder().id("ra-1").addRiskOrOpportunityId("risk-1")
            .description("节能改造").approach(ActionApproach.REDUCTION).ownerPersonId("p-ceo")
            .dueDate(d("2026-12-31")).evaluationMethod("能耗对比").build())
        .addMethod(QuantificationMethod.builder().id("m-ng").name("燃料燃烧")
            .approach(QuantificationApproach.FUEL_COMBUSTION).formula("E = AD × EF")
            .addParameter("AD").factorSource("GB/T 32150").documentedOn(d("2024-01-20")).build())
        .addIndicator(PerformanceIndicator.builder().id("ind-total").name("排放总量")
            .kind(IndicatorKind.TOTAL_EMISSIONS).unit(MeasureUnit.parse("tCO2e"))
            .methodDescription("清单合计").build())
        .addDocument(DocumentedInformation.builder().id("DOC-1").title("手册")
            .origin(DocumentOrigin.INTERNAL).format("PDF").addVersion(DocumentVersion.builder()
                .versionLabel("A/0").issuedOn(d("2024-01-05")).author("p-ceo").approval(approved)
                .changeSummary("首次发布").build()).accessAndDistribution("文控系统")
            .retentionYears(10).build())
        .addDocument(DocumentedInformation.builder().id("EXT-1").title("T/CAS 612—2022")
            .origin(DocumentOrigin.EXTERNAL).format("PDF").addVersion(DocumentVersion.builder()
                .versionLabel("2022").issuedOn(d("2022-06-30")).author("中国标准化协会")
                .changeSummary("外来文件").build()).accessAndDistribution("体系部")
            .retentionYears(10).build())
        .addChange(ChangeRecord.builder().id("ch-1").kind(ChangeKind.FACILITIES_AND_PROCESSES)
            .planned(true).description("新增产线").changedOn(d("2025-06-01"))
            .verification(ChangeVerification.of(d("2025-09-01"), "符合设计", true)).build())
        .addAuditProgramme(AuditProgramme.builder().id("prog").cycle(ReportingPeriod
            .calendarYear(2025)).frequencyMonths(12).methods("现场").responsibilities("管代")
            .addPlannedClauses("4", "5", "6", "7", "8", "9", "10").build())
        .addAudit(Audit.builder().id("au-1").programmeId("prog").conductedOn(d("2025-11-10"))
            .criteria("T/CAS 612").addScopeClauses("4", "5", "6", "7", "8", "9", "10")
            .addAuditorPersonId("p-aud").addAuditedArea(AuditedArea.ofClause("6", "p-ceo"))
            .build())
        .addManagementReview(review())
        .addMonitoringResult(improvement(2024))
        .addMonitoringResult(improvement(2025))
        .addCompetenceRequirement(CompetenceRequirement.builder().id("cr-all").roleId("role-rep")
            .competence("核算").build())
        .addRole(Role.builder().id("role-rep").title("管理者代表").addHolderPersonId("p-ceo")
            .addAllDuties(EnumSet.allOf(RoleDuty.class)).responsibilities("运行体系")
            .authorities("协调").build())
        .addCompetenceRecord(CompetenceRecord.builder().id("crec-ceo").personId("p-ceo")
            .roleId("role-rep").addRequirementId("cr-all").evidenceKind(EvidenceKind.TRAINING)
            .description("培训").achievedOn(d("2024-05-01"))
            .effectivenessEvaluation(org.cnms.core.EffectivenessEvaluation.builder()
                .evaluatedOn(d("2024-11-01")).effective(true).notes("考核合格").build()).build());
    for (ResourceKind k : ResourceKind.values()) {
      b.addResource(Resource.builder().id("res-" + k.ordinal()).kind(k).description("资源").build());
    }
    b.addCommunication(Communication.builder().id("com-in")
            .direction(CommunicationDirection.INTERNAL).topic(CommunicationTopic.TARGETS_AND_PROGRESS)
            .audience("全体员工").channel("公告").date(d("2026-01-10")).summary("目标进展").build())
        .addCommunication(Communication.builder().id("com-ex")
            .direction(CommunicationDirection.EXTERNAL).topic(CommunicationTopic.EMISSIONS_AND_REMOVALS)
            .audience("客户").channel("邮件").date(d("2026-01-10")).summary("排放数据").build())
        .addOperationalCriterion(OperationalCriterion.builder().id("oc-com")
            .kind(OperationalCriterionKind.COMMUNICATION).criterion("偏离当班报告")
            .recordsKept("交接班记录").effectiveFrom(d("2024-03-01")).build())
        .addProcurementCriterion(ProcurementCriterion.builder().id("pc-1")
            .subject(ProcurementSubject.EQUIPMENT).criterion("能效一级")
            .effectiveFrom(d("2024-03-01")).build())
        .addSupplierNotice(SupplierNotice.builder().id("sn-1").supplier("设备供应商")
            .notifiedOn(d("2024-03-10")).content("碳中和绩效为采购准则之一").addCriterionIds("pc-1")
            .build());
    OrganisationalBoundary.Builder boundary = OrganisationalBoundary.builder()
        .approach(ConsolidationApproach.OPERATIONAL_CONTROL);
    CarbonNeutralityTarget.Builder target = CarbonNeutralityTarget.builder().id("cnt")
        .visionYear(2050).addCoveredCategories(EmissionCategory.DIRECT)
        .addMeans(NeutralityMeans.OWN_REDUCTION).baselineId("bl").setOn(d("2025-02-15"));
    DataQualityPlan.Builder dq = DataQualityPlan.builder().id("dq").preparedOn(d("2024-02-01"));
    GhgInventory.Builder inv2024 = GhgInventory.builder().id("inv-2024")
        .period(ReportingPeriod.calendarYear(2024)).gwpSet("AR5");
    GhgInventory.Builder inv2025 = GhgInventory.builder().id("inv-2025")
        .period(ReportingPeriod.calendarYear(2025)).gwpSet("AR5");
    BigDecimal total2024 = BigDecimal.ZERO;
    for (int p = 0; p < plants; p++) {
      String plant = "plant-" + p;
      b.addFacility(Facility.builder().id(plant).name("厂区" + p).kind(FacilityKind.PLANT)
          .build());
      boundary.addFacility(BoundaryEntry.of(plant));
      target.addPhasedTarget(PhasedTarget.builder().id("pt-" + p).year(2030)
          .kind(PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE).value(BigDecimal.TEN)
          .description("厂区" + p + "减排10%").build());
      b.addGhgTarget(GhgTarget.builder().id("gt-" + p).phasedTargetId("pt-" + p)
          .level(TargetLevel.FACILITY).facilityId(plant).kind(GhgTargetKind.EMISSION)
          .targetYear(2030).reductionPercent(BigDecimal.TEN).build());
      b.addActionPlan(ActionPlan.builder().id("ap-" + p).addGhgTargetId("gt-" + p)
          .measure(ActionMeasure.ENERGY_DEMAND_AND_USE_MANAGEMENT).title("节能").description("能源管理")
          .resources("预算").responsible("p-ceo").dueDate(d("2027-06-30"))
          .verificationMethod("能耗对比").approval(approved).build());
    }
    for (int i = 0; i < n; i++) {
      String src = "src-" + i;
      String plant = "plant-" + (i % plants);
      String owner = "p-" + i;
      String meter = "meter-" + i;
      b.addPerson(Person.of(owner, "责任人" + i));
      b.addSource(GhgSource.builder().id(src).name("源" + i).facilityId(plant)
          .category(EmissionCategory.DIRECT).kind(GhgSourceKind.STATIONARY_COMBUSTION)
          .addGas(GreenhouseGas.CO2).methodId("m-ng").ownerPersonId(owner).significant(true)
          .build());
      BigDecimal t = BigDecimal.valueOf(100 + i % 50);
      total2024 = total2024.add(t);
      inv2024.addLine(line(src, plant, t));
      inv2025.addLine(line(src, plant, t.subtract(BigDecimal.ONE)));
      dq.addItem(DataQualityItem.builder().id("dqi-" + i).dataItem("燃料" + i).addSourceId(src)
          .sourceOfData("表计").collectionMethod(CollectionMethod.METERED)
          .frequency(CollectionFrequency.MONTHLY).addMeterId(meter).ownerPersonId(owner)
          .retentionYears(5).build());
      b.addInstrument(MeasuringInstrument.builder().id(meter).kind(InstrumentKind.GAS_METER)
          .facilityId(plant).addSourceId(src).accuracyClass("1.0").calibrationIntervalMonths(12)
          .addCalibration(Calibration.of(d("2025-12-10"), CalibrationResult.PASS)).build());
      if (i % 10 == 0) {
        b.addOperationalCriterion(OperationalCriterion.builder().id("oc-" + i)
            .addAllSourceIds(java.util.stream.IntStream.range(i, Math.min(n, i + 10))
                .mapToObj(k -> "src-" + k).toList())
            .kind(OperationalCriterionKind.EQUIPMENT_OPERATION).criterion("按规程运行")
            .recordsKept("运行记录").effectiveFrom(d("2024-03-01")).build());
      }
    }
    return b.boundary(boundary.build()).addNeutralityTarget(target.build())
        .addDataQualityPlan(dq.build()).addInventory(inv2024.build())
        .addInventory(inv2025.build())
        .addBaseline(Baseline.builder().id("bl").addPeriod(ReportingPeriod.calendarYear(2024))
            .emissions(Co2e.tonnes(total2024)).removals(Co2e.ZERO).addInventoryId("inv-2024")
            .selectionCriteria("首个完整年度").establishedOn(d("2025-02-01")).gwpSet("AR5").build())
        .build();
  }

  private static InventoryLine line(String source, String plant, BigDecimal t) {
    return InventoryLine.builder().sourceId(source).facilityId(plant)
        .category(EmissionCategory.DIRECT).gas(GreenhouseGas.CO2).gasTonnes(t)
        .co2e(Co2e.tonnes(t)).build();
  }

  private static MonitoringResult improvement(int year) {
    return MonitoringResult.builder().id("mr-" + year)
        .subject(MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE).indicatorId("ind-total")
        .period(ReportingPeriod.calendarYear(year)).expected(Amount.of("100", "tCO2e"))
        .actual(Amount.of("99", "tCO2e")).measuredOn(LocalDate.of(year + 1, 1, 20)).build();
  }

  private static ManagementReview review() {
    ManagementReview.Builder r = ManagementReview.builder().id("rev").heldOn(d("2025-12-20"))
        .addParticipantPersonId("p-ceo");
    for (ReviewInput i : ReviewInput.values()) {
      r.putInput(i, "已提交");
    }
    for (ReviewOutput o : ReviewOutput.values()) {
      r.putOutput(o, "已决定");
    }
    return r.build();
  }
}
