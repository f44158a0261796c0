// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionPlanItem;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.GhgTargetKind;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clauses 6.1, 6.6 and 6.8, planning. */
public final class PlanningRules {

  private PlanningRules() {}

  /** The rules of clauses 6.1, 6.6 and 6.8, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new RisksToAddressRule(), new RiskActionsRule(), new TargetsRule(),
        new PhasesBeforeVisionRule(), new GhgTargetsRule(), new BreakdownRule(),
        new ActionPlansRule(), new DataQualityRule());
  }

  /** The phased targets of the current carbon-neutrality targets, by id. */
  static Map<String, PhasedTarget> currentPhasedTargets(ManagementSystem s) {
    Map<String, PhasedTarget> out = new java.util.LinkedHashMap<>();
    for (CarbonNeutralityTarget t : s.currentNeutralityTargets()) {
      t.phasedTargets().forEach(p -> out.put(p.id(), p));
    }
    return out;
  }

  /** The GHG objectives and targets that derive from a current carbon-neutrality target. */
  static List<GhgTarget> currentGhgTargets(ManagementSystem s) {
    Map<String, PhasedTarget> phased = currentPhasedTargets(s);
    return s.ghgTargets().stream().filter(g -> phased.containsKey(g.phasedTargetId())).toList();
  }

  private static List<String> citations(List<ActionPlanItem> items) {
    return items.stream().map(ActionPlanItem::citation).toList();
  }

