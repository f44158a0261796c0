package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.context.ContextIssue;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.IssueKind;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.ScopeExclusion;
import org.cnms.core.system.ManagementSystem;

/** The rules of T/CAS 612 clause 4, context of the organisation. */
public final class ContextRules {

  private ContextRules() {}

  /** The rules of clause 4, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new IssuesRule(), new PartiesRule(), new ScopeRule());
  }

  /** 4.1: at least one external and one internal issue is recorded. */
  static final class IssuesRule extends AbstractConformityRule {
    IssuesRule() {
      super("core.4.1.internal-and-external-issues", "4.1");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<ContextIssue> issues = context.system().contextIssues();
      if (issues.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY,
            "未记录任何与碳中和管理体系相关的内部或外部问题",
            "No internal or external issue relevant to the CNMS is recorded", List.of()));
      }
      List<String> internal = new ArrayList<>();
      List<String> external = new ArrayList<>();
      for (ContextIssue i : issues) {
        (i.kind() == IssueKind.INTERNAL ? internal : external).add(i.id());
      }
      List<String> all = issues.stream().map(ContextIssue::id).toList();
      if (internal.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY,
            "只记录了外部问题（" + join(external) + "），未记录任何内部问题",
            "Only external issues are recorded (" + join(external) + "); no internal issue is",
            all));
      }
      if (external.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY,
            "只记录了内部问题（" + join(internal) + "），未记录任何外部问题",
            "Only internal issues are recorded (" + join(internal) + "); no external issue is",
            all));
      }
      return List.of(conforms(
          "已记录外部问题 " + external.size() + " 项（" + join(external) + "）和内部问题 "
              + internal.size() + " 项（" + join(internal) + "）",
          "External issues (" + external.size() + ": " + join(external) + ") and internal issues ("
              + internal.size() + ": " + join(internal) + ") are recorded", all));
    }
  }

  /** 4.2: every party has a requirement and was reviewed within the review interval. */
  static final class PartiesRule extends AbstractConformityRule {
    PartiesRule() {
      super("core.4.2.parties-and-review", "4.2");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<InterestedParty> parties = context.system().interestedParties();
      if (parties.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, "未确定任何相关方",
            "No interested party is determined", List.of()));
      }
      LocalDate on = context.assessmentDate();
      List<Finding> problems = new ArrayList<>();
      for (InterestedParty p : parties) {
        String who = p.id() + "（" + p.name() + "）";
        String whoEn = p.id() + " (" + p.name() + ")";
        if (p.requirements().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "相关方 " + who + " 未记录任何需求或期望",
              "Interested party " + whoEn + " has no recorded requirement", List.of(p.id())));
        }
        int months = p.reviewIntervalMonths().orElse(
            context.parameters().partyReviewIntervalMonths());
        if (p.lastReviewedOn().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "相关方 " + who + " 及其要求从未评审（评审周期 " + months + " 个月）",
              "Interested party " + whoEn + " and its requirements have never been reviewed"
                  + " (review interval " + months + " months)", List.of(p.id())));
        } else if (overdue(p.lastReviewedOn().get(), months, on)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "相关方 " + who + " 上次评审于 " + p.lastReviewedOn().get() + "，至评价日 " + on
                  + " 已超过 " + months + " 个月的评审周期",
              "Interested party " + whoEn + " was last reviewed on " + p.lastReviewedOn().get()
                  + ", more than the review interval of " + months + " months before " + on,
              List.of(p.id())));
        }
      }
      List<String> ids = parties.stream().map(InterestedParty::id).toList();
      return problemsOr(problems, conforms(
          "相关方 " + parties.size() + " 个（" + join(ids) + "）均有记录的要求，且均在评审周期内评审",
          "All " + parties.size() + " interested parties (" + join(ids) + ") have recorded"
              + " requirements and were reviewed within their review interval", ids));
    }
  }

  /**
   * 4.3: the boundary names facilities, every source and sink sits in one of them, the scope names
   * its activities, and a registered facility left outside the boundary is justified as an
   * exclusion of the scope.
   */
  static final class ScopeRule extends AbstractConformityRule {
    ScopeRule() {
      super("core.4.3.1.scope-and-boundary", "4.3.1");
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<Finding> problems = new ArrayList<>();
      Set<String> inside = new HashSet<>();
      for (BoundaryEntry e : s.boundary().facilities()) {
        inside.add(e.facilityId());
      }
      String org = s.organisation().id();
      if (inside.isEmpty()) {
        problems.add(finding(Verdict.MAJOR_NONCONFORMITY, "组织边界未包含任何设施",
            "The organisational boundary names no facility", List.of(org)));
      }
      for (GhgSource src : s.sources()) {
        if (!inside.contains(src.facilityId())) {
          problems.add(outside("温室气体源", "GHG source", src.id(), src.facilityId()));
        }
      }
      for (GhgSink sink : s.sinks()) {
        if (!inside.contains(sink.facilityId())) {
          problems.add(outside("温室气体汇", "GHG sink", sink.id(), sink.facilityId()));
        }
      }
      if (s.scope().activities().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY,
            "范围声明未列出所覆盖的活动、产品和服务",
            "The scope statement lists no activity, product or service covered", List.of(org)));
      }
      for (Facility f : s.facilities()) {
        if (!inside.contains(f.id()) && !justified(f, s.scope().exclusions())) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY,
              "设施 " + f.id() + "（" + f.name() + "）不在组织边界内，范围声明也未说明排除理由",
              "Facility " + f.id() + " (" + f.name() + ") lies outside the organisational"
                  + " boundary, and the scope statement gives no justified exclusion for it",
              List.of(f.id())));
        }
      }
      return problemsOr(problems, conforms(
          "组织边界包含设施 " + inside.size() + " 个（" + join(inside.stream().sorted().toList())
              + "）；全部 " + s.sources().size() + " 个源和 " + s.sinks().size()
              + " 个汇位于边界内；范围声明列出活动 " + s.scope().activities().size() + " 项",
          "The organisational boundary names " + inside.size() + " facilities ("
              + join(inside.stream().sorted().toList()) + "); all " + s.sources().size()
              + " sources and " + s.sinks().size() + " sinks lie inside it; the scope lists "
              + s.scope().activities().size() + " activities", List.of(org)));
    }

    private Finding outside(String kindZh, String kindEn, String id, String facilityId) {
      return finding(Verdict.MAJOR_NONCONFORMITY,
          kindZh + " " + id + " 位于边界外的设施 " + facilityId,
          kindEn + " " + id + " sits in facility " + facilityId
              + ", outside the organisational boundary", List.of(id, facilityId));
    }

    private static boolean justified(Facility f, List<ScopeExclusion> exclusions) {
      for (ScopeExclusion x : exclusions) {
        if (x.subject().contains(f.id()) || x.subject().contains(f.name())) {
          return true;
        }
      }
      return false;
    }
  }
}
