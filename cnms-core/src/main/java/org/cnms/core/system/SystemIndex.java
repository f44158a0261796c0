// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.Revisable;
import org.cnms.core.context.ComplianceObligation;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.PartyRequirement;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.VerificationStatement;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.IdSpelling;
import org.cnms.core.improvement.ImprovementAction;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.Role;
import org.cnms.core.operation.ProcurementCriterion;
import org.cnms.core.organisation.Facility;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.DocumentedInformation;

/**
 * The id index of a {@link ManagementSystem}: every identified record by id (nested ones such as
 * phased targets and corrective actions included), and the references between records, checked
 * once. Lookups are constant time, so the aggregate's checks and the conformity rules stay linear
 * in the size of the system.
 */
final class SystemIndex {

  private static final List<Class<?>> SOURCE_OR_SINK = List.of(GhgSource.class, GhgSink.class);
  private static final List<Class<?>> PERSON = List.of(Person.class);
  private static final List<Class<?>> ANY = List.of(Identified.class);

  private String organisationId = "";
  private final Map<String, Identified> byId = new LinkedHashMap<>();
  private final Map<String, Identified> byLooseId = new java.util.HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();

  private record Reference(Identified from, String field, String to, List<Class<?>> expected) {}

  private SystemIndex() {}

  static SystemIndex of(ManagementSystem s) {
    SystemIndex x = new SystemIndex();
    x.organisationId = s.organisation().id();
    x.add(List.of(s.organisation()));
    x.add(s.facilities());
    x.add(s.contextFactors());
    x.add(s.interestedParties());
    s.interestedParties().forEach(p -> x.add(p.requirements()));
    x.add(s.complianceObligations());
    x.add(s.persons());
    x.add(s.policies());
    x.add(s.leadershipCommitments());
    x.add(s.teams());
    x.add(s.roles());
    x.add(s.risks());
    x.add(s.riskActions());
    x.add(s.sources());
    x.add(s.sinks());
    x.add(s.methods());
    x.add(s.ghgReviews());
    s.ghgReviews().forEach(r -> x.add(r.opportunities()));
    x.add(s.inventories());
    x.add(s.indicators());
    x.add(s.baselines());
    x.add(s.baselineRecalculations());
    x.add(s.neutralityTargets());
    s.neutralityTargets().forEach(t -> x.add(t.phasedTargets()));
    x.add(s.ghgTargets());
    x.add(s.actionPlans());
    x.add(s.carbonAssetPlans());
    x.add(s.dataQualityPlans());
    s.dataQualityPlans().forEach(p -> x.add(p.items()));
    x.add(s.resources());
    x.add(s.competenceRequirements());
    x.add(s.competenceRecords());
    x.add(s.awarenessRecords());
    x.add(s.communications());
    x.add(s.suggestions());
    x.add(s.documents());
    x.add(s.operationalCriteria());
    x.add(s.outsourcedProcessControls());
    x.add(s.designReviews());
    x.add(s.procurementCriteria());
    x.add(s.supplierNotices());
    x.add(s.changes());
    x.add(s.monitoringResults());
    x.add(s.deviationAnalyses());
    x.add(s.ghgReports());
    x.add(s.verificationStatements());
    x.add(s.instruments());
    x.add(s.complianceEvaluations());
    x.add(s.auditProgrammes());
    x.add(s.audits());
    s.audits().forEach(a -> x.add(a.findings()));
    x.add(s.managementReviews());
    x.add(s.nonconformities());
    s.nonconformities().forEach(n -> x.add(n.correctiveActions()));
    x.add(s.improvementActions());
    x.collectReferences(s);
    return x;
  }

