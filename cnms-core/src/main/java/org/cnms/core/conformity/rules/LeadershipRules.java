// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cnms.core.ClauseItem;
import org.cnms.core.Identified;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.LeadershipCommitment;
import org.cnms.core.leadership.LeadershipItem;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.PolicyItem;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.leadership.TeamLevel;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.ActionStatus;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CommunicationDirection;
import org.cnms.core.system.ManagementSystem;

/**
 * The rules of T/CAS 612 clause 5, leadership: 5.1 leadership and commitment, 5.2 the
 * carbon-neutrality policy, 5.3 roles, responsibilities and authorities.
 */
public final class LeadershipRules {

  private LeadershipRules() {}

  /** The rules of clause 5, in requirement order, the rules beyond T/CAS 612 after their clause's. */
  public static List<AbstractConformityRule> all() {
    return List.of(new LeadershipEvidenceRule(), new PolicyAndTargetsRule(),
        new ActionPlansRule(), new ResourcesRule(), new CommunicationWithEmployeesRule(),
        new TeamAndManagersRule(), new TeamLedByTopManagementRule(), new ChangeProcessRule(),
        new PolicySetRule(), new PolicyContentRule(), new PolicyAvailableCommunicatedReviewedRule(),
        new RolesRule(), new TeamResponsibilitiesRule(), new ReportingRule());
  }

  private static List<String> ids(List<? extends Identified> records) {
    return records.stream().map(Identified::id).toList();
  }

