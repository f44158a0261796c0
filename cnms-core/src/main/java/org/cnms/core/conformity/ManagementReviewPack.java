package org.cnms.core.conformity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.Revisable;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.ghg.Co2e;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.ImprovementAction;
import org.cnms.core.improvement.ImprovementStatus;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.support.Resource;
import org.cnms.core.support.Suggestion;
import org.cnms.core.system.ManagementSystem;
import org.immutables.value.Value;

/**
 * The pack of inputs for a management review (管理评审, T/CAS 612 clause 9.4.2 a), b) 1)–5),
 * c) 1)–5), d)–f)), assembled from the records of a management system as of a date: a) the status
 * of past actions — action plans (措施计划), improvement actions and the actions the previous review
 * decided; b) the changes recorded since the previous review, each under the item its kind belongs
 * to; c) 1) the latest inventory against the baseline and the indicator values compared with the
 * baseline; c) 2) the phased targets due; c) 3) the open nonconformities and the corrective
 * actions; c) 4) the latest compliance evaluation of each obligation; c) 5) the audits since the
 * previous review; d) the resources; e) external communication and suggestions since the previous
 * review; f) the ranked improvement opportunities of the latest GHG review and the proposed
 * improvement actions. Percentages are rounded half-up to one decimal place for presentation.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableManagementReviewPack.class)
public abstract class ManagementReviewPack implements WithManagementReviewPack {

  /** The id of the organisation. */
  public abstract String organisationId();

  /** The date the pack is assembled as of. */
  public abstract LocalDate asOf();

  /** The id of the previous management review, if there was one. */
  public abstract Optional<String> previousReviewId();

  /** The items, grouped by input in the order of {@link ReviewInput}. */
  public abstract List<ReviewPackItem> items();

  /** The items for one input, in order. */
  public List<ReviewPackItem> itemsFor(ReviewInput input) {
    return items().stream().filter(i -> i.input() == input).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ManagementReviewPack}; {@code organisationId} and {@code asOf} required. */
  public static final class Builder extends ImmutableManagementReviewPack.Builder {}

  /**
   * The pack of {@code system} as of {@code asOf}. The previous review is the latest held on or
   * before {@code asOf}; "since the previous review" means after the day it was held (all records,
   * if there was none). Time linear in the size of the system.
   *
   * @param system the management system, not null
   * @param asOf the date, not null
   * @return the pack
   */
  public static ManagementReviewPack assemble(ManagementSystem system, LocalDate asOf) {
    Optional<ManagementReview> previous = system.managementReviews().stream()
        .filter(r -> !r.heldOn().isAfter(asOf)).max(Comparator.comparing(ManagementReview::heldOn));
    LocalDate since = previous.map(ManagementReview::heldOn).orElse(LocalDate.MIN);
    List<ReviewPackItem> items = new ArrayList<>();
    pastActions(system, asOf, previous, items);
    changes(system, since, asOf, items);
    performance(system, since, asOf, items);
    resources(system, items);
    feedback(system, since, asOf, items);
    opportunities(system, asOf, items);
    items.sort(Comparator.comparing(ReviewPackItem::input));
    return builder().organisationId(system.organisation().id()).asOf(asOf)
        .previousReviewId(previous.map(ManagementReview::id)).addAllItems(items).build();
  }

  private static void add(List<ReviewPackItem> items, ReviewInput input, String zh, String en,
      List<String> ids) {
    items.add(ReviewPackItem.of(input, zh, en, ids));
  }

  private static void pastActions(ManagementSystem s, LocalDate asOf,
      Optional<ManagementReview> previous, List<ReviewPackItem> items) {
    ReviewInput a = ReviewInput.STATUS_OF_PREVIOUS_ACTIONS;
    for (ActionPlan p : s.actionPlans()) {
      boolean overdue = p.dueDate().map(d -> d.isBefore(asOf)).orElse(false)
          && p.status() != ActionStatus.COMPLETED && p.status() != ActionStatus.CANCELLED;
      add(items, a, "措施计划 " + p.id() + "「" + p.title() + "」：" + p.status().labelZh()
              + p.dueDate().map(d -> "，计划完成 " + d).orElse("") + (overdue ? "（已逾期）" : ""),
          "Action plan " + p.id() + " \"" + p.title() + "\": " + p.status().labelEn()
              + p.dueDate().map(d -> ", due " + d).orElse("") + (overdue ? " (overdue)" : ""),
          List.of(p.id()));
    }
    for (ImprovementAction i : s.improvementActions()) {
      boolean overdue = i.dueDate().isBefore(asOf) && i.status() != ImprovementStatus.COMPLETED
          && i.status() != ImprovementStatus.CANCELLED;
      add(items, a, "改进措施 " + i.id() + "「" + i.description() + "」：" + i.status().labelZh()
              + "，计划完成 " + i.dueDate() + (overdue ? "（已逾期）" : ""),
          "Improvement action " + i.id() + " \"" + i.description() + "\": "
              + i.status().labelEn() + ", due " + i.dueDate() + (overdue ? " (overdue)" : ""),
          List.of(i.id()));
    }
    for (Nonconformity n : s.nonconformities()) {
      for (CorrectiveAction c : n.correctiveActions()) {
        String zh = c.completedOn().map(d -> "已于 " + d + " 完成")
            .orElse(c.dueDate().isBefore(asOf) ? "未完成，已逾期（应于 " + c.dueDate() + "）"
                : "未完成，应于 " + c.dueDate() + " 完成");
        String en = c.completedOn().map(d -> "completed on " + d)
            .orElse(c.dueDate().isBefore(asOf) ? "open, overdue since " + c.dueDate()
                : "open, due " + c.dueDate());
        add(items, ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS, "不符合 " + n.id() + " 的纠正措施 " + c.id() + "：" + zh,
            "Corrective action " + c.id() + " on nonconformity " + n.id() + ": " + en,
            List.of(n.id(), c.id()));
      }
    }
    previous.ifPresent(r -> {
      if (!r.decidedActionIds().isEmpty()) {
        add(items, a, "上次管理评审 " + r.id() + "（" + r.heldOn() + "）决定的措施："
                + String.join(", ", r.decidedActionIds()),
            "Actions decided by the previous management review " + r.id() + " (" + r.heldOn()
                + "): " + String.join(", ", r.decidedActionIds()), r.decidedActionIds());
      }
    });
  }

  private static void changes(ManagementSystem s, LocalDate since, LocalDate asOf,
      List<ReviewPackItem> items) {
    for (ChangeRecord c : s.changes()) {
      if (c.changedOn().isAfter(since) && !c.changedOn().isAfter(asOf)) {
        add(items, changeInput(c), c.changedOn() + " " + c.kind().map(k -> k.itemLabel(
                Locale.CHINESE) + "：").orElse("") + c.description() + c.verification().map(v ->
                    "（验证：" + (v.effective() ? "有效" : "无效") + "）").orElse("（尚未验证）"),
            c.changedOn() + " " + c.kind().map(k -> k.itemLabel(Locale.ENGLISH)
                + ": ").orElse("") + c.description() + c.verification().map(v -> " (verified "
                    + (v.effective() ? "effective" : "not effective") + ")")
                .orElse(" (not yet verified)"), List.of(c.id()));
      }
    }
  }

  /**
   * The input a change record belongs to: b) 3) for a change of major sources and sinks, b) 2)
   * for one of compliance or party requirements, b) 4) for one of risks and opportunities, else
   * b) 1) (an internal factor: facilities, processes, products, baseline and methods).
   */
  private static ReviewInput changeInput(ChangeRecord c) {
    if (c.kind().isEmpty()) {
      return ReviewInput.CHANGES_IN_FACTORS;
    }
    switch (c.kind().get()) {
      case MAJOR_SOURCES_AND_SINKS:
        return ReviewInput.CHANGES_IN_SOURCES_AND_SINKS;
      case COMPLIANCE_AND_PARTY_REQUIREMENTS:
        return ReviewInput.CHANGES_IN_INTERESTED_PARTY_NEEDS;
      case RISKS_AND_OPPORTUNITIES:
        return ReviewInput.CHANGES_IN_RISKS_AND_OPPORTUNITIES;
      default:
        return ReviewInput.CHANGES_IN_FACTORS;
    }
  }

  private static void performance(ManagementSystem s, LocalDate since, LocalDate asOf,
      List<ReviewPackItem> items) {
    ReviewInput c = ReviewInput.PERFORMANCE_AND_IMPROVEMENT;
    Optional<GhgInventory> latest = current(s.inventories()).stream()
        .filter(i -> !i.period().end().isAfter(asOf))
        .max(Comparator.comparing(GhgInventory::period));
    List<CarbonNeutralityTarget> targets = s.currentNeutralityTargets();
    List<Baseline> baselines = s.currentBaselines();
    if (latest.isPresent() && !baselines.isEmpty()) {
      GhgInventory inv = latest.get();
      Baseline b = targets.isEmpty() ? baselines.get(0) : s.find(targets.get(0).baselineId(),
          Baseline.class).orElse(baselines.get(0));
      Co2e now = inv.totalEmissions();
      add(items, c, "最新清单 " + inv.id() + "（" + inv.period() + "）排放总量 " + now + "，基准 "
              + b.id() + " 为 " + b.emissions() + "，变化 " + percent(now, b.emissions()) + "%",
          "Latest inventory " + inv.id() + " (" + inv.period() + "): total emissions " + now
              + " against " + b.emissions() + " in baseline " + b.id() + ", a change of "
              + percent(now, b.emissions()) + " %", List.of(inv.id(), b.id()));
      for (CarbonNeutralityTarget t : targets) {
        for (PhasedTarget p : t.phasedTargetsByYear()) {
          if (p.year() > asOf.getYear()) {
            continue;
          }
          Co2e actual = inv.emissionsOf(t.coveredCategories());
          Co2e base = b.emissionsOf(t.coveredCategories()).orElse(b.emissions());
          String attainmentZh;
          String attainmentEn;
          if (p.kind() == PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE) {
            BigDecimal reduction = percent(actual, base).negate();
            boolean met = reduction.compareTo(p.value().orElseThrow()) >= 0;
            attainmentZh = "覆盖类别较基准减排 " + reduction + "%，" + (met ? "已实现" : "未实现");
            attainmentEn = "covered categories " + reduction + " % below the baseline, "
                + (met ? "met" : "not met");
          } else if (p.kind() == PhasedTargetKind.ABSOLUTE_EMISSIONS_CAP) {
            boolean met = actual.tonnes().compareTo(p.value().orElseThrow()) <= 0;
            attainmentZh = "覆盖类别排放 " + actual + "，" + (met ? "已实现" : "未实现");
            attainmentEn = "covered categories emit " + actual + ", " + (met ? "met" : "not met");
          } else {
            attainmentZh = "需按绩效参数评价";
            attainmentEn = "to be judged on its indicator";
          }
          add(items, ReviewInput.TARGET_ATTAINMENT, "阶段性目标 " + p.id() + "（" + p.year() + "：" + p.description() + "）："
                  + attainmentZh, "Phased target " + p.id() + " (" + p.year() + ": "
                  + p.description() + "): " + attainmentEn, List.of(p.id(), inv.id()));
        }
      }
    }
    for (MonitoringResult m : s.monitoringResults()) {
      if (m.subject() == MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE
          && !m.measuredOn().isAfter(asOf)) {
        add(items, c, "绩效参数 " + m.indicatorId().orElse("") + "（" + m.period() + "）：预期 "
                + m.expected() + "，实际 " + m.actual(),
            "Indicator " + m.indicatorId().orElse("") + " (" + m.period() + "): expected "
                + m.expected() + ", actual " + m.actual(), List.of(m.id()));
      }
    }
    for (Nonconformity n : s.nonconformities()) {
      if (n.status() != NonconformityStatus.CLOSED && !n.reportedOn().isAfter(asOf)) {
        add(items, ReviewInput.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS, "未关闭的不符合 " + n.id() + "（" + n.severity().labelZh() + "，"
                + n.status().labelZh() + "）：" + n.description(),
            "Open nonconformity " + n.id() + " (" + n.severity().labelEn() + ", "
                + n.status().labelEn() + "): " + n.description(), List.of(n.id()));
      }
    }
    Map<String, ComplianceEvaluation> latestEvaluation = new HashMap<>();
    for (ComplianceEvaluation e : s.complianceEvaluations()) {
      if (!e.evaluatedOn().isAfter(asOf)) {
        latestEvaluation.merge(e.obligationId(), e,
            (x, y) -> y.evaluatedOn().isAfter(x.evaluatedOn()) ? y : x);
      }
    }
    s.complianceObligations().forEach(o -> {
      ComplianceEvaluation e = latestEvaluation.get(o.id());
      add(items, ReviewInput.COMPLIANCE_EVALUATION_RESULTS, "合规义务 " + o.id() + "「" + o.title() + "」：" + (e == null ? "尚未评价"
              : e.result().labelZh() + "（" + e.evaluatedOn() + "）"),
          "Compliance obligation " + o.id() + " \"" + o.title() + "\": " + (e == null
              ? "not yet evaluated" : e.result().labelEn() + " (" + e.evaluatedOn() + ")"),
          e == null ? List.of(o.id()) : List.of(o.id(), e.id()));
    });
    for (Audit au : s.audits()) {
      if (au.conductedOn().isAfter(since) && !au.conductedOn().isAfter(asOf)) {
        long ncs = au.findings().stream().filter(f -> f.kind().isNonconformity()).count();
        List<String> ids = new ArrayList<>(List.of(au.id()));
        au.findings().forEach((AuditFinding f) -> ids.add(f.id()));
        add(items, ReviewInput.AUDIT_RESULTS, "内部审核 " + au.id() + "（" + au.conductedOn() + "）：发现 "
                + au.findings().size() + " 项，其中不符合 " + ncs + " 项",
            "Internal audit " + au.id() + " (" + au.conductedOn() + "): " + au.findings().size()
                + " findings, " + ncs + " of them nonconformities", ids);
      }
    }
  }

  private static void resources(ManagementSystem s, List<ReviewPackItem> items) {
    for (Resource r : s.resources()) {
      add(items, ReviewInput.ADEQUACY_OF_RESOURCES, r.kind().map(k -> k.labelZh() + "：").orElse("")
              + r.description()
              + r.budget().map(b -> "（预算 " + b + "）").orElse(""),
          r.kind().map(k -> k.labelEn() + ": ").orElse("")
              + r.description() + r.budget().map(b -> " (budget " + b
              + ")").orElse(""), List.of(r.id()));
    }
  }

  private static void feedback(ManagementSystem s, LocalDate since, LocalDate asOf,
      List<ReviewPackItem> items) {
    ReviewInput e = ReviewInput.INTERESTED_PARTY_FEEDBACK;
    for (Communication c : s.communications()) {
      if (c.direction() == CommunicationDirection.EXTERNAL && c.date().isAfter(since)
          && !c.date().isAfter(asOf)) {
        add(items, e, c.date() + " 与 " + c.audience() + c.topic().map(t -> "（" + t.labelZh() + "）")
                .orElse("") + "：" + c.summary(), c.date() + " with " + c.audience()
                + c.topic().map(t -> " (" + t.labelEn() + ")").orElse("") + ": " + c.summary(), List.of(c.id()));
      }
    }
    for (Suggestion g : s.suggestions()) {
      if (g.receivedOn().isAfter(since) && !g.receivedOn().isAfter(asOf)) {
        add(items, e, g.receivedOn() + " 员工建议：" + g.text() + (g.answered() ? "（已答复）"
                : "（未答复）"), g.receivedOn() + " suggestion: " + g.text() + (g.answered()
                ? " (answered)" : " (unanswered)"), List.of(g.id()));
      }
    }
  }

  private static void opportunities(ManagementSystem s, LocalDate asOf,
      List<ReviewPackItem> items) {
    ReviewInput f = ReviewInput.OPPORTUNITIES_FOR_IMPROVEMENT;
    s.ghgReviews().stream().filter(r -> !r.reviewedOn().isAfter(asOf))
        .max(Comparator.comparing(GhgReview::reviewedOn)).ifPresent(r -> {
          for (ImprovementOpportunity o : r.opportunitiesByRank()) {
            add(items, f, "第 " + o.rank() + " 位改进机会（" + r.id() + "）：" + o.description()
                    + o.expectedReduction().map(x -> "，预计减排 " + x).orElse(""),
                "Opportunity ranked " + o.rank() + " (" + r.id() + "): " + o.description()
                    + o.expectedReduction().map(x -> ", expected reduction " + x).orElse(""),
                List.of(r.id(), o.id()));
          }
        });
    for (ImprovementAction i : s.improvementActions()) {
      if (i.status() == ImprovementStatus.PROPOSED) {
        add(items, f, "已提出的改进措施 " + i.id() + "：" + i.description(),
            "Proposed improvement action " + i.id() + ": " + i.description(), List.of(i.id()));
      }
    }
  }

  /** (a − b) / b in percent, rounded half-up to one decimal place; zero if b is zero. */
  private static BigDecimal percent(Co2e a, Co2e b) {
    if (b.isZero()) {
      return BigDecimal.ZERO;
    }
    return a.minus(b).tonnes().multiply(BigDecimal.valueOf(100))
        .divide(b.tonnes(), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
  }

  private static <T extends Revisable> List<T> current(List<T> versions) {
    Set<String> superseded = new HashSet<>();
    versions.forEach(v -> v.supersedes().ifPresent(superseded::add));
    return versions.stream().filter(v -> !superseded.contains(v.id())).toList();
  }

  /** The pack as Markdown: one section per input of {@link ReviewInput}, in the language of {@code locale}. */
  public String toMarkdown(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder();
    b.append("# ").append(zh ? "管理评审输入" : "Management review inputs").append("\n\n");
    b.append(zh ? "- 组织：" : "- Organisation: ").append(organisationId()).append('\n');
    b.append(zh ? "- 截至：" : "- As of: ").append(asOf()).append('\n');
    b.append(zh ? "- 上次管理评审：" : "- Previous review: ")
        .append(previousReviewId().orElse(zh ? "无" : "none")).append("\n");
    for (ReviewInput input : ReviewInput.values()) {
      b.append("\n## ").append(input.itemLabel(locale))
          .append("\n\n");
      List<ReviewPackItem> mine = itemsFor(input);
      if (mine.isEmpty()) {
        b.append(zh ? "- （无记录）\n" : "- (nothing recorded)\n");
      }
      for (ReviewPackItem i : mine) {
        b.append("- ").append(zh ? i.textZh() : i.textEn());
        if (!i.recordIds().isEmpty()) {
          b.append(" `").append(String.join("`, `", i.recordIds())).append('`');
        }
        b.append('\n');
      }
    }
    return b.toString();
  }
}
