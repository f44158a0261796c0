// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.cnms.core.conformity.rules.RulesFixture.system;
import static org.cnms.core.testing.SystemFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cnms.core.conformity.ManagementReviewPack;
import org.cnms.core.conformity.ReviewPackItem;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.FindingKind;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.improvement.CauseAnalysis;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.ImprovementAction;
import org.cnms.core.improvement.ImprovementStatus;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityOrigin;
import org.cnms.core.improvement.Severity;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.ChangeVerification;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.sample.SampleSystem;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.CommunicationTopic;
import org.cnms.core.support.Resource;
import org.cnms.core.support.Suggestion;
import org.cnms.core.support.SuggestionResponse;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.units.Amount;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

class ManagementReviewPackTest {

  private static List<String> en(ManagementReviewPack pack, ReviewInput input) {
    return pack.itemsFor(input).stream().map(ReviewPackItem::textEn).toList();
  }

  /** The fixture with a change to the baseline's methods after the previous review. */
  private static ManagementSystem withBaselineChange() {
    List<ChangeRecord> changes = new ArrayList<>(system().changes());
    changes.add(ChangeRecord.builder().id("ch-2").kind(ChangeKind.BASELINE_AND_METHODS)
        .planned(true).description("改用2022年电网排放因子").changedOn(d("2026-01-15")).build());
    return system().withChanges(changes);
  }

