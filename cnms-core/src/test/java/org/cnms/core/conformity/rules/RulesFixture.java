// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.testing.SystemFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.cnms.core.Approval;
import org.cnms.core.EffectivenessEvaluation;
import org.cnms.core.conformity.AssessmentContext;
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
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.InstrumentKind;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.evaluation.ReviewOutput;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.ghg.EmissionCategory;
import org.cnms.core.inventory.CategoryStatement;
import org.cnms.core.inventory.QuantificationApproach;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.LeadershipCommitment;
import org.cnms.core.leadership.LeadershipItem;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.PolicyItem;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.leadership.TeamLevel;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.ChangeVerification;
import org.cnms.core.operation.DesignReview;
import org.cnms.core.operation.DesignReviewKind;
import org.cnms.core.operation.OutsourcedProcessControl;
import org.cnms.core.operation.ProcurementCriterion;
import org.cnms.core.operation.ProcurementSubject;
import org.cnms.core.operation.SupplierNotice;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OperationalCriterionKind;
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
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.GhgTargetKind;
import org.cnms.core.performance.NeutralityMeans;
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
import org.cnms.core.planning.RiskPurpose;
import org.cnms.core.planning.RiskRating;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.CommunicationTopic;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.CommunicationTopic;
import org.cnms.core.support.DocumentOrigin;
import org.cnms.core.support.DocumentVersion;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.support.Resource;
import org.cnms.core.support.ResourceKind;
import org.cnms.core.support.EvidenceKind;
import org.cnms.core.support.Resource;
import org.cnms.core.support.ResourceKind;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;

/**
 * A small management system, assessed on 2026-03-31, that every core rule finds conforming; the
 * rule tests change one thing in it at a time.
 */
final class RulesFixture {

  private RulesFixture() {}

  static AssessmentContext context(ManagementSystem s) {
    return AssessmentContext.of(s, ON);
  }

  static MonitoringResult improvement(int year, String expected, String actual) {
    return MonitoringResult.builder().id("mr-" + year)
        .subject(MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE).indicatorId("ind-total")
        .period(ReportingPeriod.calendarYear(year)).expected(Amount.of(expected, "tCO2e"))
        .actual(Amount.of(actual, "tCO2e")).measuredOn(LocalDate.of(year + 1, 1, 20)).build();
  }

  static ActionPlan.Builder plan() {
    return ActionPlan.builder().id("ap-1").addGhgTargetId("gt-2030")
        .measure(ActionMeasure.WASTE_HEAT_AND_PRESSURE_RECOVERY).title("锅炉烟气余热回收")
        .description("加装烟气冷凝换热器").resources("预算 80 万元").responsible("p-eng")
        .dueDate(d("2027-06-30")).verificationMethod("对比改造前后单位蒸汽天然气消耗")
        .expectedReduction(Co2e.tonnes("120")).approval(Approval.of("p-ceo", d("2025-03-01")));
  }

  /** One record of top management's leadership and commitment for each item a)–k) of 5.1. */
  static java.util.List<LeadershipCommitment> leadershipEvidence() {
    return java.util.Arrays.stream(LeadershipItem.values())
        .map(i -> LeadershipCommitment.builder().id("lc-" + i.citation().charAt(0)).item(i)
            .evidence("总经理办公会纪要").date(d("2024-01-05")).personId("p-ceo").build())
        .toList();
  }

