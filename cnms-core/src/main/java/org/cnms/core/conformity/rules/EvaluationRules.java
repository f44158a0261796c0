// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.ComplianceResult;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.evaluation.ReviewOutput;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.internal.ClauseIds;
import org.cnms.core.leadership.Person;
import org.cnms.core.system.ManagementSystem;

/**
 * The rules of T/CAS 612 clauses 9.2 to 9.4, performance evaluation (绩效评价): compliance
 * evaluation, internal audit (内部审核) and management review (管理评审), with two rules on good
 * practice beyond the standard (observations at most).
 */
public final class EvaluationRules {

  private EvaluationRules() {}

  /** The rules of clauses 9.2 to 9.4, in requirement order. */
  public static List<AbstractConformityRule> all() {
    return List.of(new ComplianceRule(), new AuditIntervalRule(), new AuditProgrammeRule(),
        new AuditsRule(), new OwnWorkRule(), new CoverageRule(), new ReviewIntervalRule(),
        new ReviewInputsRule(), new ReviewOutputsRule());
  }

  /** The latest management review held on or before the assessment date, if any. */
  private static Optional<ManagementReview> latestReview(AssessmentContext context) {
    LocalDate on = context.assessmentDate();
    return context.system().managementReviews().stream().filter(r -> !r.heldOn().isAfter(on))
        .max(Comparator.comparing(ManagementReview::heldOn));
  }

  /** The audits conducted on or before the assessment date. */
  private static List<Audit> auditsHeld(AssessmentContext context) {
    LocalDate on = context.assessmentDate();
    return context.system().audits().stream().filter(a -> !a.conductedOn().isAfter(on)).toList();
  }

