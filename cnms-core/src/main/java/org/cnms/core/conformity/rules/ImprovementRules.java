// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clause 10, improvement (改进): nonconformity and corrective action, continual improvement. */
public final class ImprovementRules {

  private ImprovementRules() {}

  /** The rules of clause 10, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new NonconformityRule(), new TrendRule());
  }

  /**
   * 10.2 b)–d): a closed nonconformity has its cause analysis (b), the corrective action the
   * analysis found needed, completed (c), and a latest effectiveness review that found the actions
   * effective (d); an open nonconformity has no corrective action past its due date (c). The
   * reaction of a) is needed only where applicable and is not asked for.
   */
  static final class NonconformityRule extends AbstractConformityRule {
    NonconformityRule() {
      super("core.10.2.nonconformities-handled", "10.2", CoreTexts.TEXT, List.of("b)", "c)", "d)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      LocalDate on = context.assessmentDate();
      List<Finding> problems = new ArrayList<>();
      int closed = 0;
      for (Nonconformity n : s.nonconformities()) {
        if (n.status() == NonconformityStatus.CLOSED) {
          closed++;
          List<String> missing = n.missingForClosure();
          if (!missing.isEmpty()) {
            problems.add(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".closed-incomplete",
                List.of(n.id()), n.id(), String.join("、", missing), String.join(", ", missing))
                .withItems(missing));
          }
          continue;
        }
        for (CorrectiveAction a : n.correctiveActions()) {
          if (!a.completed() && a.dueDate().isBefore(on)) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".overdue",
                List.of(n.id(), a.id()), a.id(), n.id(), a.description(),
                a.dueDate().toString(), on.toString()).withItems(List.of("c)")));
          }
        }
      }
      int open = s.nonconformities().size() - closed;
      return problemsOr(problems, conforms(id() + ".conforms",
          s.nonconformities().stream().map(Nonconformity::id).toList(),
          String.valueOf(s.nonconformities().size()), String.valueOf(closed),
          String.valueOf(open)));
    }
  }

  /**
   * 10.3 (—2): continual improvement of carbon neutrality performance can be shown: indicator
   * values compared with the carbon neutrality baseline are reported per period, for at least two
   * periods, the latest inventory's among them. Whether they show improvement is a human judgement.
   */
  static final class TrendRule extends AbstractConformityRule {
    TrendRule() {
      super("core.10.3.trend-against-baseline", "10.3", CoreTexts.TEXT, List.of("—2"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Set<ReportingPeriod> periods = new TreeSet<>();
      List<String> ids = new ArrayList<>();
      for (MonitoringResult m : s.monitoringResults()) {
        if (m.subject() == MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE
            && m.indicatorId().isPresent()) {
          periods.add(m.period());
          ids.add(m.id());
        }
      }
      if (periods.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of()));
      }
      List<Finding> problems = new ArrayList<>();
      if (periods.size() < 2) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".one-period", ids,
            periods.iterator().next().toString()));
      }
      Optional<GhgInventory> latest = Records.latestInventory(s);
      if (latest.isPresent() && !periods.contains(latest.get().period())) {
        List<String> refs = new ArrayList<>(ids);
        refs.add(0, latest.get().id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".latest-missing", refs,
            latest.get().id(), latest.get().period().toString()));
      }
      String list = String.join(", ", periods.stream().map(ReportingPeriod::toString).toList());
      return problemsOr(problems, conforms(id() + ".conforms", ids,
          String.valueOf(periods.size()), list));
    }
  }
}