  private void collectReferences(ManagementSystem s) {
    s.boundary().facilities().forEach(e ->
        refer(s.organisation(), "boundary.facilities", e.facilityId(), Facility.class));
    for (InterestedParty p : s.interestedParties()) {
      for (PartyRequirement r : p.requirements()) {
        r.complianceObligationId().ifPresent(o ->
            refer(p, "requirements.complianceObligationId", o, ComplianceObligation.class));
      }
    }
    s.complianceObligations().forEach(o -> o.partyId().ifPresent(p ->
        refer(o, "partyId", p, InterestedParty.class)));
    s.contextFactors().forEach(f ->
        referAll(f, "partyIds", f.partyIds(), List.of(InterestedParty.class)));
    referAll(s.organisation(), "scope.consideredFactorIds", s.scope().consideredFactorIds(),
        List.of(ContextFactor.class));
    referAll(s.organisation(), "scope.consideredRequirementIds",
        s.scope().consideredRequirementIds(), List.of(PartyRequirement.class));
    s.scope().documentId().ifPresent(d ->
        refer(s.organisation(), "scope.documentId", d, DocumentedInformation.class));
    s.policies().forEach(p -> p.documentId().ifPresent(d ->
        refer(p, "documentId", d, DocumentedInformation.class)));
    s.leadershipCommitments().forEach(c -> c.personId().ifPresent(p ->
        refer(c, "personId", p, Person.class)));
    s.teams().forEach(t -> {
      t.facilityId().ifPresent(f -> refer(t, "facilityId", f, Facility.class));
      referAll(t, "memberPersonIds", t.memberPersonIds(), PERSON);
      refer(t, "leaderPersonId", t.leaderPersonId(), Person.class);
    });
    s.roles().forEach(r -> referAll(r, "holderPersonIds", r.holderPersonIds(), PERSON));
    s.risks().forEach(r -> {
      referAll(r, "relatedFactorIds", r.relatedFactorIds(), List.of(ContextFactor.class));
      referAll(r, "relatedPartyIds", r.relatedPartyIds(), List.of(InterestedParty.class));
    });
    s.riskActions().forEach(a -> {
      referAll(a, "riskOrOpportunityIds", a.riskOrOpportunityIds(),
          List.of(RiskOrOpportunity.class));
      refer(a, "ownerPersonId", a.ownerPersonId(), Person.class);
    });
    for (GhgSource src : s.sources()) {
      refer(src, "facilityId", src.facilityId(), Facility.class);
      refer(src, "methodId", src.methodId(), QuantificationMethod.class);
      src.ownerPersonId().ifPresent(p -> refer(src, "ownerPersonId", p, Person.class));
      if (!s.boundary().includes(src.facilityId())) {
        problems.add("GhgSource " + src.id() + " sits in facility '" + src.facilityId()
            + "', which is outside the organisational boundary");
      }
    }
    for (GhgSink sink : s.sinks()) {
      refer(sink, "facilityId", sink.facilityId(), Facility.class);
      refer(sink, "methodId", sink.methodId(), QuantificationMethod.class);
      sink.ownerPersonId().ifPresent(p -> refer(sink, "ownerPersonId", p, Person.class));
      if (!s.boundary().includes(sink.facilityId())) {
        problems.add("GhgSink " + sink.id() + " sits in facility '" + sink.facilityId()
            + "', which is outside the organisational boundary");
      }
    }
    s.ghgReviews().forEach(r -> {
      refer(r, "inventoryId", r.inventoryId(), GhgInventory.class);
      r.sourceReviews().forEach(sr -> {
        referAny(r, "sourceReviews.sourceId", sr.sourceId(), SOURCE_OR_SINK);
        referAll(r, "sourceReviews.influencerPersonIds", sr.influencerPersonIds(), PERSON);
      });
      for (ImprovementOpportunity o : r.opportunities()) {
        referAll(o, "sourceIds", o.sourceIds(), SOURCE_OR_SINK);
      }
    });
    for (GhgInventory inv : s.inventories()) {
      inv.lines().forEach(l -> {
        referAny(inv, "lines.sourceId", l.sourceId(), SOURCE_OR_SINK);
        refer(inv, "lines.facilityId", l.facilityId(), Facility.class);
      });
    }
    s.indicators().forEach(i -> i.facilityId().ifPresent(f ->
        refer(i, "facilityId", f, Facility.class)));
    for (Baseline b : s.baselines()) {
      referAll(b, "inventoryIds", b.inventoryIds(), List.of(GhgInventory.class));
      b.recalculationId().ifPresent(r ->
          refer(b, "recalculationId", r, BaselineRecalculation.class));
    }
    for (BaselineRecalculation r : s.baselineRecalculations()) {
      refer(r, "baselineId", r.baselineId(), Baseline.class);
      r.newBaselineId().ifPresent(b -> refer(r, "newBaselineId", b, Baseline.class));
    }
    s.neutralityTargets().forEach(t -> {
      refer(t, "baselineId", t.baselineId(), Baseline.class);
      for (PhasedTarget p : t.phasedTargets()) {
        p.indicatorId().ifPresent(i -> refer(p, "indicatorId", i, PerformanceIndicator.class));
      }
    });
    for (GhgTarget g : s.ghgTargets()) {
      refer(g, "phasedTargetId", g.phasedTargetId(), PhasedTarget.class);
      g.facilityId().ifPresent(f -> refer(g, "facilityId", f, Facility.class));
    }
    for (ActionPlan a : s.actionPlans()) {
      referAll(a, "ghgTargetIds", a.ghgTargetIds(), List.of(GhgTarget.class));
      a.responsible().ifPresent(r -> referAny(a, "responsible", r,
          List.of(Person.class, Role.class)));
    }
    s.dataQualityPlans().forEach(p -> {
      for (DataQualityItem i : p.items()) {
        referAll(i, "sourceIds", i.sourceIds(), SOURCE_OR_SINK);
        referAll(i, "meterIds", i.meterIds(), List.of(MeasuringInstrument.class));
        referAll(i, "indicatorIds", i.indicatorIds(), List.of(PerformanceIndicator.class));
        i.ownerPersonId().ifPresent(o -> refer(i, "ownerPersonId", o, Person.class));
        i.ownerRoleId().ifPresent(o -> refer(i, "ownerRoleId", o, Role.class));
      }
    });
    s.competenceRequirements().forEach(r -> refer(r, "roleId", r.roleId(), Role.class));
    s.competenceRecords().forEach(r -> {
      refer(r, "personId", r.personId(), Person.class);
      refer(r, "roleId", r.roleId(), Role.class);
      referAll(r, "requirementIds", r.requirementIds(), List.of(CompetenceRequirement.class));
    });
    s.communications().forEach(c -> c.inResponseTo().ifPresent(i ->
        referAny(c, "inResponseTo", i, ANY)));
    s.suggestions().forEach(g -> g.fromPersonId().ifPresent(p ->
        refer(g, "fromPersonId", p, Person.class)));
    s.operationalCriteria().forEach(c -> {
      referAll(c, "sourceIds", c.sourceIds(), List.of(GhgSource.class));
      referAll(c, "sinkIds", c.sinkIds(), List.of(GhgSink.class));
    });
    s.outsourcedProcessControls().forEach(c ->
        referAll(c, "sourceIds", c.sourceIds(), SOURCE_OR_SINK));
    s.supplierNotices().forEach(n ->
        referAll(n, "criterionIds", n.criterionIds(), List.of(ProcurementCriterion.class)));
    s.changes().forEach(c -> {
      c.baselineRecalculationId().ifPresent(r ->
          refer(c, "baselineRecalculationId", r, BaselineRecalculation.class));
      referAll(c, "affectedSourceIds", c.affectedSourceIds(), SOURCE_OR_SINK);
    });
    for (MonitoringResult m : s.monitoringResults()) {
      m.indicatorId().ifPresent(i -> refer(m, "indicatorId", i, PerformanceIndicator.class));
      m.sourceId().ifPresent(i -> referAny(m, "sourceId", i, SOURCE_OR_SINK));
    }
    s.deviationAnalyses().forEach(d ->
        refer(d, "monitoringResultId", d.monitoringResultId(), MonitoringResult.class));
    for (GhgReport r : s.ghgReports()) {
      refer(r, "inventoryId", r.inventoryId(), GhgInventory.class);
      r.verificationStatementId().ifPresent(v ->
          refer(r, "verificationStatementId", v, VerificationStatement.class));
    }
    s.verificationStatements().forEach(v -> refer(v, "reportId", v.reportId(), GhgReport.class));
    for (MeasuringInstrument m : s.instruments()) {
      refer(m, "facilityId", m.facilityId(), Facility.class);
      referAll(m, "sourceIds", m.sourceIds(), SOURCE_OR_SINK);
    }
    s.complianceEvaluations().forEach(e ->
        refer(e, "obligationId", e.obligationId(), ComplianceObligation.class));
    for (Audit a : s.audits()) {
      refer(a, "programmeId", a.programmeId(), AuditProgramme.class);
      referAll(a, "auditorPersonIds", a.auditorPersonIds(), PERSON);
      referAll(a, "reportedToPersonIds", a.reportedToPersonIds(), PERSON);
      for (AuditedArea area : a.auditedAreas()) {
        referAll(a, "auditedAreas.responsiblePersonIds", area.responsiblePersonIds(), PERSON);
      }
      for (AuditFinding f : a.findings()) {
        f.nonconformityId().ifPresent(n -> refer(f, "nonconformityId", n, Nonconformity.class));
      }
    }
    for (ManagementReview r : s.managementReviews()) {
      referAll(r, "participantPersonIds", r.participantPersonIds(), PERSON);
      referAll(r, "decidedActionIds", r.decidedActionIds(), ANY);
      referAll(r, "missedTargetIds", r.missedTargetIds(),
          List.of(PhasedTarget.class, GhgTarget.class));
      r.actionsForMissedTargets().forEach((target, actions) -> {
        referAny(r, "actionsForMissedTargets", target,
            List.of(PhasedTarget.class, GhgTarget.class));
        referAll(r, "actionsForMissedTargets", actions, ANY);
      });
      r.previousReviewId().ifPresent(p ->
          refer(r, "previousReviewId", p, ManagementReview.class));
    }
    for (Nonconformity n : s.nonconformities()) {
      for (CorrectiveAction a : n.correctiveActions()) {
        refer(a, "responsiblePersonId", a.responsiblePersonId(), Person.class);
      }
      n.effectivenessReviews().forEach(r ->
          refer(n, "effectivenessReviews.reviewerPersonId", r.reviewerPersonId(), Person.class));
    }
    for (ImprovementAction a : s.improvementActions()) {
      refer(a, "responsiblePersonId", a.responsiblePersonId(), Person.class);
      referAll(a, "relatedIndicatorIds", a.relatedIndicatorIds(),
          List.of(PerformanceIndicator.class));
    }
  }