  /** The conforming system. */
  static ManagementSystem system() {
    Approval approved = Approval.of("p-ceo", d("2024-01-05"));
    return ManagementSystem.builder()
        .organisation(Organisation.builder().id("org").name("示例制造有限公司").sector("汽车零部件制造")
            .addLevels(TeamLevel.ENTERPRISE).build())
        .addFacility(Facility.builder().id("plant-1").name("一厂").kind(FacilityKind.PLANT).build())
        .addFacility(Facility.builder().id("office-1").name("总部办公楼").kind(FacilityKind.OFFICE)
            .build())
        .boundary(OrganisationalBoundary.builder()
            .approach(ConsolidationApproach.OPERATIONAL_CONTROL)
            .addFacility(BoundaryEntry.of("plant-1")).addFacility(BoundaryEntry.of("office-1"))
            .build())
        .scope(ScopeStatement.builder().statement("一厂和总部的全部生产经营活动")
            .addConsideredFactorIds("iss-ext", "iss-int").addConsideredRequirementId("gov-r1")
            .addFunctions("生产", "行政").addOperatingUnit("一厂")
            .addActivity("汽车零部件生产").controlAndInfluence("运营控制权法下的一厂和总部")
            .documentId("CNMS-M-01").determinedOn(d("2024-01-01")).build())
        .addContextFactor(ContextFactor.builder().id("iss-ext").kind(FactorKind.EXTERNAL)
            .topic(FactorTopic.DUAL_CARBON_POLICY).description("国家“双碳”目标")
            .effect("客户要求供应链减排").obligationsEffect("须按年报送排放报告")
            .addPartyId("gov").identifiedOn(d("2024-01-10")).build())
        .addContextFactor(ContextFactor.builder().id("iss-int").kind(FactorKind.INTERNAL)
            .description("锅炉能效偏低").effect("天然气消耗高").obligationsEffect("无影响")
            .identifiedOn(d("2024-01-10")).build())
        .addInterestedParty(InterestedParty.builder().id("gov").name("市生态环境局")
            .kind(PartyKind.REGULATOR).addRequirement(PartyRequirement.builder().id("gov-r1")
                .description("按年报送温室气体排放报告").legal(true).complianceObligationId("obl-1")
                .actionNeeded(true).build())
            .lastReviewedOn(d("2025-12-01")).build())
        .addComplianceObligation(ComplianceObligation.builder().id("obl-1")
            .title("温室气体排放报告管理办法").kind(ObligationKind.LEGAL).issuer("市生态环境局")
            .description("每年3月底前报送上年度排放报告").partyId("gov").build())
        .addPersons(Person.of("p-ceo", "王总").withTopManagement(true), Person.of("p-mgr", "李经理"),
            Person.of("p-eng", "张工"), Person.of("p-aud", "赵审核员"))
        .addPolicy(CarbonNeutralityPolicy.builder().id("pol-1").versionLabel("A/0")
            .text("节能降碳，2050年实现碳中和").addAllItems(EnumSet.allOf(PolicyItem.class))
            .documentId("CNMS-M-01").approval(approved).issuedOn(d("2024-01-05")).lastReviewedOn(d("2025-12-20"))
            .addCommunicatedTo("全体员工").build())
        .addTeam(CarbonNeutralityTeam.builder().id("team-top").name("碳中和领导小组")
            .level(TeamLevel.ENTERPRISE).addMemberPersonIds("p-ceo", "p-mgr")
            .leaderPersonId("p-ceo").build())
        .addRole(Role.builder().id("role-rep").title("碳中和管理者代表").addHolderPersonId("p-mgr")
            .addAllDuties(EnumSet.allOf(RoleDuty.class)).responsibilities("组织运行碳中和管理体系")
            .authorities("协调各部门").reportingIntervalMonths(6).communicatedOn(d("2024-01-10"))
            .addReportedOn(d("2025-07-10"), d("2026-01-15")).build())
        .addAllLeadershipCommitments(leadershipEvidence())
        .addRisk(RiskOrOpportunity.builder().id("risk-1").kind(RiskKind.RISK)
            .description("碳价上涨增加履约成本").addRelatedFactorId("iss-ext").rating(RiskRating.HIGH)
            .addPurpose(RiskPurpose.COMPLIANCE_OBLIGATIONS).identifiedOn(d("2024-02-01")).build())
        .addRiskAction(RiskAction.builder().id("ra-1").addRiskOrOpportunityId("risk-1")
            .description("实施锅炉余热回收").approach(ActionApproach.REDUCTION).process("运行控制（8.1）")
            .ownerPersonId("p-eng").dueDate(d("2026-12-31"))
            .evaluationMethod("年度天然气消耗对比").build())
        .addMethod(QuantificationMethod.builder().id("m-ng").name("化石燃料燃烧排放")
            .approach(QuantificationApproach.FUEL_COMBUSTION).formula("E = AD × NCV × CC × OF × 44/12")
            .addParameter("AD: 天然气消耗量, 10^4 Nm3").factorSource("GB/T 32150—2015 附录B")
            .documentedOn(d("2024-01-20")).build())
        .addMethod(QuantificationMethod.builder().id("m-el").name("外购电力排放")
            .approach(QuantificationApproach.PURCHASED_ENERGY).formula("E = AD × EF")
            .addParameter("AD: 外购电量, MWh").factorSource("生态环境部全国电网平均排放因子")
            .documentedOn(d("2024-01-20")).build())
        .addSource(boiler().build())
        .addSource(power().build())
        .addCategoryStatement(CategoryStatement.of(EmissionCategory.TRANSPORTATION, "运输外包，暂不量化"))
        .addInventory(inventory(2024, "1000", "2000"))
        .addInventory(inventory(2025, "950", "1900"))
        .addIndicator(totalIndicator())
        .addBaseline(baseline())
        .addNeutralityTarget(CarbonNeutralityTarget.builder().id("cnt-1").visionYear(2050)
            .addPhasedTarget(PhasedTarget.builder().id("pt-2030").year(2030)
                .kind(PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE).value(new BigDecimal("30"))
                .description("较2024年减排30%").build())
            .addCoveredCategories(EmissionCategory.DIRECT, EmissionCategory.PURCHASED_ENERGY)
            .addMeans(NeutralityMeans.OWN_REDUCTION, NeutralityMeans.CARBON_CREDITS)
            .baselineId("bl-2024").setOn(d("2025-02-15")).communicatedOn(d("2025-03-01"))
            .build())
        .addGhgTarget(GhgTarget.builder().id("gt-2030").phasedTargetId("pt-2030")
            .level(TargetLevel.ORGANISATION).kind(GhgTargetKind.EMISSION).targetYear(2030)
            .reductionPercent(new BigDecimal("30")).communicatedOn(d("2025-03-01")).build())
        .addActionPlan(plan().build())
        .addDataQualityPlan(DataQualityPlan.builder().id("dq-1").preparedOn(d("2025-12-01"))
            .addItem(DataQualityItem.builder().id("dqi-gas").dataItem("天然气消耗量")
                .addSourceId("src-boiler").sourceOfData("燃气表").collectionMethod(
                    CollectionMethod.METERED).frequency(CollectionFrequency.MONTHLY)
                .addMeterId("meter-gas").ownerPersonId("p-eng").retentionYears(5).build())
            .addItem(DataQualityItem.builder().id("dqi-power").dataItem("外购电量")
                .addSourceId("src-power").sourceOfData("电能表").collectionMethod(
                    CollectionMethod.METERED).frequency(CollectionFrequency.MONTHLY)
                .addMeterId("meter-el").ownerPersonId("p-eng").retentionYears(5).build())
            .build())
        .addResource(Resource.builder().id("res-1").kind(ResourceKind.COMPETENCE_AND_AWARENESS)
            .description("碳管理专职岗位 1 人").build())
        .addResource(Resource.builder().id("res-2").kind(ResourceKind.INFRASTRUCTURE)
            .description("锅炉烟气余热回收装置").build())
        .addResource(Resource.builder().id("res-3").kind(ResourceKind.MONITORING_EQUIPMENT)
            .description("燃气表和电能表").build())
        .addResource(Resource.builder().id("res-4").kind(ResourceKind.KNOWLEDGE)
            .description("GB/T 32150 核算方法").build())
        .addResource(Resource.builder().id("res-5").kind(ResourceKind.COMMUNICATION_CHANNEL)
            .description("公司网站和车间看板").build())
        .addCompetenceRequirement(CompetenceRequirement.builder().id("cr-1").roleId("role-rep")
            .competence("温室气体核算").build())
        .addCompetenceRecord(CompetenceRecord.builder().id("crec-1").personId("p-mgr")
            .roleId("role-rep").addRequirementId("cr-1").evidenceKind(EvidenceKind.TRAINING)
            .description("碳排放管理员培训").achievedOn(d("2024-05-01"))
            .validUntil(d("2027-04-30")).effectivenessEvaluation(EffectivenessEvaluation.builder()
                .evaluatedOn(d("2024-11-01")).effective(true).notes("核算报告无差错").build())
            .build())
        .addCommunication(Communication.builder().id("com-1")
            .direction(CommunicationDirection.INTERNAL).topic(CommunicationTopic.TARGETS_AND_PROGRESS)
            .audience("全体员工").channel("车间看板").date(d("2026-02-05"))
            .summary("公布 2025 年排放较基准下降").build())
        .addCommunication(Communication.builder().id("com-2")
            .direction(CommunicationDirection.EXTERNAL).topic(CommunicationTopic.PRODUCT_FOOTPRINT)
            .audience("客户A").channel("邮件").date(d("2025-09-01")).incoming(true)
            .summary("客户A索取产品碳足迹").build())
        .addCommunication(Communication.builder().id("com-3")
            .direction(CommunicationDirection.EXTERNAL).topic(CommunicationTopic.PRODUCT_FOOTPRINT)
            .audience("客户A").channel("邮件").date(d("2025-09-15")).inResponseTo("com-2")
            .summary("提供产品碳足迹报告").build())
        .addCommunication(Communication.builder().id("com-policy")
            .direction(CommunicationDirection.INTERNAL).topic(CommunicationTopic.POLICY)
            .audience("全体员工").channel("全员大会").date(d("2024-01-20"))
            .summary("宣讲碳中和方针和碳中和管理的重要性").build())
        .addDocument(DocumentedInformation.builder().id("CNMS-M-01").title("碳中和管理手册")
            .origin(DocumentOrigin.INTERNAL).format("PDF")
            .addVersion(DocumentVersion.builder().versionLabel("A/0").issuedOn(d("2024-01-05"))
                .author("p-mgr").approval(approved).changeSummary("首次发布").build())
            .accessAndDistribution("文控系统，全体员工只读").retentionYears(10).build())
        .addDocument(DocumentedInformation.builder().id("EXT-1").title("GB/T 32150—2015")
            .origin(DocumentOrigin.EXTERNAL).format("PDF")
            .addVersion(DocumentVersion.builder().versionLabel("2015").issuedOn(d("2015-11-19"))
                .author("国家标准化管理委员会").changeSummary("外来文件").build())
            .accessAndDistribution("体系部保存").retentionYears(10).build())
        .addOperationalCriterion(OperationalCriterion.builder().id("oc-1")
            .addSourceIds("src-boiler", "src-power").kind(OperationalCriterionKind.EQUIPMENT_OPERATION)
            .criterion("锅炉过量空气系数不高于1.2；空压机按需启停").recordsKept("锅炉运行记录")
            .effectiveFrom(d("2024-03-01")).build())
        .addOperationalCriterion(OperationalCriterion.builder().id("oc-2")
            .kind(OperationalCriterionKind.COMMUNICATION).criterion("运行异常由班长当班报告能源主管")
            .recordsKept("交接班记录").effectiveFrom(d("2024-03-01")).build())
        .addOutsourcedProcessControl(OutsourcedProcessControl.builder().id("op-1")
            .process("产品公路运输").contractor("物流公司").organisationDuties("按月提供发运计划")
            .contractorDuties("按月报告运输里程和油耗").operatingRequirements("满载率不低于85%")
            .build())
        .addDesignReview(DesignReview.builder().id("dr-1").subject("2号空压机更新")
            .kind(DesignReviewKind.NEW_EQUIPMENT).reviewedOn(d("2025-04-01"))
            .addOpportunitiesConsidered("选用一级能效变频空压机").decision("采纳").build())
        .addDesignReview(DesignReview.builder().id("dr-2").subject("轻量化支架")
            .kind(DesignReviewKind.NEW_PRODUCT_OR_SERVICE).reviewedOn(d("2025-05-01"))
            .ecoDesign("减重10%，生命周期排放下降8%").decision("采纳").build())
        .addProcurementCriterion(ProcurementCriterion.builder().id("pc-1")
            .subject(ProcurementSubject.EQUIPMENT).criterion("新购电机能效不低于一级")
            .effectiveFrom(d("2024-03-01")).build())
        .addSupplierNotice(SupplierNotice.builder().id("sn-1").supplier("电机供应商")
            .notifiedOn(d("2024-03-10")).content("书面告知碳中和绩效为采购评价准则之一")
            .addCriterionIds("pc-1").build())
        .addChange(ChangeRecord.builder().id("ch-1").kind(ChangeKind.FACILITIES_AND_PROCESSES)
            .planned(true).description("二车间新增一条装配线").changedOn(d("2025-06-01"))
            .verification(ChangeVerification.of(d("2025-09-01"), "装配线单位产品电耗符合设计", true))
            .build())
        .addMonitoringResult(improvement(2024, "3000", "3000"))
        .addMonitoringResult(improvement(2025, "2900", "2850"))
        .addGhgReport(GhgReport.builder().id("rep-2024").period(ReportingPeriod.calendarYear(2024))
            .inventoryId("inv-2024").issuedOn(d("2025-03-20")).preparedBy("p-mgr").build())
        .addGhgReport(GhgReport.builder().id("rep-2025").period(ReportingPeriod.calendarYear(2025))
            .inventoryId("inv-2025").issuedOn(d("2026-03-20")).preparedBy("p-mgr").build())
        .addInstrument(meter("meter-gas", InstrumentKind.GAS_METER, "src-boiler"))
        .addInstrument(meter("meter-el", InstrumentKind.ELECTRICITY_METER, "src-power"))
        .addComplianceEvaluation(ComplianceEvaluation.builder().id("ce-1").obligationId("obl-1")
            .evaluatedOn(d("2025-12-20")).result(ComplianceResult.COMPLIANT)
            .evidence("2024年度报告已按时报送").build())
        .addAuditProgramme(AuditProgramme.builder().id("prog-2025")
            .cycle(ReportingPeriod.calendarYear(2025)).frequencyMonths(12).methods("现场审核")
            .responsibilities("管理者代表组织").planningRequirements("每年11月前编制审核计划")
            .reporting("审核报告提交最高管理者及受审核区域负责人")
            .addPlannedClauses("4", "5", "6", "7", "8", "9", "10")
            .addKeyProcesses("能源计量").build())
        .addAudit(Audit.builder().id("au-2025").programmeId("prog-2025")
            .conductedOn(d("2025-11-10")).criteria("T/CAS 612—2022")
            .addScopeClauses("4", "5", "6", "7", "8", "9", "10").addAuditorPersonId("p-aud")
            .addAuditedArea(AuditedArea.ofClause("6", "p-eng"))
            .reportedToManagementOn(d("2025-11-20")).addReportedToPersonIds("p-ceo", "p-eng")
            .build())
        .addManagementReview(ManagementReview.builder().id("rev-2025").heldOn(d("2025-12-20"))
            .addParticipantPersonIds("p-ceo", "p-mgr")
            .putInput(ReviewInput.STATUS_OF_PREVIOUS_ACTIONS, "首次评审")
            .putInput(ReviewInput.CHANGES_IN_FACTORS, "新增装配线")
            .putInput(ReviewInput.CHANGES_IN_INTERESTED_PARTY_NEEDS, "无变化")
            .putInput(ReviewInput.CHANGES_IN_SOURCES_AND_SINKS, "新增装配线用电")
            .putInput(ReviewInput.CHANGES_IN_RISKS_AND_OPPORTUNITIES, "无变化")
            .putInput(ReviewInput.CHANGES_IN_CARBON_ASSETS, "无碳资产")
            .putInput(ReviewInput.PERFORMANCE_AND_IMPROVEMENT, "排放较基准下降5%")
            .putInput(ReviewInput.TARGET_ATTAINMENT, "阶段性目标按计划推进")
            .putInput(ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS, "无不符合")
            .putInput(ReviewInput.COMPLIANCE_EVALUATION_RESULTS, "合规")
            .putInput(ReviewInput.AUDIT_RESULTS, "内部审核未发现不符合")
            .putInput(ReviewInput.ADEQUACY_OF_RESOURCES, "资源充分")
            .putInput(ReviewInput.INTERESTED_PARTY_FEEDBACK, "客户问卷")
            .putInput(ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT, "光伏")
            .putOutput(ReviewOutput.CONCLUSIONS, "体系适宜、充分、有效")
            .putOutput(ReviewOutput.IMPROVEMENT_DECISIONS, "建设屋顶光伏")
            .putOutput(ReviewOutput.CHANGES_NEEDED, "无")
            .putOutput(ReviewOutput.ACTIONS_FOR_MISSED_TARGETS, "无未实现目标")
            .putOutput(ReviewOutput.STRATEGIC_CONCLUSIONS, "坚持2050年碳中和").build())
        .build();
  }
}