  /**
   * 6.1.1: the risks and opportunities are determined with regard to the factors of 4.1 and the
   * needs of 4.2 (—1), and each one determined to need addressing states which of the ends a)–e)
   * addressing it serves (—5). A rating is not asked for.
   */
  static final class RisksToAddressRule extends AbstractConformityRule {
    RisksToAddressRule() {
      super("core.6.1.1.risks-to-address", "6.1.1", CoreTexts.TEXT,
          List.of("—1", "—5", "a)", "b)", "c)", "d)", "e)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<RiskOrOpportunity> risks = context.system().risks();
      String id = id();
      if (risks.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
            .withItems(List.of("—5")));
      }
      List<String> all = risks.stream().map(RiskOrOpportunity::id).toList();
      List<Finding> problems = new ArrayList<>();
      if (risks.stream().noneMatch(RiskOrOpportunity::hasContextLink)) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".unlinked", all, join(all))
            .withItems(List.of("—1")));
      }
      for (RiskOrOpportunity r : risks) {
        if (r.toBeAddressed() && r.purposes().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-purpose",
              List.of(r.id()), r.id(), r.description()).withItems(List.of("—5")));
        }
      }
      List<String> addressed = risks.stream().filter(RiskOrOpportunity::toBeAddressed)
          .map(RiskOrOpportunity::id).toList();
      return problemsOr(problems, conforms(id + ".conforms", all, String.valueOf(all.size()),
          String.valueOf(risks.stream().filter(RiskOrOpportunity::hasContextLink).count()),
          String.valueOf(addressed.size())));
    }
  }

  /**
   * 6.1.2 a)–c): every risk or opportunity determined to need addressing has actions; each action
   * is built into a CNMS process and has a planned evaluation of its effectiveness, done once the
   * action is due.
   */
  static final class RiskActionsRule extends AbstractConformityRule {
    RiskActionsRule() {
      super("core.6.1.2.actions-for-risks", "6.1.2", CoreTexts.TEXT, List.of("a)", "b)", "c)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      LocalDate today = context.assessmentDate();
      String id = id();
      Set<String> withAction = new HashSet<>();
      s.riskActions().forEach(a -> withAction.addAll(a.riskOrOpportunityIds()));
      List<Finding> problems = new ArrayList<>();
      List<String> addressed = new ArrayList<>();
      for (RiskOrOpportunity r : s.risks()) {
        if (!r.toBeAddressed()) {
          continue;
        }
        addressed.add(r.id());
        if (!withAction.contains(r.id())) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".no-action", List.of(r.id()),
              r.id(), r.description()).withItems(List.of("a)")));
        }
      }
      for (RiskAction a : s.riskActions()) {
        List<String> refs = new ArrayList<>(a.riskOrOpportunityIds());
        refs.add(0, a.id());
        if (a.process().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-process", refs, a.id(),
              a.description()).withItems(List.of("b)")));
        }
        if (a.evaluationMethod().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-evaluation-method", refs,
              a.id(), a.description()).withItems(List.of("c)")));
        } else if (a.effectivenessEvaluation().isEmpty() && a.dueDate().isBefore(today)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".not-evaluated", refs,
              a.id(), a.dueDate().toString(), today.toString()).withItems(List.of("c)")));
        }
      }
      return problemsOr(problems, conforms(id + ".conforms", addressed,
          String.valueOf(addressed.size()), String.valueOf(s.riskActions().size())));
    }
  }

  /**
   * 6.6.1: phased and vision targets (—1) with the vision year (a)), the year of each phased
   * target (b)), the emission categories covered (c)) and the means of reaching carbon
   * neutrality (d)), communicated (—6).
   */
  static final class TargetsRule extends AbstractConformityRule {
    TargetsRule() {
      super("core.6.6.1.vision-and-phases", "6.6.1", CoreTexts.TEXT,
          List.of("—1", "a)", "b)", "c)", "d)", "—6"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityTarget> current = context.system().currentNeutralityTargets();
      String id = id();
      if (current.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
            .withItems(List.of("—1")));
      }
      List<Finding> problems = new ArrayList<>();
      List<String> okZh = new ArrayList<>();
      List<String> okEn = new ArrayList<>();
      for (CarbonNeutralityTarget t : current) {
        List<String> ref = List.of(t.id());
        String vision = String.valueOf(t.visionYear());
        if (t.phasedTargets().isEmpty()) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".no-phased", ref, t.id(),
              vision).withItems(List.of("—1", "b)")));
        }
        if (t.coveredCategories().isEmpty()) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".no-categories", ref, t.id())
              .withItems(List.of("c)")));
        }
        if (t.means().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-means", ref, t.id())
              .withItems(List.of("d)")));
        }
        if (t.communicatedOn().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".not-communicated", ref,
              t.id()).withItems(List.of("—6")));
        }
        String years = join(t.phasedTargetsByYear().stream()
            .map(p -> String.valueOf(p.year())).toList());
        String categories = String.valueOf(t.coveredCategories().size());
        String means = String.valueOf(t.means().size());
        okZh.add(CoreTexts.TEXT.format(id + ".target", Locale.CHINESE, t.id(), vision, years,
            categories, means));
        okEn.add(CoreTexts.TEXT.format(id + ".target", Locale.ENGLISH, t.id(), vision, years,
            categories, means));
      }
      return problemsOr(problems, conforms(String.join("；", okZh), String.join("; ", okEn),
          current.stream().map(CarbonNeutralityTarget::id).toList()));
    }
  }

  /**
   * 6.6.1, beyond T/CAS 612: every phased target falls before the vision year. The standard asks
   * for the year of each phased target, not for their order.
   */
  static final class PhasesBeforeVisionRule extends AbstractConformityRule {
    PhasesBeforeVisionRule() {
      super("core.6.6.1.beyond.phases-before-vision", "6.6.1", CoreTexts.TEXT, true);
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityTarget> current = context.system().currentNeutralityTargets();
      List<Finding> problems = new ArrayList<>();
      for (CarbonNeutralityTarget t : current) {
        for (PhasedTarget p : t.phasedTargetsByYear()) {
          if (p.year() >= t.visionYear()) {
            problems.add(finding(Verdict.OBSERVATION, id() + ".late", List.of(t.id(), p.id()),
                p.id(), String.valueOf(p.year()), String.valueOf(t.visionYear()))
                .withItems(List.of("b)")));
          }
        }
      }
      return problemsOr(problems, conforms(id() + ".conforms",
          current.stream().map(CarbonNeutralityTarget::id).toList()));
    }
  }

  /**
   * 6.6.2: GHG objectives and targets derived from the carbon neutrality targets, at their
   * levels, with emission targets among them and, where the organisation has GHG sinks, removal
   * targets (—1), communicated (—2).
   */
  static final class GhgTargetsRule extends AbstractConformityRule {
    GhgTargetsRule() {
      super("core.6.6.2.ghg-targets", "6.6.2", CoreTexts.TEXT, List.of("—1", "—2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<GhgTarget> targets = currentGhgTargets(context.system());
      String id = id();
      if (targets.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
            .withItems(List.of("—1")));
      }
      List<String> ids = targets.stream().map(GhgTarget::id).toList();
      List<Finding> problems = new ArrayList<>();
      if (targets.stream().noneMatch(g -> g.kind() == GhgTargetKind.EMISSION)) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-emission-target", ids,
            join(ids)).withItems(List.of("—1")));
      }
      ManagementSystem s = context.system();
      if (!s.sinks().isEmpty()
          && targets.stream().noneMatch(g -> g.kind() == GhgTargetKind.REMOVAL)) {
        List<String> refs = new ArrayList<>(ids);
        s.sinks().forEach(k -> refs.add(k.id()));
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-removal-target", refs,
            join(ids), join(s.sinks().stream().map(k -> k.id()).toList()))
            .withItems(List.of("—1")));
      }
      for (GhgTarget g : targets) {
        if (g.communicatedOn().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".not-communicated",
              List.of(g.id()), g.id()).withItems(List.of("—2")));
        }
      }
      Set<String> levels = new LinkedHashSet<>();
      targets.forEach(g -> levels.add(g.level().name()));
      return problemsOr(problems, conforms(id + ".conforms", ids, join(ids),
          String.valueOf(levels.size())));
    }
  }

  /**
   * 6.6.2, beyond T/CAS 612: every phased target is broken down into at least one GHG target. The
   * standard asks for GHG objectives and targets at each level, not one per phased target.
   */
  static final class BreakdownRule extends AbstractConformityRule {
    BreakdownRule() {
      super("core.6.6.2.beyond.phases-broken-down", "6.6.2", CoreTexts.TEXT, true);
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Map<String, PhasedTarget> phased = currentPhasedTargets(s);
      Set<String> brokenDown = new HashSet<>();
      s.ghgTargets().forEach(g -> brokenDown.add(g.phasedTargetId()));
      List<Finding> problems = new ArrayList<>();
      for (PhasedTarget p : phased.values()) {
        if (!brokenDown.contains(p.id())) {
          problems.add(finding(Verdict.OBSERVATION, id() + ".not-broken-down",
              List.of(p.id()), p.id(), String.valueOf(p.year()), p.description()));
        }
      }
      List<String> ids = List.copyOf(phased.keySet());
      return problemsOr(problems, conforms(id() + ".conforms", ids, join(ids)));
    }
  }

  /**
   * 6.6.3 a)–e): every GHG objective or target is served by a planned action that states what
   * will be done, the resources, who is responsible, the schedule and how and when the results
   * are verified. The kind of action (注 2) and an expected reduction are not asked for.
   */
  static final class ActionPlansRule extends AbstractConformityRule {
    ActionPlansRule() {
      super("core.6.6.3.plans-for-targets", "6.6.3", CoreTexts.TEXT,
          List.of("a)", "b)", "c)", "d)", "e)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<GhgTarget> targets = currentGhgTargets(s);
      String id = id();
      if (targets.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".no-targets", List.of())
            .withItems(List.of("a)")));
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
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-plan", List.of(g.id()),
              g.id()).withItems(List.of("a)")));
        }
        for (ActionPlan p : mine) {
          List<ActionPlanItem> missing = p.missingItems();
          if (!missing.isEmpty() && incomplete.add(p.id())) {
            Finding f = finding(Verdict.MINOR_NONCONFORMITY, id + ".incomplete",
                List.of(p.id(), g.id()),
                locale -> new Object[] {p.id(), p.title(), itemLabels(locale, missing)});
            problems.add(f.withItems(citations(missing)));
          }
        }
      }
      List<String> ids = targets.stream().map(GhgTarget::id).toList();
      return problemsOr(problems, conforms(id + ".conforms", ids, join(ids)));
    }
  }

  /**
   * 6.8: a data quality control plan (—2) covering the data of 6.3 to 6.7 (—1): the activity data
   * of every source and sink of the latest inventory, and the denominator of every intensity
   * indicator of 6.4, each item with its form (collection method) and frequency; the plan is
   * revised after every recorded change of sources and sinks (—3).
   */
  static final class DataQualityRule extends AbstractConformityRule {
    DataQualityRule() {
      super("core.6.8.data-quality-plan", "6.8", CoreTexts.TEXT, List.of("—1", "—2", "—3"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      String id = id();
      List<DataQualityPlan> plans = Records.current(s.dataQualityPlans());
      if (plans.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id + ".none", List.of())
            .withItems(List.of("—2")));
      }
      Set<String> covered = new HashSet<>();
      Set<String> coveredIndicators = new HashSet<>();
      for (DataQualityPlan p : plans) {
        for (DataQualityItem i : p.items()) {
          covered.addAll(i.sourceIds());
          coveredIndicators.addAll(i.indicatorIds());
        }
      }
      List<String> planIds = plans.stream().map(DataQualityPlan::id).toList();
      List<Finding> problems = new ArrayList<>();
      Optional<GhgInventory> latest = Records.latestInventory(s);
      Set<String> used = new LinkedHashSet<>();
      if (latest.isPresent()) {
        GhgInventory inv = latest.get();
        for (InventoryLine l : inv.lines()) {
          used.add(l.sourceId());
        }
        List<String> uncovered = used.stream().filter(i -> !covered.contains(i)).toList();
        if (!uncovered.isEmpty()) {
          List<String> refs = new ArrayList<>(uncovered);
          refs.add(0, inv.id());
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".sources-uncovered", refs,
              join(uncovered), inv.id(), inv.period().toString(), join(planIds))
              .withItems(List.of("—1", "—2")));
        }
      }
      List<String> intensities = s.indicators().stream()
          .filter(i -> i.denominator().isPresent()).map(PerformanceIndicator::id).toList();
      List<String> uncoveredIndicators = intensities.stream()
          .filter(i -> !coveredIndicators.contains(i)).toList();
      if (!uncoveredIndicators.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".denominators-uncovered",
            uncoveredIndicators, join(uncoveredIndicators), join(planIds))
            .withItems(List.of("—1", "—2")));
      }
      LocalDate prepared = plans.stream().map(DataQualityPlan::preparedOn)
          .max(LocalDate::compareTo).orElseThrow();
      for (ChangeRecord c : s.changes()) {
        if (c.kind().equals(Optional.of(ChangeKind.MAJOR_SOURCES_AND_SINKS)) && prepared.isBefore(c.changedOn())
            && !c.changedOn().isAfter(context.assessmentDate())) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".not-revised",
              List.of(c.id(), planIds.get(0)), c.id(), c.changedOn().toString(),
              c.description(), join(planIds), prepared.toString()).withItems(List.of("—3")));
        }
      }
      List<String> refs = new ArrayList<>(planIds);
      latest.ifPresent(inv -> refs.add(inv.id()));
      return problemsOr(problems, conforms(id + ".conforms", refs, join(planIds),
          String.valueOf(used.size()), String.valueOf(intensities.size())));
    }
  }
}
