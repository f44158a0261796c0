// SPDX-License-Identifier: Apache-2.0
package org.cnms.assets.conformity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cnms.assets.i18n.AssetTexts;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.NeutralityMeans;
import org.cnms.core.planning.CarbonAssetItem;
import org.cnms.core.planning.CarbonAssetPlan;
import org.cnms.core.Revisable;
import org.cnms.core.system.ManagementSystem;

/**
 * 6.7 (应, where applicable): carbon asset management is planned and documented (—1, —6) wherever
 * the organisation is covered by an emissions trading scheme or its carbon neutrality targets are
 * to be reached with carbon credits or allowances; the plan has an allowance section when the
 * organisation is covered by a scheme (a)), and planned purchases of emission reductions when a
 * target's means include carbon credits — or, for allowances, purchases or an allowance section
 * (b)). Whether the organisation runs reduction projects of its own (c)) or holds other carbon
 * assets (d)) the records do not show; an auditor judges those sections.
 */
final class CarbonAssetPlanRule extends AbstractConformityRule {

  CarbonAssetPlanRule() {
    super("assets.6.7.carbon-asset-plan", "6.7", AssetTexts.TEXT, List.of("—1", "a)", "b)", "—6"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    String id = id();
    String org = s.organisation().id();
    boolean ets = s.organisation().coveredByEts();
    List<String> onUnits = new ArrayList<>();
    for (CarbonNeutralityTarget t : s.currentNeutralityTargets()) {
      if (t.means().contains(NeutralityMeans.CARBON_CREDITS)
          || t.means().contains(NeutralityMeans.CARBON_ALLOWANCES)) {
        onUnits.add(t.id());
      }
    }
    List<CarbonAssetPlan> plans = current(s.carbonAssetPlans());
    if (!ets && onUnits.isEmpty() && plans.isEmpty()) {
      return List.of(conforms(id + ".not-applicable", List.of(org)));
    }
    if (plans.isEmpty()) {
      List<String> refs = new ArrayList<>(List.of(org));
      refs.addAll(onUnits);
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ets ? id + ".no-plan-ets"
          : id + ".no-plan-targets", refs, join(onUnits)).withItems(List.of("—1", "—6")));
    }
    List<String> planIds = plans.stream().map(CarbonAssetPlan::id).toList();
    boolean allowances = plans.stream().anyMatch(CarbonAssetPlan::hasAllowancePlan);
    boolean purchases = plans.stream().anyMatch(p -> !p.purchasedReductions().isEmpty());
    List<Finding> problems = new ArrayList<>();
    if (ets && !allowances) {
      problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id + ".no-allowance-section",
          planIds, join(planIds)).withItems(List.of("a)")));
    }
    for (CarbonNeutralityTarget t : s.currentNeutralityTargets()) {
      boolean credits = t.means().contains(NeutralityMeans.CARBON_CREDITS);
      boolean allowanceMeans = t.means().contains(NeutralityMeans.CARBON_ALLOWANCES);
      if (credits && !purchases || allowanceMeans && !purchases && !allowances) {
        List<String> refs = new ArrayList<>(planIds);
        refs.add(0, t.id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id + ".no-purchase", refs, t.id(),
            join(planIds)).withItems(List.of("b)")));
      }
    }
    Set<CarbonAssetItem> items = new java.util.TreeSet<>();
    plans.forEach(p -> items.addAll(p.items()));
    return problemsOr(problems, conforms(id + ".conforms", planIds, join(planIds),
        String.join(" ", items.stream().map(CarbonAssetItem::citation).toList())));
  }

  static List<CarbonAssetPlan> current(List<CarbonAssetPlan> versions) {
    return Revisable.currentVersions(versions);
  }
}
