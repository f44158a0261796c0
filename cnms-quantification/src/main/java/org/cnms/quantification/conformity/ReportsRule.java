// SPDX-License-Identifier: Apache-2.0
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
import org.cnms.quantification.i18n.QuantificationTexts;

/**
 * 9.1.2 (—1): emissions and removals are accounted for and reported at regular intervals, one GHG
 * report per reporting period; third-party verification (可, —2) is never asked for — every period of a current inventory that ended
 * before the assessment has exactly one current report.
 */
final class ReportsRule extends AbstractConformityRule {

  ReportsRule() {
    super("quant.9.1.2.report-per-period", "9.1.2", QuantificationTexts.TEXT, List.of("—1"));
  }

  @Override
  public List<Finding> evaluate(AssessmentContext context) {
    ManagementSystem s = context.system();
    Map<ReportingPeriod, List<String>> reports = new HashMap<>();
    for (GhgReport r : Revisable.currentVersions(s.ghgReports())) {
      reports.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r.id());
    }
    List<Finding> problems = new ArrayList<>();
    List<String> periods = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (GhgInventory inv : Revisable.currentVersions(s.inventories())) {
      if (!inv.period().end().isBefore(context.assessmentDate())) {
        continue;
      }
      periods.add(inv.period().toString());
      List<String> mine = reports.getOrDefault(inv.period(), List.of());
      if (mine.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".missing", List.of(inv.id()),
            inv.period().toString(), inv.id()));
      } else if (mine.size() > 1) {
        List<String> refs = new ArrayList<>(mine);
        refs.add(0, inv.id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".several", refs,
            inv.period().toString(), join(mine)));
      } else {
        ids.addAll(mine);
      }
    }
    if (periods.isEmpty()) {
      return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of(),
          context.assessmentDate().toString()));
    }
    return problemsOr(problems, conforms(id() + ".conforms", ids, join(periods), join(ids)));
  }

}