  /** Adds records, noting ids used twice and the record each revision supersedes. */
  private void add(Collection<? extends Identified> records) {
    for (Identified r : records) {
      Identified previous = byId.putIfAbsent(r.id(), r);
      if (previous != null) {
        problems.add("id '" + r.id() + "' is used by both a " + kind(previous) + " and a "
            + kind(r));
      } else {
        Identified alike = byLooseId.putIfAbsent(IdSpelling.loose(r.id()), r);
        if (alike != null) {
          problems.add(kind(r) + " id '" + r.id() + "' differs from " + kind(alike) + " id '"
              + alike.id() + "' only by case, width, a dash or whitespace; did you mean '"
              + alike.id() + "'? An id is one thing, never a second one spelled alike");
        }
      }
      if (r instanceof Revisable) {
        ((Revisable) r).supersedes().ifPresent(to -> references.add(
            new Reference(r, "supersedes", to, List.of(r.getClass()))));
      }
    }
  }

  private void refer(Identified from, String field, String to, Class<?> expected) {
    references.add(new Reference(from, field, to, List.of(expected)));
  }

  private void referAny(Identified from, String field, String to, List<Class<?>> expected) {
    references.add(new Reference(from, field, to, expected));
  }

  private void referAll(Identified from, String field, Collection<String> ids,
      List<Class<?>> expected) {
    for (String to : ids) {
      references.add(new Reference(from, field, to, expected));
    }
  }

