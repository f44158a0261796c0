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
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.json.CnmsJson;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.sample.SampleSystem;
import org.cnms.core.system.ManagementSystem;
import org.cnms.core.testing.SystemFixtures;
import org.junit.jupiter.api.Test;

class ManagementReviewPackTest {

  private static List<String> en(ManagementReviewPack pack, ReviewInput input) {
    return pack.itemsFor(input).stream().map(ReviewPackItem::textEn).toList();
  }

  @Test
  void theFixturesPackAsOfTheAssessment() {
    List<ChangeRecord> changes = new ArrayList<>(system().changes());
    changes.add(ChangeRecord.builder().id("ch-2").kind(ChangeKind.BASELINE_AND_METHODS)
        .planned(true).description("改用2022年电网排放因子").changedOn(d("2026-01-15")).build());
    ManagementSystem s = system().withChanges(changes);
    ManagementReviewPack pack = ManagementReviewPack.assemble(s, SystemFixtures.ON);
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
