package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnms.core.context.ComplianceObligation;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Requirement;
import org.cnms.core.conformity.RequirementCatalogue;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.evaluation.ReviewOutput;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clauses 9.2 to 9.4, performance evaluation. */
public final class EvaluationRules {

  private EvaluationRules() {}

  /** The rules of clauses 9.2 to 9.4, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new ComplianceRule(), new AuditRule(), new ReviewRule());
  }

  /** 9.2: each compliance obligation was evaluated within its interval. */
  static final class ComplianceRule extends AbstractConformityRule {
    ComplianceRule() {
      super("core.9.2.obligations-evaluated", "9.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      if (s.complianceObligations().isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
            "未记录任何合规义务，因而无法评价合规性",
            "No compliance obligation is recorded, so compliance cannot be evaluated",
            List.of()));
      }
      LocalDate on = context.assessmentDate();
      Map<String, ComplianceEvaluation> latest = new HashMap<>();
      for (ComplianceEvaluation e : s.complianceEvaluations()) {
        if (!e.evaluatedOn().isAfter(on)) {
          latest.merge(e.obligationId(), e,
              (a, b) -> b.evaluatedOn().isAfter(a.evaluatedOn()) ? b : a);
        }
      }
      List<Finding> problems = new ArrayList<>();
      for (ComplianceObligation o : s.complianceObligations()) {
        int months = o.evaluationIntervalMonths().orElse(
            context.parameters().complianceEvaluationIntervalMonths());
        ComplianceEvaluation e = latest.get(o.id());
        if (e == null) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "合规义务 " + o.id() + "（" + o.title() + "）从未进行合规性评价",
              "Compliance obligation " + o.id() + " (" + o.title() + ") has never been evaluated",
              List.of(o.id())));
        } else if (overdue(e.evaluatedOn(), months, on)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "合规义务 " + o.id() + "（" + o.title() + "）上次评价 " + e.id() + " 于 "
                  + e.evaluatedOn() + "，至评价日 " + on + " 已超过 " + months + " 个月",
              "Compliance obligation " + o.id() + " (" + o.title() + ") was last evaluated on "
                  + e.evaluatedOn() + " (" + e.id() + "), more than " + months + " months before "
                  + on, List.of(o.id(), e.id())));
        }
      }
      List<String> ids = s.complianceObligations().stream().map(ComplianceObligation::id)
          .toList();
      return problemsOr(problems, conforms(
          "合规义务 " + join(ids) + " 均在评价周期内进行了合规性评价",
          "Every compliance obligation (" + join(ids) + ") was evaluated within its interval",
          ids));
    }
  }

  /**
   * 9.3: an audit programme exists; the audits of the last audit cycle cover every requirement of
   * clauses 4 to 10; no auditor audited an area he or she is responsible for.
   */
  static final class AuditRule extends AbstractConformityRule {
    AuditRule() {
      super("core.9.3.2.audits-impartial-and-complete", "9.3.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      if (s.auditProgrammes().isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未建立内部审核方案",
            "No internal audit programme is established", List.of()));
      }
      LocalDate on = context.assessmentDate();
      int months = context.parameters().auditCycleMonths();
      LocalDate from = on.minusMonths(months);
      List<Audit> recent = s.audits().stream()
          .filter(a -> a.conductedOn().isAfter(from) && !a.conductedOn().isAfter(on)).toList();
      List<String> programmes = s.auditProgrammes().stream().map(AuditProgramme::id).toList();
      if (recent.isEmpty()) {
        return List.of(finding(s.audits().isEmpty() ? Verdict.MAJOR_NONCONFORMITY
                : Verdict.MINOR_NONCONFORMITY,
            "审核方案 " + join(programmes) + " 下在 " + from + " 至 " + on + " 的审核周期（" + months
                + " 个月）内未实施内部审核",
            "No internal audit under programme " + join(programmes) + " was conducted in the"
                + " audit cycle of " + months + " months from " + from + " to " + on,
            programmes));
      }
      List<Finding> problems = new ArrayList<>();
      Set<String> scope = new HashSet<>();
      for (Audit a : recent) {
        scope.addAll(a.scopeClauses());
        List<String> own = a.auditorsOfOwnWork();
        if (!own.isEmpty()) {
          List<String> refs = new ArrayList<>(own);
          refs.add(0, a.id());
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "内部审核 " + a.id() + "（" + a.conductedOn() + "）中审核员 " + join(own)
                  + " 审核了自己负责的区域",
              "In internal audit " + a.id() + " (" + a.conductedOn() + ") auditors " + join(own)
                  + " audited areas they are responsible for", refs));
        }
      }
      List<String> unaudited = new ArrayList<>();
      for (Requirement r : RequirementCatalogue.tcas612().cited()) {
        if (!coveredBy(scope, r.id())) {
          unaudited.add(r.id());
        }
      }
      List<String> auditIds = recent.stream().map(Audit::id).toList();
      if (!unaudited.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "在 " + from + " 至 " + on + " 的审核周期内，内部审核（" + join(auditIds) + "）未覆盖条款 "
                + join(unaudited),
            "The internal audits of the cycle from " + from + " to " + on + " (" + join(auditIds)
                + ") did not cover clauses " + join(unaudited), auditIds));
      }
      return problemsOr(problems, conforms(
          "在 " + from + " 至 " + on + " 的审核周期内，内部审核 " + join(auditIds)
              + " 覆盖了第 4–10 章全部条款，审核员均未审核自己的工作",
          "The internal audits " + join(auditIds) + " of the cycle from " + from + " to " + on
              + " cover every clause of 4 to 10, and no auditor audited his or her own work",
          auditIds));
    }

    /** Whether {@code clause} or one of its parents is in {@code scope}. */
    private static boolean coveredBy(Set<String> scope, String clause) {
      String c = clause;
      while (true) {
        if (scope.contains(c)) {
          return true;
        }
        int dot = c.lastIndexOf('.');
        if (dot < 0) {
          return false;
        }
        c = c.substring(0, dot);
      }
    }
  }

  /**
   * 9.4: a management review was held within the interval; the latest has every input a–f and
   * output a–e, and an action for every target it found missed.
   */
  static final class ReviewRule extends AbstractConformityRule {
    ReviewRule() {
      super("core.9.4.2.review-inputs-and-outputs", "9.4.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      LocalDate on = context.assessmentDate();
      List<ManagementReview> held = context.system().managementReviews().stream()
          .filter(r -> !r.heldOn().isAfter(on)).toList();
      if (held.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未进行管理评审",
            "No management review has been held", List.of()));
      }
      ManagementReview r = held.stream().max(Comparator.comparing(ManagementReview::heldOn))
          .orElseThrow();
      List<String> ref = List.of(r.id());
      List<Finding> problems = new ArrayList<>();
      int months = context.parameters().managementReviewIntervalMonths();
      if (overdue(r.heldOn(), months, on)) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "最近一次管理评审 " + r.id() + " 于 " + r.heldOn() + " 进行，至评价日 " + on + " 已超过 "
                + months + " 个月",
            "The latest management review, " + r.id() + ", was held on " + r.heldOn()
                + ", more than " + months + " months before " + on, ref));
      }
      Set<ReviewInput> inputs = r.missingInputs();
      if (!inputs.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "管理评审 " + r.id() + " 缺少输入：" + inputs.stream()
                .map(i -> i.itemLabel(Locale.CHINESE)).collect(Collectors.joining("；")),
            "Management review " + r.id() + " lacks the inputs " + inputs.stream()
                .map(i -> i.itemLabel(Locale.ENGLISH)).collect(Collectors.joining("; ")),
            ref));
      }
      Set<ReviewOutput> outputs = r.missingOutputs();
      if (!outputs.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "管理评审 " + r.id() + " 缺少输出：" + outputs.stream()
                .map(o -> o.itemLabel(Locale.CHINESE)).collect(Collectors.joining("；")),
            "Management review " + r.id() + " lacks the outputs " + outputs.stream()
                .map(o -> o.itemLabel(Locale.ENGLISH)).collect(Collectors.joining("; ")),
            ref));
      }
      List<String> missed = r.missedTargetsWithoutActions();
      if (!missed.isEmpty()) {
        List<String> refs = new ArrayList<>(missed);
        refs.add(0, r.id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "管理评审 " + r.id() + " 认定未实现的目标 " + join(missed) + " 没有相应措施",
            "Management review " + r.id() + " found targets " + join(missed)
                + " missed, but decided no action on them", refs));
      }
      return problemsOr(problems, conforms(
          "管理评审 " + r.id() + "（" + r.heldOn() + "）在 " + months + " 个月周期内进行，输入 a)–f) 和输出"
              + " a)–e) 齐全" + (r.missedTargetIds().isEmpty() ? ""
                  : "，未实现的目标 " + join(r.missedTargetIds()) + " 均有措施"),
          "Management review " + r.id() + " (" + r.heldOn() + ") was held within " + months
              + " months and has every input a)–f) and output a)–e)"
              + (r.missedTargetIds().isEmpty() ? ""
                  : "; the missed targets " + join(r.missedTargetIds()) + " all have actions"),
          ref));
    }
  }
}
