package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.PolicyCommitment;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clause 5, leadership. */
public final class LeadershipRules {

  private LeadershipRules() {}

  /** The rules of clause 5, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new TeamAndApprovalsRule(), new PolicyRule(), new DutiesRule());
  }

  /** 5.1: a carbon-neutrality team of top management exists; action plans are approved. */
  static final class TeamAndApprovalsRule extends AbstractConformityRule {
    TeamAndApprovalsRule() {
      super("core.5.1.team-and-approved-plans", "5.1");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<Finding> problems = new ArrayList<>();
      List<String> topTeams = s.teams().stream().filter(CarbonNeutralityTeam::topManagement)
          .map(CarbonNeutralityTeam::id).toList();
      if (topTeams.isEmpty()) {
        List<String> others = s.teams().stream().map(CarbonNeutralityTeam::id).toList();
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
            others.isEmpty() ? "未设立碳中和管理团队"
                : "碳中和管理团队（" + join(others) + "）中没有由最高管理者领导的团队",
            others.isEmpty() ? "No carbon-neutrality team is set up"
                : "None of the carbon-neutrality teams (" + join(others)
                    + ") is led by top management", others));
      }
      List<String> unapproved = new ArrayList<>();
      int judged = 0;
      for (ActionPlan p : s.actionPlans()) {
        if (p.status() == ActionStatus.CANCELLED) {
          continue;
        }
        judged++;
        if (p.approval().isEmpty()) {
          unapproved.add(p.id());
        }
      }
      if (!unapproved.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "行动计划 " + join(unapproved) + " 未经最高管理者批准",
            "Action plans " + join(unapproved) + " carry no approval by top management",
            unapproved));
      }
      return problemsOr(problems, conforms(
          "由最高管理者领导的碳中和管理团队：" + join(topTeams) + "；" + judged + " 项行动计划均已批准",
          "Carbon-neutrality team led by top management: " + join(topTeams) + "; all " + judged
              + " action plans are approved", topTeams));
    }
  }

  /** 5.2: the current policy makes every commitment a–f and was reviewed within the interval. */
  static final class PolicyRule extends AbstractConformityRule {
    PolicyRule() {
      super("core.5.2.policy-commitments-and-review", "5.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityPolicy> current = context.system().currentPolicies();
      if (current.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未制定碳中和方针",
            "No carbon-neutrality policy is set", List.of()));
      }
      LocalDate on = context.assessmentDate();
      List<Finding> problems = new ArrayList<>();
      for (CarbonNeutralityPolicy p : current) {
        Set<PolicyCommitment> missing = p.missingCommitments();
        if (!missing.isEmpty()) {
          problems.add(finding(Verdict.MAJOR_NONCONFORMITY,
              "碳中和方针 " + p.id() + "（" + p.versionLabel() + "）缺少承诺："
                  + missing.stream().map(c -> c.itemLabel(Locale.CHINESE))
                      .collect(Collectors.joining("；")),
              "Carbon-neutrality policy " + p.id() + " (" + p.versionLabel()
                  + ") lacks the commitments "
                  + missing.stream().map(c -> c.itemLabel(Locale.ENGLISH))
                      .collect(Collectors.joining("; ")), List.of(p.id())));
        }
        int months = p.reviewIntervalMonths().orElse(
            context.parameters().policyReviewIntervalMonths());
        LocalDate last = p.lastReviewedOn().orElse(p.issuedOn());
        if (overdue(last, months, on)) {
          String zh = p.lastReviewedOn().isPresent() ? "上次评审于 " + last : "发布于 " + last
              + " 后从未评审";
          String en = p.lastReviewedOn().isPresent() ? "was last reviewed on " + last
              : "was issued on " + last + " and never reviewed since";
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "碳中和方针 " + p.id() + " " + zh + "，至评价日 " + on + " 已超过 " + months
                  + " 个月的评审周期",
              "Carbon-neutrality policy " + p.id() + " " + en + ", more than the review interval"
                  + " of " + months + " months before " + on, List.of(p.id())));
        }
      }
      List<String> ids = current.stream().map(CarbonNeutralityPolicy::id).toList();
      return problemsOr(problems, conforms(
          "现行碳中和方针 " + join(ids) + " 包含 a)–f) 全部承诺，并在评审周期内评审",
          "The current carbon-neutrality policy " + join(ids) + " makes all commitments a)–f)"
              + " and was reviewed within its review interval", ids));
    }
  }

  /** 5.3: each duty a–f is carried by a role that a person holds. */
  static final class DutiesRule extends AbstractConformityRule {
    DutiesRule() {
      super("core.5.3.duties-assigned", "5.3");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Role> roles = context.system().roles();
      if (roles.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未规定碳中和管理的角色、职责和权限",
            "No role, responsibility or authority is assigned", List.of()));
      }
      Map<RoleDuty, List<String>> held = new EnumMap<>(RoleDuty.class);
      Map<RoleDuty, List<String>> vacant = new EnumMap<>(RoleDuty.class);
      for (Role r : roles) {
        for (RoleDuty d : r.duties()) {
          (r.hasHolder() ? held : vacant).computeIfAbsent(d, k -> new ArrayList<>()).add(r.id());
        }
      }
      List<Finding> problems = new ArrayList<>();
      List<String> assignment = new ArrayList<>();
      for (RoleDuty d : RoleDuty.values()) {
        if (held.containsKey(d)) {
          assignment.add(d.citation() + " " + join(held.get(d)));
          continue;
        }
        List<String> empty = vacant.getOrDefault(d, List.of());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "职责 " + d.citation() + "「" + d.labelZh() + "」" + (empty.isEmpty() ? "未分配给任何角色"
                : "所属角色 " + join(empty) + " 无人担任"),
            "Duty " + d.citation() + " \"" + d.labelEn() + "\" " + (empty.isEmpty()
                ? "is assigned to no role" : "belongs to roles " + join(empty)
                + ", which no person holds"), empty));
      }
      List<String> ids = roles.stream().map(Role::id).toList();
      return problemsOr(problems, conforms(
          "职责 a)–f) 均分配给有人担任的角色：" + String.join("；", assignment),
          "Duties a)–f) are each assigned to a role a person holds: "
              + String.join("; ", assignment), ids));
    }
  }
}
