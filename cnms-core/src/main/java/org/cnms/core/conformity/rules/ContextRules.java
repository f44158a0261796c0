// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cnms.core.Identified;
import org.cnms.core.conformity.AbstractConformityRule;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.Finding;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.FactorKind;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.PartyRequirement;
import org.cnms.core.i18n.CoreTexts;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.ScopeExclusion;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.system.ManagementSystem;

/**
 * The rules of T/CAS 612 clause 4, context of the organisation: 4.1 factors, 4.2 interested
 * parties, 4.3.1 scope and boundary, 4.3.2 what the scope considered and its documented
 * information. Clause 4.4 is judged by an auditor.
 */
public final class ContextRules {

  private ContextRules() {}

  /** The rules of clause 4, in requirement order, the rules beyond T/CAS 612 after their clause's. */
  public static List<AbstractConformityRule> all() {
    return List.of(new FactorsRule(), new FactorEffectsRule(), new FactorPartiesRule(),
        new PartiesRule(), new RequirementsAsObligationsRule(), new NeedsToActOnRule(),
        new RegularIdentificationRule(), new PartyWithoutRequirementRule(),
        new ScopeAndBoundaryRule(), new ScopeConsiderationsRule(), new ScopeMaintainedRule(),
        new SiteLeftOutWithoutReasonRule());
  }

  private static List<String> ids(List<? extends Identified> records) {
    return records.stream().map(Identified::id).toList();
  }

  private static List<PartyRequirement> requirements(ManagementSystem s) {
    return s.interestedParties().stream().flatMap(p -> p.requirements().stream()).toList();
  }

  /** 4.1 (sentence 1): external and internal factors are both recorded. */
  static final class FactorsRule extends AbstractConformityRule {
    static final String ID = "core.4.1.external-and-internal-factors";