  /** The record with this id, if it is of the given type. */
  <T> Optional<T> find(String id, Class<T> type) {
    Identified r = byId.get(id);
    return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
  }

  /** Every identified record by id, in the order of the system. */
  Map<String, Identified> records() {
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Checks that every reference resolves to a record of an expected kind.
   *
   * @throws IllegalArgumentException listing every problem found
   */
  void verify() {
    List<String> all = new ArrayList<>(problems);
    for (Reference ref : references) {
      Identified target = byId.get(ref.to);
      if (target == null) {
        Identified alike = byLooseId.get(IdSpelling.loose(ref.to));
        all.add(kind(ref.from) + " " + ref.from.id() + " refers through " + ref.field + " to '"
            + ref.to + "', which does not exist" + (alike == null ? ""
                : "; did you mean '" + alike.id() + "' (" + kind(alike) + ")?"));
      } else if (ref.expected.stream().noneMatch(t -> t.isInstance(target))) {
        all.add(kind(ref.from) + " " + ref.from.id() + " refers through " + ref.field + " to '"
            + ref.to + "', which is a " + kind(target) + ", not a "
            + String.join(" or ", ref.expected.stream().map(SystemIndex::simpleName).toList()));
      }
    }
    if (!all.isEmpty()) {
      throw new IllegalArgumentException("ManagementSystem of organisation " + organisationId
          + " is not consistent ("
          + all.size() + (all.size() == 1 ? " problem" : " problems") + "): "
          + String.join("; ", all));
    }
  }

  static String kind(Object record) {
    return simpleName(record.getClass());
  }

  private static String simpleName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }
}
