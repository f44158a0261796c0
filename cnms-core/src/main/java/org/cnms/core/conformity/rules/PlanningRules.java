package org.cnms.core.conformity.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskKind;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.planning.RiskRating;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clauses 6.1, 6.6 and 6.8, planning. */
public final class PlanningRules {

  private PlanningRules() {}

  /** The rules of clauses 6.1, 6.6 and 6.8, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new RisksLinkedRule(), new HighRisksRule(), new TargetsRule(),
        new BreakdownRule(), new ActionPlansRule(), new DataQualityRule());
  }

  /** The phased targets of the current carbon-neutrality targets, by id. */
  static Map<String, PhasedTarget> currentPhasedTargets(ManagementSystem s) {
    Map<String, PhasedTarget> out = new java.util.LinkedHashMap<>();
    for (CarbonNeutralityTarget t : s.currentNeutralityTargets()) {
      t.phasedTargets().forEach(p -> out.put(p.id(), p));
    }
    return out;
  }

  /** 6.1.1: at least one risk or opportunity is linked to a context issue or interested party. */
  static final class RisksLinkedRule extends AbstractConformityRule {
    RisksLinkedRule() {
      super("core.6.1.1.risks-from-context", "6.1.1");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<RiskOrOpportunity> risks = context.system().risks();
      if (risks.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未确定任何风险和机遇",
            "No risk or opportunity is determined", List.of()));
      }
      List<String> linked = risks.stream().filter(RiskOrOpportunity::hasContextLink)
          .map(RiskOrOpportunity::id).toList();
      List<String> all = risks.stream().map(RiskOrOpportunity::id).toList();
      if (linked.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY,
            "风险和机遇（" + join(all) + "）均未关联内外部问题或相关方",
            "None of the risks and opportunities (" + join(all)
                + ") is linked to a context issue or an interested party", all));
      }
      return List.of(conforms(
          "风险和机遇 " + all.size() + " 项，其中 " + linked.size() + " 项关联内外部问题或相关方（"
              + join(linked) + "）",
          all.size() + " risks and opportunities are determined, " + linked.size()
              + " of them linked to context issues or interested parties (" + join(linked) + ")",
          linked));
    }
  }

  /** 6.1.2: every high-rated risk has an action with a method to evaluate its effectiveness. */
  static final class HighRisksRule extends AbstractConformityRule {
    HighRisksRule() {
      super("core.6.1.2.high-risks-have-actions", "6.1.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Map<String, List<RiskAction>> actions = new HashMap<>();
      for (RiskAction a : s.riskActions()) {
        a.riskOrOpportunityIds().forEach(r ->
            actions.computeIfAbsent(r, k -> new ArrayList<>()).add(a));
      }
      List<Finding> problems = new ArrayList<>();
      List<String> high = new ArrayList<>();
      for (RiskOrOpportunity r : s.risks()) {
        if (r.kind() != RiskKind.RISK || r.rating() != RiskRating.HIGH) {
          continue;
        }
        high.add(r.id());
        List<RiskAction> mine = actions.getOrDefault(r.id(), List.of());
        if (mine.isEmpty()) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
              "高风险 " + r.id() + "（" + r.description() + "）没有应对措施",
              "High-rated risk " + r.id() + " (" + r.description() + ") has no action",
              List.of(r.id())));
        } else if (mine.stream().allMatch(a -> a.evaluationMethod().isEmpty())) {
          List<String> ids = mine.stream().map(RiskAction::id).toList();
          List<String> refs = new ArrayList<>(ids);
          refs.add(0, r.id());
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "高风险 " + r.id() + " 的应对措施（" + join(ids) + "）未规定有效性评价方法",
              "The actions on high-rated risk " + r.id() + " (" + join(ids)
                  + ") state no method to evaluate their effectiveness", refs));
        }
      }
      return problemsOr(problems, conforms(
          high.isEmpty() ? "无高风险；已记录应对措施 " + s.riskActions().size() + " 项"
              : "高风险 " + join(high) + " 均有规定了有效性评价方法的应对措施",
          high.isEmpty() ? "No risk is rated high; " + s.riskActions().size()
              + " actions are recorded"
              : "Every high-rated risk (" + join(high) + ") has an action with a method to"
                  + " evaluate its effectiveness", high));
    }
  }

  /** 6.6.1: phased and vision targets with years, covered categories and means. */
  static final class TargetsRule extends AbstractConformityRule {
    TargetsRule() {
      super("core.6.6.1.vision-and-phases", "6.6.1");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityTarget> current = context.system().currentNeutralityTargets();
      if (current.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未设定碳中和目标",
            "No carbon-neutrality target is set", List.of()));
      }
      List<Finding> problems = new ArrayList<>();
      List<String> ok = new ArrayList<>();
      List<String> okEn = new ArrayList<>();
      for (CarbonNeutralityTarget t : current) {
        List<String> ref = List.of(t.id());
        if (t.phasedTargets().isEmpty()) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
              "碳中和目标 " + t.id() + " 只有愿景目标（" + t.visionYear() + " 年），没有阶段性目标",
              "Carbon-neutrality target " + t.id() + " has a vision year (" + t.visionYear()
                  + ") but no phased target", ref));
        }
        for (PhasedTarget p : t.phasedTargets()) {
          if (p.year() >= t.visionYear()) {
            problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
                "阶段性目标 " + p.id() + " 的年份 " + p.year() + " 不早于愿景年份 " + t.visionYear(),
                "Phased target " + p.id() + " is set for " + p.year()
                    + ", not before the vision year " + t.visionYear(), List.of(t.id(), p.id())));
          }
        }
        if (t.coveredCategories().isEmpty()) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
              "碳中和目标 " + t.id() + " 未规定覆盖的排放类别",
              "Carbon-neutrality target " + t.id() + " covers no emission category", ref));
        }
        if (t.means().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "碳中和目标 " + t.id() + " 未说明实现碳中和的方式",
              "Carbon-neutrality target " + t.id() + " names no means of reaching neutrality",
              ref));
        }
        List<String> years = t.phasedTargetsByYear().stream()
            .map(p -> String.valueOf(p.year())).toList();
        ok.add(t.id() + "：愿景年份 " + t.visionYear() + "，阶段性目标年份 " + join(years)
            + "，覆盖类别 " + t.coveredCategories().size() + " 个，实现方式 " + t.means().size()
            + " 种");
        okEn.add(t.id() + ": vision year " + t.visionYear() + ", phased years " + join(years)
            + ", " + t.coveredCategories().size() + " categories covered, " + t.means().size()
            + " means");
      }
      return problemsOr(problems, conforms(String.join("；", ok), String.join("; ", okEn),
          current.stream().map(CarbonNeutralityTarget::id).toList()));
    }
  }

  /** 6.6.2: every phased target is broken down into at least one GHG target. */
  static final class BreakdownRule extends AbstractConformityRule {
    BreakdownRule() {
      super("core.6.6.2.phases-broken-down", "6.6.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Map<String, PhasedTarget> phased = currentPhasedTargets(s);
      if (phased.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
            "没有阶段性目标，因而没有可分解的温室气体目标",
            "There is no phased target to break down into GHG targets", List.of()));
      }
      Set<String> brokenDown = new HashSet<>();
      s.ghgTargets().forEach(g -> brokenDown.add(g.phasedTargetId()));
      List<Finding> problems = new ArrayList<>();
      for (PhasedTarget p : phased.values()) {
        if (!brokenDown.contains(p.id())) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "阶段性目标 " + p.id() + "（" + p.year() + " 年：" + p.description()
                  + "）未分解为任何温室气体目标",
              "Phased target " + p.id() + " (" + p.year() + ": " + p.description()
                  + ") is broken down into no GHG target", List.of(p.id())));
        }
      }
      List<String> ids = List.copyOf(phased.keySet());
      return problemsOr(problems, conforms(
          "阶段性目标 " + join(ids) + " 均已分解为温室气体目标（共 " + s.ghgTargets().size() + " 项）",
          "Every phased target (" + join(ids) + ") is broken down into GHG targets ("
              + s.ghgTargets().size() + " in all)", ids));
    }
  }

  /** 6.6.3: every GHG target has an action plan that states all five items. */
  static final class ActionPlansRule extends AbstractConformityRule {
    ActionPlansRule() {
      super("core.6.6.3.plans-for-targets", "6.6.3");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Map<String, PhasedTarget> phased = currentPhasedTargets(s);
      List<GhgTarget> targets = s.ghgTargets().stream()
          .filter(g -> phased.containsKey(g.phasedTargetId())).toList();
      if (targets.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
            "没有温室气体目标，因而没有为其制定的行动计划",
            "There is no GHG target, so no action plan serves one", List.of()));
      }
      Map<String, List<ActionPlan>> plans = new HashMap<>();
      for (ActionPlan p : s.actionPlans()) {
        if (p.status() != ActionStatus.CANCELLED) {
          p.ghgTargetIds().forEach(g -> plans.computeIfAbsent(g, k -> new ArrayList<>()).add(p));
        }
      }
      List<Finding> problems = new ArrayList<>();
      Set<String> incomplete = new LinkedHashSet<>();
      for (GhgTarget g : targets) {
        List<ActionPlan> mine = plans.getOrDefault(g.id(), List.of());
        if (mine.isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "温室气体目标 " + g.id() + " 没有行动计划",
              "GHG target " + g.id() + " has no action plan", List.of(g.id())));
        }
        for (ActionPlan p : mine) {
          if (!p.hasAllFiveItems() && incomplete.add(p.id())) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY,
                "行动计划 " + p.id() + "（" + p.title() + "）缺少：" + join(p.missingItems()),
                "Action plan " + p.id() + " (" + p.title() + ") lacks " + join(p.missingItems()),
                List.of(p.id(), g.id())));
          }
        }
      }
      List<String> ids = targets.stream().map(GhgTarget::id).toList();
      return problemsOr(problems, conforms(
          "温室气体目标 " + join(ids) + " 均有内容、资源、责任人、完成时间和验证方法齐全的行动计划",
          "Every GHG target (" + join(ids) + ") has an action plan stating what, resources, who,"
              + " when and how results are verified", ids));
    }
  }

  /** 6.8: the data-quality plan covers every source and sink of the latest inventory. */
  static final class DataQualityRule extends AbstractConformityRule {
    DataQualityRule() {
      super("core.6.8.plan-covers-inventory", "6.8");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<DataQualityPlan> plans = Records.current(s.dataQualityPlans());
      if (plans.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未制定数据质量控制计划",
            "No data-quality control plan is kept", List.of()));
      }
      Set<String> covered = new HashSet<>();
      for (DataQualityPlan p : plans) {
        for (DataQualityItem i : p.items()) {
          covered.addAll(i.sourceIds());
        }
      }
      List<String> planIds = plans.stream().map(DataQualityPlan::id).toList();
      Optional<GhgInventory> latest = Records.latestInventory(s);
      if (latest.isEmpty()) {
        return List.of(conforms("已制定数据质量控制计划 " + join(planIds) + "；尚无温室气体清单",
            "Data-quality plan " + join(planIds) + " is kept; there is no GHG inventory yet",
            planIds));
      }
      GhgInventory inv = latest.get();
      Set<String> used = new LinkedHashSet<>();
      for (InventoryLine l : inv.lines()) {
        used.add(l.sourceId());
      }
      List<String> uncovered = used.stream().filter(id -> !covered.contains(id)).toList();
      if (!uncovered.isEmpty()) {
        List<String> refs = new ArrayList<>(uncovered);
        refs.add(0, inv.id());
        return List.of(finding(Verdict.MINOR_NONCONFORMITY,
            "清单 " + inv.id() + "（" + inv.period() + "）中源或汇 " + join(uncovered)
                + " 的活动数据不在数据质量控制计划 " + join(planIds) + " 覆盖范围内",
            "The activity data of sources or sinks " + join(uncovered) + " in inventory "
                + inv.id() + " (" + inv.period() + ") are not covered by data-quality plan "
                + join(planIds), refs));
      }
      List<String> refs = new ArrayList<>(planIds);
      refs.add(inv.id());
      return List.of(conforms(
          "数据质量控制计划 " + join(planIds) + " 覆盖清单 " + inv.id() + " 的全部 " + used.size()
              + " 个源和汇",
          "Data-quality plan " + join(planIds) + " covers all " + used.size()
              + " sources and sinks of inventory " + inv.id(), refs));
    }
  }
}