  /**
   * 9.2: each compliance obligation is evaluated at planned intervals (the obligation's own
   * interval, else that of the assessment parameters) (—1), again after a recorded change of the
   * requirement (—2), and an evaluation that found it not (fully) met records the action taken
   * (—3).
   */
  static final class ComplianceRule extends AbstractConformityRule {
    ComplianceRule() {
      super("core.9.2.obligations-evaluated", "9.2", CoreTexts.TEXT, List.of("—1", "—2", "—3"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      if (s.complianceObligations().isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of())
            .withItems(List.of("—1")));
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
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".never", List.of(o.id()),
              o.id(), o.title()).withItems(List.of("—1")));
          continue;
        }
        if (overdue(e.evaluatedOn(), months, on)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".overdue",
              List.of(o.id(), e.id()), o.id(), o.title(), e.id(), e.evaluatedOn().toString(),
              String.valueOf(months), on.toString()).withItems(List.of("—1")));
        }
        Optional<LocalDate> changed = o.lastChangedOn().filter(c -> !c.isAfter(on));
        if (changed.isPresent() && e.evaluatedOn().isBefore(changed.get())) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".changed",
              List.of(o.id(), e.id()), o.id(), changed.get().toString(), e.id(),
              e.evaluatedOn().toString()).withItems(List.of("—2")));
        }
        if (e.result() != ComplianceResult.COMPLIANT && e.actions().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".no-action",
              List.of(o.id(), e.id()), e.id(), o.id(), e.result().label(Locale.CHINESE),
              e.result().label(Locale.ENGLISH)).withItems(List.of("—3")));
        }
      }
      List<String> ids = s.complianceObligations().stream().map(ComplianceObligation::id)
          .toList();
      return problemsOr(problems, conforms(id() + ".conforms", ids, join(ids)));
    }
  }

  /**
   * 9.3.1: internal audits are held at planned intervals: the latest audit is no older than the
   * frequency of the current audit programme (the one whose cycle holds the assessment date, else
   * the latest).
   */
  static final class AuditIntervalRule extends AbstractConformityRule {
    AuditIntervalRule() {
      super("core.9.3.1.audits-at-planned-intervals", "9.3.1", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      Optional<AuditProgramme> programme = currentProgramme(context);
      if (programme.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".no-programme", List.of()));
      }
      AuditProgramme p = programme.get();
      LocalDate on = context.assessmentDate();
      int months = p.frequencyMonths();
      Optional<Audit> last = auditsHeld(context).stream()
          .max(Comparator.comparing(Audit::conductedOn));
      if (last.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of(p.id()),
            p.id()));
      }
      Audit a = last.get();
      if (overdue(a.conductedOn(), months, on)) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, id() + ".overdue",
            List.of(p.id(), a.id()), a.id(), a.conductedOn().toString(), p.id(),
            String.valueOf(months), on.toString()));
      }
      return List.of(conforms(id() + ".conforms", List.of(p.id(), a.id()), a.id(),
          a.conductedOn().toString(), p.id(), String.valueOf(months)));
    }

    static Optional<AuditProgramme> currentProgramme(AssessmentContext context) {
      LocalDate on = context.assessmentDate();
      List<AuditProgramme> all = context.system().auditProgrammes();
      return all.stream().filter(p -> p.cycle().contains(on)).findFirst()
          .or(() -> all.stream().filter(p -> !p.cycle().start().isAfter(on))
              .max(Comparator.comparing(p -> p.cycle().start())));
    }
  }

  /**
   * 9.3.2 (—1): an audit programme is established with its frequency, methods, responsibilities,
   * planning requirements and reporting.
   */
  static final class AuditProgrammeRule extends AbstractConformityRule {
    AuditProgrammeRule() {
      super("core.9.3.2.audit-programme", "9.3.2", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<AuditProgramme> all = context.system().auditProgrammes();
      if (all.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of()));
      }
      List<Finding> problems = new ArrayList<>();
      for (AuditProgramme p : all) {
        List<String> missing = new ArrayList<>();
        if (p.planningRequirements().isEmpty()) {
          missing.add(id() + ".planning-requirements");
        }
        if (p.reporting().isEmpty()) {
          missing.add(id() + ".reporting");
        }
        if (!missing.isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".incomplete",
              List.of(p.id()), locale -> new Object[] {p.id(), list(locale, missing.stream()
                  .map(k -> CoreTexts.TEXT.get(k, locale)).toList())}));
        }
      }
      List<String> ids = all.stream().map(AuditProgramme::id).toList();
      return problemsOr(problems, conforms(id() + ".conforms", ids, join(ids)));
    }
  }

  /**
   * 9.3.2 a), c), d): each audit held has its criteria and scope (a); its results were reported to
   * top management (a member of a top-management team) and to the persons responsible for the
   * areas audited (c); each nonconformity it found names a nonconformity record of clause 10.2 that
   * exists (d).
   */
  static final class AuditsRule extends AbstractConformityRule {
    AuditsRule() {
      super("core.9.3.2.audits-scoped-reported-corrected", "9.3.2", CoreTexts.TEXT,
          List.of("a)", "c)", "d)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<Audit> held = auditsHeld(context);
      if (held.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of()));
      }
      Set<String> topManagement = new LinkedHashSet<>();
      for (Person p : s.persons()) {
        if (p.topManagement()) {
          topManagement.add(p.id());
        }
      }
      Set<String> nonconformities = s.nonconformities().stream().map(n -> n.id())
          .collect(Collectors.toSet());
      List<Finding> problems = new ArrayList<>();
      for (Audit a : held) {
        if (a.scopeClauses().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".no-scope", List.of(a.id()),
              a.id()).withItems(List.of("a)")));
        }
        if (a.reportedToManagementOn().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".not-reported",
              List.of(a.id()), a.id()).withItems(List.of("c)")));
        } else {
          // with no top-management team recorded (5.1 reports it), top management is unknown
          if (!topManagement.isEmpty()
              && a.reportedToPersonIds().stream().noneMatch(topManagement::contains)) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".not-to-top-management",
                List.of(a.id()), a.id()).withItems(List.of("c)")));
          }
          Set<String> responsible = new LinkedHashSet<>();
          for (AuditedArea area : a.auditedAreas()) {
            responsible.addAll(area.responsiblePersonIds());
          }
          responsible.removeAll(a.reportedToPersonIds());
          if (!responsible.isEmpty()) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".not-to-responsible",
                List.of(a.id()), a.id(), join(List.copyOf(responsible)))
                .withItems(List.of("c)")));
          }
        }
        for (AuditFinding f : a.findings()) {
          if (f.kind().isNonconformity() && f.nonconformityId()
              .filter(nonconformities::contains).isEmpty()) {
            problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".not-corrected",
                List.of(a.id(), f.id()), f.id(), a.id(), f.clause(), f.description())
                .withItems(List.of("d)")));
          }
        }
      }
      List<String> ids = held.stream().map(Audit::id).toList();
      return problemsOr(problems, conforms(id() + ".conforms", ids, join(ids)));
    }
  }

  /** 9.3.2 b), beyond T/CAS 612: no auditor audited an area he or she is responsible for. */
  static final class OwnWorkRule extends AbstractConformityRule {
    OwnWorkRule() {
      super("core.9.3.2.beyond.own-work", "9.3.2", CoreTexts.TEXT, true);
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<Audit> held = auditsHeld(context);
      List<Finding> problems = new ArrayList<>();
      for (Audit a : held) {
        List<String> own = a.auditorsOfOwnWork();
        if (!own.isEmpty()) {
          List<String> refs = new ArrayList<>(own);
          refs.add(0, a.id());
          problems.add(finding(Verdict.OBSERVATION, id() + ".own-work", refs, a.id(),
              a.conductedOn().toString(), join(own)).withItems(List.of("b)")));
        }
      }
      List<String> ids = held.stream().map(Audit::id).toList();
      return problemsOr(problems, conforms(id() + ".conforms", ids, join(ids))
          .withItems(List.of("b)")));
    }
  }

  /**
   * 9.3.2, beyond T/CAS 612: the audits of the current programme's cycle (up to the assessment
   * date) cover every sub-clause of clauses 4 to 10 at the grain 4.1 … 10.3: an audit scoped to a
   * clause covers its sub-clauses, and one scoped to a sub-clause (8.1.3) counts for its parent
   * (8.1).
   */
  static final class CoverageRule extends AbstractConformityRule {
    CoverageRule() {
      super("core.9.3.2.beyond.clauses-covered", "9.3.2", CoreTexts.TEXT, true);
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      Optional<AuditProgramme> programme = AuditIntervalRule.currentProgramme(context);
      if (programme.isEmpty()) {
        return List.of(finding(Verdict.OBSERVATION, id() + ".no-programme", List.of()));
      }
      AuditProgramme p = programme.get();
      List<Audit> inCycle = auditsHeld(context).stream()
          .filter(a -> a.programmeId().equals(p.id())).toList();
      List<String> scope = inCycle.stream().flatMap(a -> a.scopeClauses().stream()).toList();
      List<String> unaudited = new ArrayList<>();
      for (Requirement r : RequirementCatalogue.tcas612().all()) {
        if (r.id().chars().filter(c -> c == '.').count() != 1) {
          continue;
        }
        if (scope.stream().noneMatch(sc -> ClauseIds.covers(sc, r.id())
            || ClauseIds.covers(r.id(), sc))) {
          unaudited.add(r.id());
        }
      }
      List<String> ids = inCycle.stream().map(Audit::id).toList();
      if (!unaudited.isEmpty()) {
        List<String> refs = new ArrayList<>(ids);
        refs.add(0, p.id());
        return List.of(finding(Verdict.OBSERVATION, id() + ".uncovered", refs, p.id(),
            join(unaudited)));
      }
      return List.of(conforms(id() + ".conforms", ids, p.id(), join(ids)));
    }
  }

  /** 9.4.1: top management reviews the CNMS at planned intervals. */
  static final class ReviewIntervalRule extends AbstractConformityRule {
    ReviewIntervalRule() {
      super("core.9.4.1.review-at-planned-interval", "9.4.1", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      Optional<ManagementReview> latest = latestReview(context);
      if (latest.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of()));
      }
      ManagementReview r = latest.get();
      LocalDate on = context.assessmentDate();
      int months = context.parameters().managementReviewIntervalMonths();
      if (overdue(r.heldOn(), months, on)) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, id() + ".overdue", List.of(r.id()),
            r.id(), r.heldOn().toString(), String.valueOf(months), on.toString()));
      }
      return List.of(conforms(id() + ".conforms", List.of(r.id()), r.id(),
          r.heldOn().toString(), String.valueOf(months)));
    }
  }

  /**
   * 9.4.2: the latest management review has every input a), b) 1)–5), c) 1)–5), d), e), f) (b) and
   * c) are present exactly when all their parts are).
   */
  static final class ReviewInputsRule extends AbstractConformityRule {
    ReviewInputsRule() {
      super("core.9.4.2.review-inputs", "9.4.2", CoreTexts.TEXT,
          List.of("a)", "b)", "b) 1)", "b) 2)", "b) 3)", "b) 4)", "b) 5)", "c)", "c) 1)", "c) 2)",
              "c) 3)", "c) 4)", "c) 5)", "d)", "e)", "f)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      Optional<ManagementReview> latest = latestReview(context);
      if (latest.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of()));
      }
      ManagementReview r = latest.get();
      Set<ReviewInput> missing = r.missingInputs();
      if (!missing.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, id() + ".missing", List.of(r.id()),
            locale -> new Object[] {r.id(), itemLabels(locale, missing)})
            .withItems(missing.stream().map(ReviewInput::citation).toList()));
      }
      return List.of(conforms(id() + ".conforms", List.of(r.id()), r.id(),
          r.heldOn().toString()));
    }
  }

  /**
   * 9.4.3: the latest management review has every output a)–e), with an action for every target
   * it found missed (input c) 2)) (d); its results are retained (—6).
   */
  static final class ReviewOutputsRule extends AbstractConformityRule {
    ReviewOutputsRule() {
      super("core.9.4.3.review-outputs", "9.4.3", CoreTexts.TEXT,
          List.of("a)", "b)", "c)", "d)", "e)", "—6"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      Optional<ManagementReview> latest = latestReview(context);
      if (latest.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, id() + ".none", List.of())
            .withItems(List.of("—6")));
      }
      ManagementReview r = latest.get();
      List<Finding> problems = new ArrayList<>();
      Set<ReviewOutput> missing = r.missingOutputs();
      if (!missing.isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".missing", List.of(r.id()),
            locale -> new Object[] {r.id(), itemLabels(locale, missing)})
            .withItems(missing.stream().map(ReviewOutput::citation).toList()));
      }
      List<String> missed = r.missedTargetsWithoutActions();
      if (!missed.isEmpty()) {
        List<String> refs = new ArrayList<>(missed);
        refs.add(0, r.id());
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, id() + ".missed-without-action", refs,
            r.id(), join(missed)).withItems(List.of("d)")));
      }
      return problemsOr(problems, conforms(id() + ".conforms", List.of(r.id()), r.id(),
          r.heldOn().toString(), r.missedTargetIds().isEmpty() ? "—" : join(r.missedTargetIds())));
    }
  }
}