  @Test
  void theFixturesPackAsOfTheAssessment() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(withBaselineChange(),
        SystemFixtures.ON);
    assertEquals("rev-2025", pack.previousReviewId().orElseThrow());
    assertEquals(List.of("Action plan ap-1 \"锅炉烟气余热回收\": Planned, due 2027-06-30"),
        en(pack, ReviewInput.STATUS_OF_PREVIOUS_ACTIONS));
    // ch-1 of 2025-06-01 came before the previous review of 2025-12-20
    assertEquals(List.of("2026-01-15 e) Changes in the carbon neutrality baseline and its methods:"
        + " 改用2022年电网排放因子"
        + " (not yet verified)"), en(pack, ReviewInput.CHANGES_IN_FACTORS));
    assertEquals(List.of(
        "Latest inventory inv-2025 (2025): total emissions 2850 tCO2e against 3000 tCO2e in"
            + " baseline bl-2024, a change of -5.0 %",
        "Indicator ind-total (2024): expected 3000 tCO2e, actual 3000 tCO2e",
        "Indicator ind-total (2025): expected 2900 tCO2e, actual 2850 tCO2e"),
        en(pack, ReviewInput.PERFORMANCE_AND_IMPROVEMENT));
    assertEquals(List.of(
        "Compliance obligation obl-1 \"温室气体排放报告管理办法\": Compliant (2025-12-20)"),
        en(pack, ReviewInput.COMPLIANCE_EVALUATION_RESULTS));
    assertEquals(List.of("inv-2025", "bl-2024"),
        pack.itemsFor(ReviewInput.PERFORMANCE_AND_IMPROVEMENT).get(0).recordIds());
    assertEquals(5, en(pack, ReviewInput.ADEQUACY_OF_RESOURCES).size());
    assertEquals("Competence and awareness requirements for people: 碳管理专职岗位 1 人",
        en(pack, ReviewInput.ADEQUACY_OF_RESOURCES).get(0));
  }

  @Test
  void aDueReductionTargetIsJudgedAgainstTheBaseline() {
    // the phased target of 2030 (30 % below 2024) judged as of 2030: 2025's 5 % is not enough
    ManagementReviewPack pack = ManagementReviewPack.assemble(system(), d("2030-12-31"));
    assertTrue(en(pack, ReviewInput.TARGET_ATTAINMENT).contains("Phased target pt-2030 (2030:"
        + " 较2024年减排30%): covered categories 5.0 % below the baseline, not met"),
        () -> en(pack, ReviewInput.TARGET_ATTAINMENT).toString());
  }

  @Test
  void rendersMarkdownAndRoundTrips() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(system(), SystemFixtures.ON);
    String md = pack.toMarkdown(Locale.SIMPLIFIED_CHINESE);
    assertTrue(md.startsWith("# 管理评审输入\n"), md);
    assertTrue(md.contains("\n## d) 资源的充分性\n\n- 人员的能力和意识要求：碳管理专职岗位 1 人 `res-1`\n"),
        md);
    assertTrue(md.contains("- 合规义务 obl-1「温室气体排放报告管理办法」：合规（2025-12-20） `obl-1`, `ce-1`"),
        md);
    String mdEn = pack.toMarkdown(Locale.ENGLISH);
    assertTrue(mdEn.contains("- Previous review: rev-2025\n"), mdEn);
    assertEquals(pack, CnmsJson.fromJson(CnmsJson.toJson(pack), ManagementReviewPack.class));
  }

  @Test
  void theFixturesPackInChineseMarkdown() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(withBaselineChange(),
        SystemFixtures.ON);
    assertEquals("""
        # 管理评审输入

        - 组织：org
        - 截至：2026-03-31
        - 上次管理评审：rev-2025

        ## a) 以往管理评审所采取措施的状况

        - 措施计划 ap-1「锅炉烟气余热回收」：已计划，计划完成 2027-06-30 `ap-1`

        ## b) 1) 与组织相关的内外部因素的变化

        - 2026-01-15 e) 碳中和基准的变更（含所用方法）：改用2022年电网排放因子（尚未验证） `ch-2`

        ## b) 2) 相关方的需求和期望（包括合规要求）的变化

        - （无记录）

        ## b) 3) 碳排放源和汇的变化

        - （无记录）

        ## b) 4) 识别的风险和机遇及其应对措施的变化

        - （无记录）

        ## b) 5) 碳资产的变化

        - （无记录）

        ## c) 1) 碳中和绩效及其改进

        - 最新 GHG 排放清单 inv-2025（2025）排放总量 2850 tCO2e，碳中和基准 bl-2024 为 3000 tCO2e，变化 -5.0% `inv-2025`, `bl-2024`
        - 碳中和绩效参数 ind-total（2024）：预期 3000 tCO2e，实际 3000 tCO2e `mr-2024`
        - 碳中和绩效参数 ind-total（2025）：预期 2900 tCO2e，实际 2850 tCO2e `mr-2025`

        ## c) 2) 碳中和目标的实现程度

        - （无记录）

        ## c) 3) 不符合和纠正措施

        - （无记录）

        ## c) 4) 合规性评价结果

        - 合规义务 obl-1「温室气体排放报告管理办法」：合规（2025-12-20） `obl-1`, `ce-1`

        ## c) 5) 审核结果

        - （无记录）

        ## d) 资源的充分性

        - 人员的能力和意识要求：碳管理专职岗位 1 人 `res-1`
        - 基础设施：锅炉烟气余热回收装置 `res-2`
        - 监视和测量设备：燃气表和电能表 `res-3`
        - 知识及知识的更新：GB/T 32150 核算方法 `res-4`
        - 沟通渠道：公司网站和车间看板 `res-5`

        ## e) 来自相关方的有关信息交流

        - （无记录）

        ## f) 持续改进的机会

        - （无记录）
        """, pack.toMarkdown(Locale.CHINESE));
  }

  @Test
  void theFixturesPackInEnglishMarkdown() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(withBaselineChange(),
        SystemFixtures.ON);
    assertEquals("""
        # Management review inputs

        - Organisation: org
        - As of: 2026-03-31
        - Previous review: rev-2025

        ## a) Status of actions from previous management reviews

        - Action plan ap-1 "锅炉烟气余热回收": Planned, due 2027-06-30 `ap-1`

        ## b) 1) Changes in external and internal factors

        - 2026-01-15 e) Changes in the carbon neutrality baseline and its methods: 改用2022年电网排放因子 (not yet verified) `ch-2`

        ## b) 2) Changes in interested parties' needs and expectations, compliance requirements included

        - (nothing recorded)

        ## b) 3) Changes in GHG sources and sinks

        - (nothing recorded)

        ## b) 4) Changes in risks and opportunities and the actions on them

        - (nothing recorded)

        ## b) 5) Changes in carbon assets

        - (nothing recorded)

        ## c) 1) Carbon neutrality performance and its improvement

        - Latest inventory inv-2025 (2025): total emissions 2850 tCO2e against 3000 tCO2e in baseline bl-2024, a change of -5.0 % `inv-2025`, `bl-2024`
        - Indicator ind-total (2024): expected 3000 tCO2e, actual 3000 tCO2e `mr-2024`
        - Indicator ind-total (2025): expected 2900 tCO2e, actual 2850 tCO2e `mr-2025`

        ## c) 2) Attainment of the carbon neutrality targets

        - (nothing recorded)

        ## c) 3) Nonconformities and corrective actions

        - (nothing recorded)

        ## c) 4) Compliance evaluation results

        - Compliance obligation obl-1 "温室气体排放报告管理办法": Compliant (2025-12-20) `obl-1`, `ce-1`

        ## c) 5) Audit results

        - (nothing recorded)

        ## d) Adequacy of resources

        - Competence and awareness requirements for people: 碳管理专职岗位 1 人 `res-1`
        - Infrastructure: 锅炉烟气余热回收装置 `res-2`
        - Monitoring and measuring equipment: 燃气表和电能表 `res-3`
        - Knowledge and keeping it current: GB/T 32150 核算方法 `res-4`
        - Communication channels: 公司网站和车间看板 `res-5`

        ## e) Communication from interested parties

        - (nothing recorded)

        ## f) Opportunities for continual improvement

        - (nothing recorded)
        """, pack.toMarkdown(Locale.ENGLISH));
  }

  private static List<String> texts(ManagementReviewPack pack, ReviewInput input,
      Locale locale) {
    return pack.itemsFor(input).stream().map(i -> i.text(locale)).toList();
  }

  /**
   * The fixture with, after the previous review, changes of sources and with no kind, a
   * nonconformity with an overdue, an open and a completed corrective action, an overdue and a
   * proposed improvement action (the latter decided by the previous review), an audit with
   * findings, a resource without kind but with a budget, an external communication, an answered
   * and an unanswered suggestion, and a GHG review with ranked opportunities.
   */
  private static ManagementSystem withEveryKindOfRecord() {
    ManagementSystem s = withBaselineChange();
    List<ChangeRecord> changes = new ArrayList<>(s.changes());
    changes.add(ChangeRecord.builder().id("ch-3").kind(ChangeKind.MAJOR_SOURCES_AND_SINKS)
        .planned(true).description("新增2号燃气锅炉").changedOn(d("2026-02-01"))
        .verification(ChangeVerification.of(d("2026-03-01"), "已纳入清单", true)).build());
    changes.add(ChangeRecord.builder().id("ch-4").planned(true).description("停用旧空压机")
        .changedOn(d("2026-02-10"))
        .verification(ChangeVerification.of(d("2026-03-10"), "电耗未下降", false)).build());
    Nonconformity nc = Nonconformity.report("nc-1", "燃气表超期未检定",
            NonconformityOrigin.INTERNAL_AUDIT, Severity.MINOR, d("2026-01-05"))
        .contain("停用并送检", d("2026-01-06"))
        .analyseCause(CauseAnalysis.builder().cause("检定计划未更新")
            .similarNonconformitiesElsewhere("其他计量器具未发现").actionNeeded(true)
            .analysedOn(d("2026-01-10")).build())
        .takeAction(CorrectiveAction.builder().id("ca-1").description("送检")
            .responsiblePersonId("p-eng").dueDate(d("2026-01-31")).build())
        .takeAction(CorrectiveAction.builder().id("ca-2").description("修订检定计划")
            .responsiblePersonId("p-eng").dueDate(d("2026-06-30")).build())
        .takeAction(CorrectiveAction.builder().id("ca-3").description("建立检定到期提醒")
            .responsiblePersonId("p-eng").dueDate(d("2026-02-28")).build())
        .completeAction("ca-3", d("2026-02-20"));
    ImprovementAction overdue = ImprovementAction.builder().id("ia-1").description("空压机变频改造")
        .origin("内部审核").responsiblePersonId("p-eng").dueDate(d("2026-02-28"))
        .status(ImprovementStatus.IN_PROGRESS).build();
    ImprovementAction proposed = ImprovementAction.builder().id("ia-2").description("屋顶光伏")
        .origin("管理评审").responsiblePersonId("p-eng").dueDate(d("2026-12-31"))
        .status(ImprovementStatus.PROPOSED).build();
    Audit audit = s.audits().get(0).withReportedToManagementOn(d("2026-02-20"))
        .withId("au-2026").withConductedOn(d("2026-02-15")).withFindings(
            AuditFinding.builder().id("af-1").clause("9.1.3")
                .kind(FindingKind.MINOR_NONCONFORMITY).description("燃气表超期未检定").build(),
            AuditFinding.builder().id("af-2").clause("7.4").kind(FindingKind.OBSERVATION)
                .description("看板未及时更新").build());
    List<Audit> audits = new ArrayList<>(s.audits());
    audits.add(audit);
    List<Resource> resources = new ArrayList<>(s.resources());
    resources.add(Resource.builder().id("res-6").description("光伏项目资金")
        .budget(Amount.of("800000", "CNY")).build());
    List<Communication> communications = new ArrayList<>(s.communications());
    communications.add(Communication.builder().id("com-5")
        .direction(CommunicationDirection.EXTERNAL).topic(CommunicationTopic.PRODUCT_FOOTPRINT)
        .audience("客户B").channel("邮件").date(d("2026-02-10")).incoming(true)
        .summary("询问减排进展").build());
    GhgReview review = GhgReview.builder().id("ghg-rev-2025")
        .period(ReportingPeriod.calendarYear(2025)).inventoryId("inv-2025")
        .completenessConfirmed(true).reviewedOn(d("2026-02-20"))
        .addOpportunities(ImprovementOpportunity.builder().id("io-2").description("屋顶光伏")
                .rank(2).addSourceId("src-power").build(),
            ImprovementOpportunity.builder().id("io-1").description("锅炉余热回收").rank(1)
                .addSourceId("src-boiler").expectedReduction(Co2e.tonnes("120.5")).build())
        .build();
    return s.withChanges(changes).withNonconformities(nc)
        .withImprovementActions(overdue, proposed).withAudits(audits).withResources(resources)
        .withCommunications(communications)
        .withSuggestions(Suggestion.builder().id("sg-1").receivedOn(d("2026-01-10"))
                .text("下班后关闭空压机").build(),
            Suggestion.builder().id("sg-2").receivedOn(d("2026-01-12")).text("车间改用LED照明")
                .response(SuggestionResponse.of(d("2026-01-20"), "采纳", true)).build())
        .withGhgReviews(review)
        .withManagementReviews(s.managementReviews().get(0).withDecidedActionIds("ia-2"));
  }

  @Test
  void everyKindOfItemInChineseAndEnglish() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(withEveryKindOfRecord(),
        SystemFixtures.ON);
    ReviewInput a = ReviewInput.STATUS_OF_PREVIOUS_ACTIONS;
    assertEquals(List.of(
        "措施计划 ap-1「锅炉烟气余热回收」：已计划，计划完成 2027-06-30",
        "改进措施 ia-1「空压机变频改造」：实施中，计划完成 2026-02-28（已逾期）",
        "改进措施 ia-2「屋顶光伏」：已提出，计划完成 2026-12-31",
        "上次管理评审 rev-2025（2025-12-20）决定的措施：ia-2"), texts(pack, a, Locale.CHINESE));
    assertEquals(List.of(
        "Action plan ap-1 \"锅炉烟气余热回收\": Planned, due 2027-06-30",
        "Improvement action ia-1 \"空压机变频改造\": In progress, due 2026-02-28 (overdue)",
        "Improvement action ia-2 \"屋顶光伏\": Proposed, due 2026-12-31",
        "Actions decided by the previous management review rev-2025 (2025-12-20): ia-2"),
        texts(pack, a, Locale.ENGLISH));
    assertEquals(List.of("ia-2"), pack.itemsFor(a).get(3).recordIds());
    ReviewInput b1 = ReviewInput.CHANGES_IN_FACTORS;
    assertEquals(List.of("2026-01-15 e) 碳中和基准的变更（含所用方法）：改用2022年电网排放因子（尚未验证）",
        "2026-02-10 停用旧空压机（验证：无效）"), texts(pack, b1, Locale.CHINESE));
    assertEquals(List.of("2026-01-15 e) Changes in the carbon neutrality baseline and its methods:"
        + " 改用2022年电网排放因子 (not yet verified)",
        "2026-02-10 停用旧空压机 (verified not effective)"), texts(pack, b1, Locale.ENGLISH));
    ReviewInput b3 = ReviewInput.CHANGES_IN_SOURCES_AND_SINKS;
    assertEquals(List.of("2026-02-01 b) 主要碳排放源和汇的变更：新增2号燃气锅炉（验证：有效）"),
        texts(pack, b3, Locale.CHINESE));
    assertEquals(List.of("2026-02-01 b) Changes in major emission sources and sinks: 新增2号燃气锅炉"
        + " (verified effective)"), texts(pack, b3, Locale.ENGLISH));
    ReviewInput c3 = ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS;
    assertEquals(List.of(
        "不符合 nc-1 的纠正措施 ca-1：未完成，已逾期（应于 2026-01-31）",
        "不符合 nc-1 的纠正措施 ca-2：未完成，应于 2026-06-30 完成",
        "不符合 nc-1 的纠正措施 ca-3：已于 2026-02-20 完成",
        "未关闭的不符合 nc-1（一般不符合，已采取纠正措施）：燃气表超期未检定"),
        texts(pack, c3, Locale.CHINESE));
    assertEquals(List.of(
        "Corrective action ca-1 on nonconformity nc-1: open, overdue since 2026-01-31",
        "Corrective action ca-2 on nonconformity nc-1: open, due 2026-06-30",
        "Corrective action ca-3 on nonconformity nc-1: completed on 2026-02-20",
        "Open nonconformity nc-1 (Minor, Corrective action taken): 燃气表超期未检定"),
        texts(pack, c3, Locale.ENGLISH));
    assertEquals(List.of("nc-1", "ca-1"), pack.itemsFor(c3).get(0).recordIds());
    ReviewInput c5 = ReviewInput.AUDIT_RESULTS;
    assertEquals(List.of("内部审核 au-2026（2026-02-15）：发现 2 项，其中不符合 1 项"),
        texts(pack, c5, Locale.CHINESE));
    assertEquals(List.of("Internal audit au-2026 (2026-02-15): 2 findings, 1 of them"
        + " nonconformities"), texts(pack, c5, Locale.ENGLISH));
    assertEquals(List.of("au-2026", "af-1", "af-2"), pack.itemsFor(c5).get(0).recordIds());
    ReviewInput dd = ReviewInput.ADEQUACY_OF_RESOURCES;
    assertEquals("光伏项目资金（预算 800000 CNY）", texts(pack, dd, Locale.CHINESE).get(5));
    assertEquals("光伏项目资金 (budget 800000 CNY)", texts(pack, dd, Locale.ENGLISH).get(5));
    ReviewInput e = ReviewInput.INTERESTED_PARTY_FEEDBACK;
    assertEquals(List.of("2026-02-10 与 客户B（产品碳足迹）：询问减排进展",
        "2026-01-10 员工建议：下班后关闭空压机（未答复）", "2026-01-12 员工建议：车间改用LED照明（已答复）"),
        texts(pack, e, Locale.CHINESE));
    assertEquals(List.of("2026-02-10 with 客户B (Product carbon footprint): 询问减排进展",
        "2026-01-10 suggestion: 下班后关闭空压机 (unanswered)",
        "2026-01-12 suggestion: 车间改用LED照明 (answered)"), texts(pack, e, Locale.ENGLISH));
    ReviewInput f = ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT;
    assertEquals(List.of("第 1 位改进机会（ghg-rev-2025）：锅炉余热回收，预计减排 120.5 tCO2e",
        "第 2 位改进机会（ghg-rev-2025）：屋顶光伏", "已提出的改进措施 ia-2：屋顶光伏"),
        texts(pack, f, Locale.CHINESE));
    assertEquals(List.of("Opportunity ranked 1 (ghg-rev-2025): 锅炉余热回收, expected reduction"
        + " 120.5 tCO2e", "Opportunity ranked 2 (ghg-rev-2025): 屋顶光伏",
        "Proposed improvement action ia-2: 屋顶光伏"), texts(pack, f, Locale.ENGLISH));
    assertEquals(List.of("ghg-rev-2025", "io-1"), pack.itemsFor(f).get(0).recordIds());
  }

  @Test
  void aPackWithoutPreviousReviewSaysSo() {
    ManagementReviewPack pack = ManagementReviewPack.assemble(system(), d("2025-12-19"));
    assertTrue(pack.toMarkdown(Locale.CHINESE).contains("\n- 上次管理评审：无\n"));
    assertTrue(pack.toMarkdown(Locale.ENGLISH).contains("\n- Previous review: none\n"));
  }

  @Test
  void theSamplesPackListsItsChangesSinceTheLastReviewAndItsOpenNonconformities() {
    ManagementSystem sample = SampleSystem.load();
    ManagementReviewPack pack = ManagementReviewPack.assemble(sample,
        SampleSystem.ASSESSMENT_DATE);
    ManagementReview last = sample.managementReviews().stream()
        .filter(r -> !r.heldOn().isAfter(SampleSystem.ASSESSMENT_DATE))
        .max(java.util.Comparator.comparing(ManagementReview::heldOn)).orElseThrow();
    assertEquals(last.id(), pack.previousReviewId().orElseThrow());
    long changes = sample.changes().stream().filter(c -> c.changedOn().isAfter(last.heldOn())
        && !c.changedOn().isAfter(SampleSystem.ASSESSMENT_DATE)).count();
    assertEquals(changes, pack.itemsFor(ReviewInput.CHANGES_IN_FACTORS).size()
        + pack.itemsFor(ReviewInput.CHANGES_IN_INTERESTED_PARTY_NEEDS).size()
        + pack.itemsFor(ReviewInput.CHANGES_IN_SOURCES_AND_SINKS).size()
        + pack.itemsFor(ReviewInput.CHANGES_IN_RISKS_AND_OPPORTUNITIES).size());
    assertEquals(List.of("NC-2025-02", "NC-2025-03"), pack.itemsFor(
        ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS)
        .stream().filter(i -> i.textEn().startsWith("Open nonconformity"))
        .map(i -> i.recordIds().get(0)).toList());
    assertEquals(sample.resources().size(),
        pack.itemsFor(ReviewInput.ADEQUACY_OF_RESOURCES).size());
    assertTrue(pack.toMarkdown(Locale.ENGLISH).contains("## f) "));
  }
}