  private static Set<String> topManagement(ManagementSystem s) {
    return s.persons().stream().filter(Person::topManagement).map(Person::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The carbon-neutrality management team: the teams at enterprise level. */
  private static List<CarbonNeutralityTeam> managementTeams(ManagementSystem s) {
    return s.teams().stream().filter(t -> t.level() == TeamLevel.ENTERPRISE).toList();
  }

  private static String items(Set<? extends ClauseItem> items, Locale locale) {
    return items.stream().map(i -> i.itemLabel(locale))
        .collect(Collectors.joining(locale == Locale.CHINESE ? "；" : "; "));
  }

  private static List<String> citations(Set<? extends ClauseItem> items) {
    return items.stream().map(ClauseItem::citation).toList();
  }

  /**
   * 5.1 (sentence 1): who is top management is recorded, and each of a) to k) has a record of
   * top management's leadership and commitment.
   */
  static final class LeadershipEvidenceRule extends AbstractConformityRule {
    static final String ID = "core.5.1.leadership-evidence";

    LeadershipEvidenceRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<Finding> problems = new ArrayList<>();
      Set<String> top = topManagement(s);
      if (top.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-top-management", List.of()));
      }
      Set<LeadershipItem> missing = EnumSet.allOf(LeadershipItem.class);
      for (LeadershipCommitment c : s.leadershipCommitments()) {
        missing.remove(c.item());
      }
      if (!missing.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".missing", List.of(),
            items(missing, Locale.CHINESE), items(missing, Locale.ENGLISH))
            .withItems(citations(missing)));
      }
      List<String> evidence = ids(s.leadershipCommitments());
      return problemsOr(problems, conforms(ID + ".ok", evidence, join(List.copyOf(top)),
          String.valueOf(evidence.size())));
    }
  }

  /** 5.1 b): a carbon-neutrality policy and carbon-neutrality targets are set. */
  static final class PolicyAndTargetsRule extends AbstractConformityRule {
    static final String ID = "core.5.1.policy-and-targets";

    PolicyAndTargetsRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("b)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<String> policies = ids(s.currentPolicies());
      List<String> targets = ids(s.currentNeutralityTargets());
      if (policies.isEmpty() || targets.isEmpty()) {
        String key = policies.isEmpty() ? (targets.isEmpty() ? ".neither" : ".no-policy")
            : ".no-target";
        List<String> ids = new ArrayList<>(policies);
        ids.addAll(targets);
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + key, ids)
            .withItems(List.of("b)")));
      }
      List<String> ids = new ArrayList<>(policies);
      ids.addAll(targets);
      return List.of(conforms(ID + ".ok", ids, join(policies), join(targets))
          .withItems(List.of("b)")));
    }
  }

  /**
   * 5.1 d): every action plan not cancelled is approved, and none is left undone after its due
   * date.
   */
  static final class ActionPlansRule extends AbstractConformityRule {
    static final String ID = "core.5.1.action-plans-approved-and-carried-out";

    ActionPlansRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("d)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      LocalDate on = context.assessmentDate();
      List<String> unapproved = new ArrayList<>();
      List<String> undone = new ArrayList<>();
      List<String> judged = new ArrayList<>();
      for (ActionPlan p : context.system().actionPlans()) {
        if (p.status() == ActionStatus.CANCELLED) {
          continue;
        }
        judged.add(p.id());
        if (p.approval().isEmpty()) {
          unapproved.add(p.id());
        }
        if (p.status() != ActionStatus.COMPLETED && p.dueDate().isPresent()
            && p.dueDate().get().isBefore(on)) {
          undone.add(p.id());
        }
      }
      List<Finding> problems = new ArrayList<>();
      if (!unapproved.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".unapproved", unapproved,
            join(unapproved)).withItems(List.of("d)")));
      }
      if (!undone.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".not-carried-out", undone,
            join(undone), on.toString()).withItems(List.of("d)")));
      }
      return problemsOr(problems, conforms(ID + ".ok", judged, String.valueOf(judged.size()))
          .withItems(List.of("d)")));
    }
  }

  /** 5.1 e): the resources the system needs are recorded as provided (7.1). */
  static final class ResourcesRule extends AbstractConformityRule {
    static final String ID = "core.5.1.resources-provided";

    ResourcesRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("e)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<String> resources = ids(context.system().resources());
      if (resources.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of())
            .withItems(List.of("e)")));
      }
      return List.of(conforms(ID + ".ok", resources, String.valueOf(resources.size()))
          .withItems(List.of("e)")));
    }
  }

  /**
   * 5.1 f): there is communication with employees inside the organisation (7.4); whether it
   * explains why effective management and meeting the system's requirements matter is read by an
   * auditor.
   */
  static final class CommunicationWithEmployeesRule extends AbstractConformityRule {
    static final String ID = "core.5.1.communication-with-employees";

    CommunicationWithEmployeesRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("f)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<String> internal = context.system().communications().stream()
          .filter(c -> c.direction() == CommunicationDirection.INTERNAL)
          .map(Communication::id).toList();
      if (internal.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of())
            .withItems(List.of("f)")));
      }
      return List.of(conforms(ID + ".ok", internal, String.valueOf(internal.size()))
          .withItems(List.of("f)")));
    }
  }

  /**
   * 5.1 h): a carbon-neutrality management team is formed (a team at enterprise level), and
   * relevant managers are placed at every level the organisation records ({@link
   * org.cnms.core.organisation.Organisation#levels()}).
   */
  static final class TeamAndManagersRule extends AbstractConformityRule {
    static final String ID = "core.5.1.management-team-and-managers";

    TeamAndManagersRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("h)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<Finding> problems = new ArrayList<>();
      List<String> team = ids(managementTeams(s));
      if (team.isEmpty()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".no-team", ids(s.teams()))
            .withItems(List.of("h)")));
      }
      Map<TeamLevel, List<String>> byLevel = new EnumMap<>(TeamLevel.class);
      s.teams().forEach(t -> byLevel.computeIfAbsent(t.level(), k -> new ArrayList<>())
          .add(t.id()));
      for (TeamLevel level : s.organisation().levels()) {
        if (level != TeamLevel.ENTERPRISE && !byLevel.containsKey(level)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-managers",
              List.of(s.organisation().id()), level.labelZh(), level.labelEn())
              .withItems(List.of("h)")));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(s.teams()), join(team),
          String.valueOf(s.organisation().levels().size()))
          .withItems(List.of("h)")));
    }
  }

  /**
   * Beyond T/CAS 612 (register 5.1 h)): the carbon-neutrality management team is led by a member
   * of top management. An observation at most.
   */
  static final class TeamLedByTopManagementRule extends AbstractConformityRule {
    static final String ID = "core.5.1.beyond.team-led-by-top-management";

    TeamLedByTopManagementRule() {
      super(ID, "5.1", CoreTexts.TEXT, true, List.of("h)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Set<String> top = topManagement(s);
      List<Finding> problems = new ArrayList<>();
      List<CarbonNeutralityTeam> teams = managementTeams(s);
      for (CarbonNeutralityTeam t : teams) {
        if (!top.contains(t.leaderPersonId())) {
          problems.add(finding(Verdict.OBSERVATION, ID + ".not-top", List.of(t.id()), t.id(),
              t.leaderPersonId()).withItems(List.of("h)")));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(teams),
          String.valueOf(teams.size())).withItems(List.of("h)")));
    }
  }

  /**
   * 5.1 k): the process that identifies and handles changes within the scope and boundary runs:
   * its change records (8.4) exist. How well it handles them is judged under 8.4.
   */
  static final class ChangeProcessRule extends AbstractConformityRule {
    static final String ID = "core.5.1.change-process";

    ChangeProcessRule() {
      super(ID, "5.1", CoreTexts.TEXT, List.of("k)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<String> changes = ids(context.system().changes());
      if (changes.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of())
            .withItems(List.of("k)")));
      }
      return List.of(conforms(ID + ".ok", changes, String.valueOf(changes.size()))
          .withItems(List.of("k)")));
    }
  }

  /** 5.2 (sentence 1): top management has set the policy: a current policy it approved. */
  static final class PolicySetRule extends AbstractConformityRule {
    static final String ID = "core.5.2.policy-set";

    PolicySetRule() {
      super(ID, "5.2", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityPolicy> current = context.system().currentPolicies();
      if (current.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of()));
      }
      Set<String> top = topManagement(context.system());
      List<Finding> problems = new ArrayList<>();
      for (CarbonNeutralityPolicy p : current) {
        if (p.approval().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".unapproved", List.of(p.id()),
              p.id(), p.versionLabel()));
        } else if (!top.contains(p.approval().get().approvedBy())) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".not-top-management",
              List.of(p.id()), p.id(), p.versionLabel(), p.approval().get().approvedBy()));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(current), join(ids(current))));
    }
  }

  /**
   * 5.2 first list c) to f): the current policy holds the commitments c) and d) and supports
   * procurement e) and design f). Items a) and b) are judged by an auditor.
   */
  static final class PolicyContentRule extends AbstractConformityRule {
    static final String ID = "core.5.2.policy-content";
    private static final Set<PolicyItem> JUDGED = EnumSet.range(
        PolicyItem.COMMITMENT_TO_REQUIREMENTS, PolicyItem.SUPPORTS_DESIGN);

    PolicyContentRule() {
      super(ID, "5.2", CoreTexts.TEXT, List.of("c)", "d)", "e)", "f)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityPolicy> current = context.system().currentPolicies();
      if (current.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of())
            .withItems(citations(JUDGED)));
      }
      List<Finding> problems = new ArrayList<>();
      for (CarbonNeutralityPolicy p : current) {
        Set<PolicyItem> missing = EnumSet.noneOf(PolicyItem.class);
        missing.addAll(JUDGED);
        missing.removeAll(p.items());
        if (!missing.isEmpty()) {
          boolean commitment = missing.stream().anyMatch(PolicyItem::isCommitment);
          problems.add(finding(commitment ? Verdict.MAJOR_NONCONFORMITY
                  : Verdict.MINOR_NONCONFORMITY, ID + ".missing", List.of(p.id()), p.id(),
              p.versionLabel(), items(missing, Locale.CHINESE), items(missing, Locale.ENGLISH))
              .withItems(citations(missing)));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(current), join(ids(current)))
          .withItems(citations(JUDGED)));
    }
  }

  /**
   * 5.2 second list a) to c) (需): the current policy is available as documented information,
   * communicated within the organisation, and reviewed within its interval (its own, else the
   * assessor's default).
   */
  static final class PolicyAvailableCommunicatedReviewedRule extends AbstractConformityRule {
    static final String ID = "core.5.2.policy-available-communicated-reviewed";

    PolicyAvailableCommunicatedReviewedRule() {
      super(ID, "5.2", CoreTexts.TEXT, List.of("list 2 a)", "list 2 b)", "list 2 c)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<CarbonNeutralityPolicy> current = context.system().currentPolicies();
      if (current.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of())
            .withItems(List.of("list 2 a)", "list 2 b)", "list 2 c)")));
      }
      LocalDate on = context.assessmentDate();
      List<Finding> problems = new ArrayList<>();
      for (CarbonNeutralityPolicy p : current) {
        List<String> id = List.of(p.id());
        if (p.documentId().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-document", id, p.id())
              .withItems(List.of("list 2 a)")));
        }
        if (p.communicatedTo().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".not-communicated", id, p.id())
              .withItems(List.of("list 2 b)")));
        }
        int months = p.reviewIntervalMonths().orElse(
            context.parameters().policyReviewIntervalMonths());
        LocalDate last = p.lastReviewedOn().orElse(p.issuedOn());
        if (overdue(last, months, on)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID
                  + (p.lastReviewedOn().isPresent() ? ".review-overdue" : ".never-reviewed"),
              id, p.id(), last.toString(), String.valueOf(months), on.toString())
              .withItems(List.of("list 2 c)")));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(current), join(ids(current)))
          .withItems(List.of("list 2 a)", "list 2 b)", "list 2 c)")));
    }
  }

  /**
   * 5.3 (sentence 1): responsibilities and authorities of the relevant roles are assigned (each
   * role held by a person) and made known.
   */
  static final class RolesRule extends AbstractConformityRule {
    static final String ID = "core.5.3.roles-assigned-and-communicated";

    RolesRule() {
      super(ID, "5.3", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Role> roles = context.system().roles();
      if (roles.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of()));
      }
      List<String> vacant = roles.stream().filter(r -> !r.hasHolder()).map(Role::id).toList();
      List<String> unknown = roles.stream().filter(r -> r.communicatedOn().isEmpty())
          .map(Role::id).toList();
      List<Finding> problems = new ArrayList<>();
      if (!vacant.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".vacant", vacant, join(vacant)));
      }
      if (!unknown.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".not-communicated", unknown,
            join(unknown)));
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(roles),
          String.valueOf(roles.size())));
    }
  }

  /**
   * 5.3 (sentence 2) and a) to f): each responsibility a) to f) is given to the carbon-neutrality
   * management team: carried by a role that a member of the team holds.
   */
  static final class TeamResponsibilitiesRule extends AbstractConformityRule {
    static final String ID = "core.5.3.team-responsibilities";

    TeamResponsibilitiesRule() {
      super(ID, "5.3", CoreTexts.TEXT, List.of("—2", "a)", "b)", "c)", "d)", "e)", "f)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      Set<String> members = managementTeams(s).stream()
          .flatMap(t -> t.memberPersonIds().stream()).collect(Collectors.toSet());
      Map<RoleDuty, List<String>> inTeam = new EnumMap<>(RoleDuty.class);
      Map<RoleDuty, List<String>> outside = new EnumMap<>(RoleDuty.class);
      for (Role r : s.roles()) {
        boolean team = r.holderPersonIds().stream().anyMatch(members::contains);
        for (RoleDuty d : r.duties()) {
          (team ? inTeam : outside).computeIfAbsent(d, k -> new ArrayList<>()).add(r.id());
        }
      }
      List<Finding> problems = new ArrayList<>();
      List<String> assignment = new ArrayList<>();
      for (RoleDuty d : RoleDuty.values()) {
        if (inTeam.containsKey(d)) {
          assignment.add(d.citation() + " " + join(inTeam.get(d)));
          continue;
        }
        List<String> roles = outside.getOrDefault(d, List.of());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            ID + (roles.isEmpty() ? ".unassigned" : ".outside-team"), roles,
            d.itemLabel(Locale.CHINESE), d.itemLabel(Locale.ENGLISH), join(roles))
            .withItems(List.of(d.citation())));
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(s.roles()),
          String.join("；", assignment), String.join("; ", assignment)));
    }
  }

  /**
   * 5.3 d): every role that reports to top management has a set interval and its latest report
   * lies within it.
   */
  static final class ReportingRule extends AbstractConformityRule {
    static final String ID = "core.5.3.reporting-to-top-management";

    ReportingRule() {
      super(ID, "5.3", CoreTexts.TEXT, List.of("d)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      LocalDate on = context.assessmentDate();
      List<Role> reporting = context.system().roles().stream()
          .filter(r -> r.carries(RoleDuty.REPORT_TO_TOP_MANAGEMENT)).toList();
      if (reporting.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-role", List.of())
            .withItems(List.of("d)")));
      }
      List<Finding> problems = new ArrayList<>();
      for (Role r : reporting) {
        List<String> id = List.of(r.id());
        if (r.reportingIntervalMonths().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-interval", id, r.id())
              .withItems(List.of("d)")));
        } else if (r.lastReportedOn().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".never", id, r.id(),
              String.valueOf(r.reportingIntervalMonths().getAsInt())).withItems(List.of("d)")));
        } else if (overdue(r.lastReportedOn().get(), r.reportingIntervalMonths().getAsInt(), on)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".overdue", id, r.id(),
              r.lastReportedOn().get().toString(),
              String.valueOf(r.reportingIntervalMonths().getAsInt()), on.toString())
              .withItems(List.of("d)")));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(reporting), join(ids(reporting)))
          .withItems(List.of("d)")));
    }
  }
}
