package org.cnms.quantification.conformity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cnms.core.Revisable;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.system.ManagementSystem;

/**
 * 9.1.2: one GHG report per reporting period — every period of a current inventory that ended
 * before the assessment has exactly one current report.
 */
final class ReportsRule extends AbstractConformityRule {

  ReportsRule() {
    super("quant.9.1.2.report-per-period", "9.1.2");
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Map<ReportingPeriod, List<String>> reports = new HashMap<>();
    for (GhgReport r : current(s.ghgReports())) {
      reports.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r.id());
    }
    List<Finding> problems = new ArrayList<>();
    List<String> periods = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (GhgInventory inv : current(s.inventories())) {
      if (!inv.period().end().isBefore(context.assessmentDate())) {
        continue;
      }
      periods.add(inv.period().toString());
      List<String> mine = reports.getOrDefault(inv.period(), List.of());
      if (mine.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "报告期 " + inv.period() + "（清单 " + inv.id() + "）没有温室气体报告",
            "There is no GHG report for the period " + inv.period() + " (inventory " + inv.id()
                + ")", List.of(inv.id())));
      } else if (mine.size() > 1) {
        List<String> refs = new ArrayList<>(mine);
        refs.add(0, inv.id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "报告期 " + inv.period() + " 有多份现行温室气体报告（" + join(mine) + "），且互不替代",
            "The period " + inv.period() + " has several current GHG reports (" + join(mine)
                + "), none superseding another", refs));
      } else {
        ids.addAll(mine);
      }
    }
    if (periods.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
          "评价日 " + context.assessmentDate() + " 前没有已结束报告期的温室气体清单，未定期核算和报告",
          "No GHG inventory of a period ended before " + context.assessmentDate()
              + " exists, so emissions are not accounted for and reported periodically",
          List.of()));
    }
    return problemsOr(problems, conforms(
        "报告期 " + String.join("、", periods) + " 各有一份温室气体报告（" + join(ids) + "）",
        "Each reporting period (" + join(periods) + ") has one GHG report (" + join(ids) + ")",
        ids));
  }

  private static <T extends Revisable> List<T> current(List<T> versions) {
    java.util.Set<String> superseded = new java.util.HashSet<>();
    versions.forEach(v -> v.supersedes().ifPresent(superseded::add));
    return versions.stream().filter(v -> !superseded.contains(v.id())).toList();
  }
}