    FactorsRule() {
      super(ID, "4.1", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<ContextFactor> factors = context.system().contextFactors();
      if (factors.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".none", List.of()));
      }
      List<String> internal = new ArrayList<>();
      List<String> external = new ArrayList<>();
      for (ContextFactor f : factors) {
        (f.kind() == FactorKind.INTERNAL ? internal : external).add(f.id());
      }
      List<String> all = ids(factors);
      if (internal.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-internal", all,
            join(external)));
      }
      if (external.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-external", all,
            join(internal)));
      }
      return List.of(conforms(ID + ".ok", all, String.valueOf(external.size()), join(external),
          String.valueOf(internal.size()), join(internal)));
    }
  }

  /**
   * 4.1 a): every factor records its effect on the organisation and on meeting its compliance and
   * voluntary reduction obligations.
   */
  static final class FactorEffectsRule extends AbstractConformityRule {
    static final String ID = "core.4.1.factor-effects";

    FactorEffectsRule() {
      super(ID, "4.1", CoreTexts.TEXT, List.of("a)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<ContextFactor> factors = context.system().contextFactors();
      if (factors.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".none", List.of())
            .withItems(List.of("a)")));
      }
      List<Finding> problems = new ArrayList<>();
      for (ContextFactor f : factors) {
        String key = f.effect().isEmpty()
            ? (f.obligationsEffect().isEmpty() ? ".neither" : ".no-effect")
            : (f.obligationsEffect().isEmpty() ? ".no-obligations-effect" : null);
        if (key != null) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + key, List.of(f.id()), f.id())
              .withItems(List.of("a)")));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(factors),
          String.valueOf(factors.size())).withItems(List.of("a)")));
    }
  }

  /** 4.1 b): the factors name the interested parties they affect or are affected by. */
  static final class FactorPartiesRule extends AbstractConformityRule {
    static final String ID = "core.4.1.factors-and-interested-parties";

    FactorPartiesRule() {
      super(ID, "4.1", CoreTexts.TEXT, List.of("b)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<ContextFactor> factors = context.system().contextFactors();
      List<String> linked = factors.stream().filter(f -> !f.partyIds().isEmpty())
          .map(ContextFactor::id).toList();
      if (linked.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".none", ids(factors))
            .withItems(List.of("b)")));
      }
      return List.of(conforms(ID + ".ok", linked, String.valueOf(linked.size()), join(linked))
          .withItems(List.of("b)")));
    }
  }

  /** 4.2 a) and b): interested parties are determined, and their relevant requirements. */
  static final class PartiesRule extends AbstractConformityRule {
    static final String ID = "core.4.2.parties-and-requirements";

    PartiesRule() {
      super(ID, "4.2", CoreTexts.TEXT, List.of("a)", "b)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<InterestedParty> parties = context.system().interestedParties();
      if (parties.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".no-party", List.of())
            .withItems(List.of("a)")));
      }
      List<PartyRequirement> requirements = requirements(context.system());
      if (requirements.isEmpty()) {
        return List.of(finding(Verdict.MAJOR_NONCONFORMITY, ID + ".no-requirement",
            ids(parties), join(ids(parties))).withItems(List.of("b)")));
      }
      long legal = requirements.stream().filter(PartyRequirement::legal).count();
      return List.of(conforms(ID + ".ok", ids(parties), String.valueOf(parties.size()),
          join(ids(parties)), String.valueOf(requirements.size()), String.valueOf(legal)));
    }
  }

  /**
   * 4.2 b) (second sentence, 应考虑): every requirement is either taken into the compliance
   * obligations or carries the recorded decision not to.
   */
  static final class RequirementsAsObligationsRule extends AbstractConformityRule {
    static final String ID = "core.4.2.requirements-and-compliance-obligations";

    RequirementsAsObligationsRule() {
      super(ID, "4.2", CoreTexts.TEXT, List.of("b) (cont.)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<PartyRequirement> requirements = requirements(context.system());
      List<String> undecided = requirements.stream()
          .filter(r -> r.complianceObligationId().isEmpty() && r.notAdoptedReason().isEmpty())
          .map(PartyRequirement::id).toList();
      if (!undecided.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".undecided", undecided,
            join(undecided)).withItems(List.of("b)")));
      }
      long adopted = requirements.stream().filter(r -> r.complianceObligationId().isPresent())
          .count();
      return List.of(conforms(ID + ".ok", ids(requirements), String.valueOf(requirements.size()),
          String.valueOf(adopted), String.valueOf(requirements.size() - adopted))
          .withItems(List.of("b)")));
    }
  }

  /** 4.2 c): for every requirement it is decided whether it is to be acted on. */
  static final class NeedsToActOnRule extends AbstractConformityRule {
    static final String ID = "core.4.2.needs-to-act-on";

    NeedsToActOnRule() {
      super(ID, "4.2", CoreTexts.TEXT, List.of("c)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<PartyRequirement> requirements = requirements(context.system());
      List<String> undecided = requirements.stream().filter(r -> r.actionNeeded().isEmpty())
          .map(PartyRequirement::id).toList();
      if (!undecided.isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".undecided", undecided,
            join(undecided)).withItems(List.of("c)")));
      }
      List<String> acted = requirements.stream().filter(r -> r.actionNeeded().orElseThrow())
          .map(PartyRequirement::id).toList();
      return List.of(conforms(ID + ".ok", ids(requirements), String.valueOf(requirements.size()),
          String.valueOf(acted.size())).withItems(List.of("c)")));
    }
  }

  /**
   * 4.2 (sentence 5): the parties' needs and expectations are identified again within the
   * organisation's interval (the party's own, else the assessor's default).
   */
  static final class RegularIdentificationRule extends AbstractConformityRule {
    static final String ID = "core.4.2.regular-identification";

    RegularIdentificationRule() {
      super(ID, "4.2", CoreTexts.TEXT, List.of("—5"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<InterestedParty> parties = context.system().interestedParties();
      LocalDate on = context.assessmentDate();
      List<Finding> problems = new ArrayList<>();
      for (InterestedParty p : parties) {
        String months = String.valueOf(p.reviewIntervalMonths().orElse(
            context.parameters().partyReviewIntervalMonths()));
        if (p.lastReviewedOn().isEmpty()) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".never", List.of(p.id()),
              p.id(), p.name(), months));
        } else if (overdue(p.lastReviewedOn().get(), Integer.parseInt(months), on)) {
          problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".overdue", List.of(p.id()),
              p.id(), p.name(), p.lastReviewedOn().get().toString(), months, on.toString()));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(parties),
          String.valueOf(parties.size())));
    }
  }

  /**
   * Beyond T/CAS 612 (register 4.2 row 5): every interested party has at least one recorded
   * requirement. An observation at most.
   */
  static final class PartyWithoutRequirementRule extends AbstractConformityRule {
    static final String ID = "core.4.2.beyond.party-without-requirement";

    PartyWithoutRequirementRule() {
      super(ID, "4.2", CoreTexts.TEXT, true, List.of("—5"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      List<InterestedParty> parties = context.system().interestedParties();
      List<Finding> problems = new ArrayList<>();
      for (InterestedParty p : parties) {
        if (p.requirements().isEmpty()) {
          problems.add(finding(Verdict.OBSERVATION, ID + ".none", List.of(p.id()), p.id(),
              p.name()));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", ids(parties),
          String.valueOf(parties.size())));
    }
  }

  /**
   * 4.3.1: the boundary and the scope are recorded. The model holds no system without both (a
   * boundary names at least one site, a scope has a statement), so this rule reports what they
   * are.
   */
  static final class ScopeAndBoundaryRule extends AbstractConformityRule {
    static final String ID = "core.4.3.1.scope-and-boundary";

    ScopeAndBoundaryRule() {
      super(ID, "4.3.1", CoreTexts.TEXT, List.of("—1"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<String> sites = s.boundary().facilities().stream().map(BoundaryEntry::facilityId)
          .toList();
      return List.of(conforms(ID + ".ok", List.of(s.organisation().id()),
          String.valueOf(sites.size()), join(sites),
          s.boundary().approach().labelZh(), s.boundary().approach().labelEn()));
    }
  }

  /**
   * 4.3.2 a) to e) (应考虑): the scope record cites what it weighed — the factors, the parties'
   * requirements, the functions and operating units (the sites being the boundary's), the
   * activities, products and services, and what the organisation can control or influence.
   */
  static final class ScopeConsiderationsRule extends AbstractConformityRule {
    static final String ID = "core.4.3.2.scope-considerations";

    ScopeConsiderationsRule() {
      super(ID, "4.3.2", CoreTexts.TEXT, List.of("a)", "b)", "c)", "d)", "e)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ScopeStatement scope = context.system().scope();
      List<String> org = List.of(context.system().organisation().id());
      List<Finding> problems = new ArrayList<>();
      if (scope.consideredFactorIds().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-factors", org)
            .withItems(List.of("a)")));
      }
      if (scope.consideredRequirementIds().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-requirements", org)
            .withItems(List.of("b)")));
      }
      if (scope.functions().isEmpty() || scope.operatingUnits().isEmpty()) {
        String key = scope.functions().isEmpty()
            ? (scope.operatingUnits().isEmpty() ? ".no-functions-or-units" : ".no-functions")
            : ".no-units";
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + key, org)
            .withItems(List.of("c)")));
      }
      if (scope.activities().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-activities", org)
            .withItems(List.of("d)")));
      }
      if (scope.controlAndInfluence().isEmpty()) {
        problems.add(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-control-basis", org)
            .withItems(List.of("e)")));
      }
      return problemsOr(problems, conforms(ID + ".ok", org,
          String.valueOf(scope.consideredFactorIds().size()),
          String.valueOf(scope.consideredRequirementIds().size()),
          String.valueOf(scope.functions().size()), String.valueOf(scope.operatingUnits().size()),
          String.valueOf(context.system().boundary().facilities().size()),
          String.valueOf(scope.activities().size())));
    }
  }

  /** 4.3.2 (sentence 6): the scope and boundary are maintained as documented information. */
  static final class ScopeMaintainedRule extends AbstractConformityRule {
    static final String ID = "core.4.3.2.scope-maintained";

    ScopeMaintainedRule() {
      super(ID, "4.3.2", CoreTexts.TEXT, List.of("—6"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ScopeStatement scope = context.system().scope();
      String org = context.system().organisation().id();
      if (scope.documentId().isEmpty()) {
        return List.of(finding(Verdict.MINOR_NONCONFORMITY, ID + ".no-document", List.of(org)));
      }
      String doc = scope.documentId().get();
      return List.of(conforms(ID + ".ok", List.of(org, doc), doc));
    }
  }

  /**
   * Beyond T/CAS 612 (register 4.3.2 e)): every registered site left outside the boundary has a
   * reason among the scope's exclusions. An observation at most.
   */
  static final class SiteLeftOutWithoutReasonRule extends AbstractConformityRule {
    static final String ID = "core.4.3.2.beyond.site-left-out-without-reason";

    SiteLeftOutWithoutReasonRule() {
      super(ID, "4.3.2", CoreTexts.TEXT, true, List.of("e)"));
    }

    @Override
    public List<Finding> evaluate(AssessmentContext context) {
      ManagementSystem s = context.system();
      List<Finding> problems = new ArrayList<>();
      int outside = 0;
      for (Facility f : s.facilities()) {
        if (s.boundary().includes(f.id())) {
          continue;
        }
        outside++;
        if (!justified(f, s.scope().exclusions())) {
          problems.add(finding(Verdict.OBSERVATION, ID + ".no-reason", List.of(f.id()), f.id(),
              f.name()));
        }
      }
      return problemsOr(problems, conforms(ID + ".ok", List.of(s.organisation().id()),
          String.valueOf(outside)));
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
