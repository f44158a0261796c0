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
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.improvement.NonconformityStatus;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clause 10, improvement. */
public final class ImprovementRules {

  private ImprovementRules() {}

  /** The rules of clause 10, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new NonconformityRule(), new TrendRule());
  }

  /**
   * 10.2: every nonconformity found in an audit is recorded; no corrective action is overdue; no
   * nonconformity is closed without cause, action and an effectiveness review.
   */
  static final class NonconformityRule extends AbstractConformityRule {
    NonconformityRule() {
      super("core.10.2.nonconformities-handled", "10.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      LocalDate on = context.assessmentDate();
      List<Finding> problems = new ArrayList<>();
      for (Audit a : s.audits()) {
        for (AuditFinding f : a.findings()) {
          if (f.kind().isNonconformity() && f.nonconformityId().isEmpty()) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY,
                "内部审核 " + a.id() + " 的不符合项 " + f.id() + "（条款 " + f.clause() + "："
                    + f.description() + "）未登记为不符合并采取纠正措施",
                "Nonconformity " + f.id() + " of internal audit " + a.id() + " (clause "
                    + f.clause() + ": " + f.description()
                    + ") is not recorded as a nonconformity to be corrected",
                List.of(a.id(), f.id())));
          }
        }
      }
      int closed = 0;
      for (Nonconformity n : s.nonconformities()) {
        if (n.status() == NonconformityStatus.CLOSED) {
          closed++;
          if (!closedProperly(n)) {
            problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
                "不符合 " + n.id() + " 在缺少原因分析、纠正措施或有效性评审的情况下被关闭",
                "Nonconformity " + n.id() + " was closed without a cause analysis, corrective"
                    + " action or effectiveness review", List.of(n.id())));
          }
          continue;
        }
        for (CorrectiveAction a : n.correctiveActions()) {
          if (!a.completed() && a.dueDate().isBefore(on)) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY,
                "不符合 " + n.id() + " 的纠正措施 " + a.id() + "（" + a.description() + "）应于 "
                    + a.dueDate() + " 完成，至评价日 " + on + " 仍未完成",
                "Corrective action " + a.id() + " (" + a.description() + ") on nonconformity "
                    + n.id() + " was due on " + a.dueDate() + " and is still open on " + on,
                List.of(n.id(), a.id())));
          }
        }
      }
      int open = s.nonconformities().size() - closed;
      return problemsOr(problems, conforms(
          "不符合 " + s.nonconformities().size() + " 项（已关闭 " + closed + " 项，均有原因分析、纠正措施和有效性评审；未关闭 "
              + open + " 项，纠正措施均未逾期）；审核发现的不符合均已登记",
          s.nonconformities().size() + " nonconformities: " + closed + " closed, each with cause"
              + " analysis, corrective action and effectiveness review; " + open
              + " open, none with an overdue corrective action; every audit nonconformity is"
              + " recorded", s.nonconformities().stream().map(Nonconformity::id).toList()));
    }

    private static boolean closedProperly(Nonconformity n) {
      boolean actionDone = n.causeAnalysis().map(c -> !c.actionNeeded()).orElse(false)
          || (!n.correctiveActions().isEmpty()
              && n.correctiveActions().stream().allMatch(CorrectiveAction::completed));
      return n.causeAnalysis().isPresent() && actionDone
          && n.effectivenessReview().map(r -> r.effective()).orElse(false);
    }
  }

  /**
   * 10.3: the improvement of indicators against the baseline is reported over time — for at least
   * two periods, the latest inventory's among them.
   */
  static final class TrendRule extends AbstractConformityRule {
    TrendRule() {
      super("core.10.3.trend-against-baseline", "10.3");
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
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
            "未报告任何绩效参数相对于碳中和基准的改进结果，无法证实持续改进",
            "No result of an indicator's improvement against the baseline is reported, so"
                + " continual improvement is not demonstrated", List.of()));
      }
      List<Finding> problems = new ArrayList<>();
      if (periods.size() < 2) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "绩效参数相对于基准的改进只报告了一个期间（" + periods.iterator().next() + "），不足以反映趋势",
            "The improvement of indicators against the baseline is reported for one period only ("
                + periods.iterator().next() + "), which shows no trend", ids));
      }
      Optional<GhgInventory> latest = Records.latestInventory(s);
      if (latest.isPresent() && !periods.contains(latest.get().period())) {
        List<String> refs = new ArrayList<>(ids);
        refs.add(0, latest.get().id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "最新清单 " + latest.get().id() + " 的期间 " + latest.get().period()
                + " 没有报告绩效参数相对于基准的改进",
            "No improvement of indicators against the baseline is reported for "
                + latest.get().period() + ", the period of the latest inventory "
                + latest.get().id(), refs));
      }
      String list = String.join(", ", periods.stream().map(ReportingPeriod::toString).toList());
      return problemsOr(problems, conforms(
          "已报告 " + periods.size() + " 个期间（" + list + "）绩效参数相对于碳中和基准的改进",
          "The improvement of indicators against the baseline is reported for " + periods.size()
              + " periods (" + list + ")", ids));
    }
  }
}
