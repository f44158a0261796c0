// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.system;

import static org.cnms.core.testing.CoreGen.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cnms.core.context.ComplianceObligation;
import org.cnms.core.context.ContextGen;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.context.PartyRequirement;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.DeviationAnalysis;
import org.cnms.core.evaluation.EvaluationGen;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.VerificationStatement;
import org.cnms.core.improvement.CorrectiveAction;
import org.cnms.core.improvement.EffectivenessReview;
import org.cnms.core.improvement.ImprovementAction;
import org.cnms.core.improvement.ImprovementGen;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.ImprovementOpportunity;
import org.cnms.core.inventory.InventoryGen;
import org.cnms.core.inventory.InventoryLine;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.inventory.SourceReview;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.LeadershipCommitment;
import org.cnms.core.leadership.LeadershipGen;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.Role;
import org.cnms.core.leadership.TeamLevel;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.OperationGen;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OutsourcedProcessControl;
import org.cnms.core.operation.ProcurementCriterion;
import org.cnms.core.operation.SupplierNotice;
import org.cnms.core.organisation.BoundaryEntry;
import org.cnms.core.organisation.ConsolidationApproach;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.OrganisationGen;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.PerformanceGen;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.planning.CarbonAssetPlan;
import org.cnms.core.planning.CollectionMethod;
import org.cnms.core.planning.DataQualityItem;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.PlanningGen;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.Communication;
import org.cnms.core.support.Suggestion;
import org.cnms.core.support.SupportGen;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Consistent random {@link ManagementSystem}s: a few records of every kind from the generators of
 * each package, renamed to ids unique in the system and with every reference pointed at a
 * generated record of the right kind, so the aggregate accepts them. Revisions are first versions
 * (no {@code supersedes}), and a management review names no previous review.
 */
public final class ManagementSystemGen {

  private ManagementSystemGen() {}

  /** Consistent systems with up to a few records of each kind. */
  public static Gen<ManagementSystem> systems() {
    return in -> new Build(in).system();
  }

  /** One generation: the randomness and the ids generated so far, by kind. */
  private static final class Build {
    private final RandomnessSource in;

    Build(RandomnessSource in) {
      this.in = in;
    }

    private int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    private boolean coin() {
      return between(0, 1) == 1;
    }

    /** One id of the pool, which must not be empty. */
    private String one(List<String> pool) {
      return pool.get(between(0, pool.size() - 1));
    }

    /** Distinct ids of the pool, at least {@code min} (if the pool has them), in pool order. */
    private List<String> some(List<String> pool, int min) {
      List<String> picked = new ArrayList<>();
      for (String id : pool) {
        if (coin()) {
          picked.add(id);
        }
      }
      for (int i = 0; picked.size() < Math.min(min, pool.size()); i++) {
        if (!picked.contains(pool.get(i))) {
          picked.add(pool.get(i));
        }
      }
      return picked;
    }

    /** An id of the pool or nothing; nothing when the pool is empty. */
    private Optional<String> maybe(List<String> pool) {
      return pool.isEmpty() || !coin() ? Optional.empty() : Optional.of(one(pool));
    }

    /** {@code n} records, {@code min} to {@code max}, renamed prefix-0, prefix-1 … */
    private <T> List<T> records(Gen<T> gen, int min, int max, String prefix,
        java.util.function.BiFunction<T, String, T> withId) {
      List<T> raw = lists(gen, min, max).generate(in);
      List<T> out = new ArrayList<>(raw.size());
      for (int i = 0; i < raw.size(); i++) {
        out.add(withId.apply(raw.get(i), prefix + "-" + i));
      }
      return out;
    }

    private static <T> List<String> ids(List<T> records, Function<T, String> id) {
      return records.stream().map(id).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }

    ManagementSystem system() {
      // 4 ---------------------------------------------------------------------------------
      List<Facility> facilities = records(OrganisationGen.facilities(), 1, 3, "fac",
          Facility::withId);
      List<String> fac = ids(facilities, Facility::id);
      OrganisationalBoundary boundary = OrganisationalBoundary.builder()
          .approach(coin() ? ConsolidationApproach.OPERATIONAL_CONTROL
              : ConsolidationApproach.FINANCIAL_CONTROL)
          .addAllFacilities(fac.stream().map(BoundaryEntry::of).toList())
          .build();
      List<ContextFactor> issues = records(ContextGen.contextFactors(), 0, 3, "ci",
          ContextFactor::withId);
      List<ComplianceObligation> obligations = records(ContextGen.complianceObligations(), 0, 2,
          "co", ComplianceObligation::withId);
      List<String> co = ids(obligations, ComplianceObligation::id);
      List<InterestedParty> parties = new ArrayList<>();
      for (InterestedParty p : records(ContextGen.interestedParties(), 0, 3, "ip",
          InterestedParty::withId)) {
        List<PartyRequirement> reqs = new ArrayList<>();
        for (PartyRequirement r : p.requirements()) {
          reqs.add(r.withId(p.id() + "-" + r.id()).withComplianceObligationId(maybe(co)));
        }
        parties.add(p.withRequirements(reqs));
      }
      List<String> ip = ids(parties, InterestedParty::id);
      obligations = obligations.stream().map(o -> o.withPartyId(maybe(ip))).toList();

      // 5 ---------------------------------------------------------------------------------
      List<Person> persons = records(LeadershipGen.persons(), 1, 3, "p", Person::withId);
      List<String> ps = ids(persons, Person::id);
      List<CarbonNeutralityPolicy> policies = records(LeadershipGen.policies(), 0, 2, "pol",
          (x, id) -> x.withId(id).withSupersedes(Optional.empty()));
      List<LeadershipCommitment> commitments = records(LeadershipGen.leadershipCommitments(),
          0, 2, "lc", (x, id) -> x.withId(id).withPersonId(maybe(ps)));
      List<CarbonNeutralityTeam> teams = records(LeadershipGen.teams(), 0, 2, "team",
          (x, id) -> {
            List<String> members = some(ps, 1);
            List<String> both = new ArrayList<>(x.memberPersonIds());
            members.stream().filter(m -> !both.contains(m)).forEach(both::add);
            return x.withId(id)
                .withFacilityId(x.level() == TeamLevel.FACILITY
                    || (x.facilityId().isPresent() && x.level() != TeamLevel.ENTERPRISE)
                    ? Optional.of(one(fac)) : Optional.empty())
                .withMemberPersonIds(both).withLeaderPersonId(members.get(0))
                .withMemberPersonIds(members);
          });
      List<Role> roles = records(LeadershipGen.roles(), 0, 3, "role",
          (x, id) -> x.withId(id).withHolderPersonIds(some(ps, 0)));
      List<String> rl = ids(roles, Role::id);

      // 6.1 -------------------------------------------------------------------------------
      List<String> ci = ids(issues, ContextFactor::id);
      List<RiskOrOpportunity> risks = records(PlanningGen.risksAndOpportunities(), 0, 3, "ro",
          (x, id) -> x.withId(id).withRelatedFactorIds(some(ci, 0))
              .withRelatedPartyIds(some(ip, 0)));
      List<String> ro = ids(risks, RiskOrOpportunity::id);
      List<RiskAction> riskActions = ro.isEmpty() ? List.of()
          : records(PlanningGen.riskActions(), 0, 2, "ra", (x, id) -> x.withId(id)
              .withRiskOrOpportunityIds(some(ro, 1)).withOwnerPersonId(one(ps)));

      // 6.2, 6.3 --------------------------------------------------------------------------
      List<QuantificationMethod> methods = records(InventoryGen.methods(), 1, 2, "m",
          (x, id) -> x.withId(id).withSupersedes(Optional.empty()));
      List<String> ms = ids(methods, QuantificationMethod::id);
      List<GhgSource> sources = records(InventoryGen.sources(), 0, 4, "src",
          (x, id) -> x.withId(id).withFacilityId(one(fac)).withMethodId(one(ms))
              .withOwnerPersonId(maybe(ps)));
      List<GhgSink> sinks = records(InventoryGen.sinks(), 0, 1, "sink",
          (x, id) -> x.withId(id).withFacilityId(one(fac)).withMethodId(one(ms))
              .withOwnerPersonId(maybe(ps)));
      List<String> src = ids(sources, GhgSource::id);
      List<String> snk = ids(sinks, GhgSink::id);
      List<String> srcSnk = concat(src, snk);
      List<GhgInventory> inventories = records(InventoryGen.inventories(), 0, 2, "inv",
          (x, id) -> x.withId(id).withSupersedes(Optional.empty()).withLines(lines(x, srcSnk,
              fac)));
      List<String> inv = ids(inventories, GhgInventory::id);
      List<GhgReview> reviews = inv.isEmpty() ? List.of()
          : records(InventoryGen.reviews(), 0, 1, "gr", (x, id) -> review(x, id, one(inv),
              srcSnk, ps));

      // 6.4 - 6.6 -------------------------------------------------------------------------
      List<PerformanceIndicator> indicators = records(PerformanceGen.performanceIndicators(),
          0, 3, "pi", (x, id) -> x.withId(id)
              .withFacilityId(x.facilityId().isPresent() ? Optional.of(one(fac))
                  : Optional.empty()));
      List<String> pi = ids(indicators, PerformanceIndicator::id);
      List<Baseline> baselines = records(PerformanceGen.baselines(), 0, 2, "bl",
          (x, id) -> x.withId(id).withRecalculationId(Optional.empty())
              .withSupersedes(Optional.empty()).withInventoryIds(some(inv, 0)));
      List<String> bl = ids(baselines, Baseline::id);
      List<BaselineRecalculation> recalculations = bl.isEmpty() ? List.of()
          : records(PerformanceGen.baselineRecalculations(), 0, 2, "br", (x, id) -> {
            String base = one(bl);
            return x.withId(id).withBaselineId(base)
                .withNewBaselineId(maybe(bl).filter(n -> !n.equals(base)));
          });
      List<String> br = ids(recalculations, BaselineRecalculation::id);
      List<CarbonNeutralityTarget> targets = bl.isEmpty() ? List.of()
          : records(PerformanceGen.carbonNeutralityTargets(), 0, 1, "nt",
              (x, id) -> x.withId(id).withSupersedes(Optional.empty()).withBaselineId(one(bl))
                  .withPhasedTargets(phasedTargets(x, id, pi)));
      List<String> pt = new ArrayList<>();
      targets.forEach(t -> t.phasedTargets().forEach(p -> pt.add(p.id())));
      List<GhgTarget> ghgTargets = pt.isEmpty() ? List.of()
          : records(PerformanceGen.ghgTargets(), 0, 3, "gt", (x, id) -> x.withId(id)
              .withPhasedTargetId(one(pt))
              .withFacilityId(x.facilityId().isPresent() ? Optional.of(one(fac))
                  : Optional.empty()));
      List<String> gt = ids(ghgTargets, GhgTarget::id);
      List<ActionPlan> plans = records(PerformanceGen.actionPlans(), 0, 2, "ap",
          (x, id) -> x.withId(id).withGhgTargetIds(some(gt, 0))
              .withResponsible(x.responsible().isPresent()
                  ? Optional.of(one(concat(ps, rl))) : Optional.empty()));

      // 6.7, 6.8, 9.1.3 -------------------------------------------------------------------
      List<CarbonAssetPlan> assetPlans = records(PlanningGen.carbonAssetPlans(), 0, 1, "cap",
          (x, id) -> x.withId(id).withSupersedes(Optional.empty()));
      List<MeasuringInstrument> instruments = records(EvaluationGen.measuringInstruments(), 0,
          2, "mi", (x, id) -> x.withId(id).withFacilityId(one(fac))
              .withSourceIds(some(srcSnk, 0)));
      List<String> mi = ids(instruments, MeasuringInstrument::id);
      List<DataQualityPlan> dataPlans = records(PlanningGen.dataQualityPlans(), 0, 1, "dqp",
          (x, id) -> x.withId(id).withSupersedes(Optional.empty())
              .withItems(dataItems(x, id, srcSnk, mi, ps, rl, pi)));

      // 7 ---------------------------------------------------------------------------------
      List<CompetenceRequirement> requirements = rl.isEmpty() ? List.of()
          : records(SupportGen.competenceRequirements(), 0, 2, "creq",
              (x, id) -> x.withId(id).withRoleId(one(rl)));
      List<String> creq = ids(requirements, CompetenceRequirement::id);
      List<CompetenceRecord> competence = rl.isEmpty() ? List.of()
          : records(SupportGen.competenceRecords(), 0, 2, "crec", (x, id) -> x.withId(id)
              .withPersonId(one(ps)).withRoleId(one(rl)).withRequirementIds(some(creq, 0)));
      List<Communication> communications = records(SupportGen.communications(), 0, 2, "comm",
          (x, id) -> x.withId(id).withInResponseTo(maybe(concat(ip, ci))));
      List<Suggestion> suggestions = records(SupportGen.suggestions(), 0, 2, "sg",
          (x, id) -> x.withId(id).withFromPersonId(maybe(ps)));

      // 8 ---------------------------------------------------------------------------------
      List<OperationalCriterion> criteria = srcSnk.isEmpty() ? List.of()
          : records(OperationGen.operationalCriteria(), 0, 2, "oc", (x, id) -> {
            List<String> s = some(src, snk.isEmpty() ? 1 : 0);
            List<String> k = some(snk, s.isEmpty() ? 1 : 0);
            // one list is not empty: set it first, so no step leaves both empty
            return k.isEmpty() ? x.withId(id).withSourceIds(s).withSinkIds(k)
                : x.withId(id).withSinkIds(k).withSourceIds(s);
          });
      List<OutsourcedProcessControl> outsourced = records(
          OperationGen.outsourcedProcessControls(), 0, 2, "opc",
          (x, id) -> x.withId(id).withSourceIds(some(srcSnk, 0)));
      List<ProcurementCriterion> procurement = records(OperationGen.procurementCriteria(), 0, 2,
          "pc", ProcurementCriterion::withId);
      List<String> pc = ids(procurement, ProcurementCriterion::id);
      List<SupplierNotice> notices = records(OperationGen.supplierNotices(), 0, 2, "sn",
          (x, id) -> x.withId(id).withCriterionIds(some(pc, 0)));
      List<ChangeRecord> changes = records(OperationGen.changeRecords(), 0, 2, "ch",
          (x, id) -> x.withId(id).withBaselineRecalculationId(maybe(br))
              .withAffectedSourceIds(some(srcSnk, 0)));

      // 9 ---------------------------------------------------------------------------------
      List<MonitoringResult> monitoring = records(EvaluationGen.monitoringResults(), 0, 2, "mr",
          (x, id) -> x.withId(id)
              .withIndicatorId(x.indicatorId().isPresent() ? maybe(pi) : Optional.empty())
              .withSourceId(x.sourceId().isPresent() ? maybe(srcSnk) : Optional.empty()));
      List<String> mr = ids(monitoring, MonitoringResult::id);
      List<DeviationAnalysis> deviations = mr.isEmpty() ? List.of()
          : records(EvaluationGen.deviationAnalyses(), 0, 2, "da",
              (x, id) -> x.withId(id).withMonitoringResultId(one(mr)));
      List<GhgReport> reports = new ArrayList<>();
      List<VerificationStatement> statements = new ArrayList<>();
      if (!inv.isEmpty()) {
        reports.addAll(records(EvaluationGen.ghgReports(), 0, 2, "rpt",
            (x, id) -> x.withId(id).withInventoryId(one(inv)).withSupersedes(Optional.empty())
                .withVerificationStatementId(Optional.empty())));
        List<String> rpt = ids(reports, GhgReport::id);
        if (!rpt.isEmpty()) {
          statements.addAll(records(EvaluationGen.verificationStatements(), 0, 2, "vs",
              (x, id) -> x.withId(id).withReportId(one(rpt))));
        }
        for (VerificationStatement v : statements) {
          int i = rpt.indexOf(v.reportId());
          reports.set(i, reports.get(i).withVerificationStatementId(v.id()));
        }
      }
      List<ComplianceEvaluation> evaluations = co.isEmpty() ? List.of()
          : records(EvaluationGen.complianceEvaluations(), 0, 2, "ce",
              (x, id) -> x.withId(id).withObligationId(one(co)));
      List<Nonconformity> nonconformities = records(ImprovementGen.nonconformities(), 0, 2, "nc",
          (x, id) -> nonconformity(x, id, ps));
      List<String> nc = ids(nonconformities, Nonconformity::id);
      List<AuditProgramme> programmes = records(EvaluationGen.auditProgrammes(), 0, 1, "aup",
          AuditProgramme::withId);
      List<String> aup = ids(programmes, AuditProgramme::id);
      List<Audit> audits = aup.isEmpty() ? List.of()
          : records(EvaluationGen.audits(), 0, 2, "au", (x, id) -> audit(x, id, one(aup), ps,
              nc));
      List<ImprovementAction> improvements = records(ImprovementGen.improvementActions(), 0, 2,
          "ia", (x, id) -> x.withId(id).withResponsiblePersonId(one(ps))
              .withRelatedIndicatorIds(some(pi, 0)));
      List<String> actions = concat(ids(plans, ActionPlan::id),
          ids(improvements, ImprovementAction::id));
      List<ManagementReview> managementReviews = records(EvaluationGen.managementReviews(), 0,
          1, "mrv", (x, id) -> managementReview(x, id, ps, gt, actions));

      return ManagementSystem.builder()
          .organisation(OrganisationGen.organisations().generate(in).withId("org"))
          .addAllFacilities(facilities)
          .boundary(boundary)
          .scope(OrganisationGen.scopeStatements().generate(in))
          .addAllContextFactors(issues)
          .addAllInterestedParties(parties)
          .addAllComplianceObligations(obligations)
          .addAllPersons(persons)
          .addAllPolicies(policies)
          .addAllLeadershipCommitments(commitments)
          .addAllTeams(teams)
          .addAllRoles(roles)
          .addAllRisks(risks)
          .addAllRiskActions(riskActions)
          .addAllSources(sources)
          .addAllSinks(sinks)
          .addAllCategoryStatements(lists(InventoryGen.categoryStatements(), 0, 2).generate(in))
          .addAllMethods(methods)
          .addAllGhgReviews(reviews)
          .addAllInventories(inventories)
          .addAllIndicators(indicators)
          .addAllBaselines(baselines)
          .addAllBaselineRecalculations(recalculations)
          .addAllNeutralityTargets(targets)
          .addAllGhgTargets(ghgTargets)
          .addAllActionPlans(plans)
          .addAllCarbonAssetPlans(assetPlans)
          .addAllDataQualityPlans(dataPlans)
          .addAllResources(records(SupportGen.resources(), 0, 2, "res",
              org.cnms.core.support.Resource::withId))
          .addAllCompetenceRequirements(requirements)
          .addAllCompetenceRecords(competence)
          .addAllAwarenessRecords(records(SupportGen.awarenessRecords(), 0, 2, "aw",
              org.cnms.core.support.AwarenessRecord::withId))
          .addAllCommunications(communications)
          .addAllSuggestions(suggestions)
          .addAllDocuments(records(SupportGen.documents(), 0, 2, "doc",
              org.cnms.core.support.DocumentedInformation::withId))
          .addAllOperationalCriteria(criteria)
          .addAllOutsourcedProcessControls(outsourced)
          .addAllDesignReviews(records(OperationGen.designReviews(), 0, 2, "dr",
              org.cnms.core.operation.DesignReview::withId))
          .addAllProcurementCriteria(procurement)
          .addAllSupplierNotices(notices)
          .addAllChanges(changes)
          .addAllMonitoringResults(monitoring)
          .addAllDeviationAnalyses(deviations)
          .addAllGhgReports(reports)
          .addAllVerificationStatements(statements)
          .addAllInstruments(instruments)
          .addAllComplianceEvaluations(evaluations)
          .addAllAuditProgrammes(programmes)
          .addAllAudits(audits)
          .addAllManagementReviews(managementReviews)
          .addAllNonconformities(nonconformities)
          .addAllImprovementActions(improvements)
          .build();
    }

    /** The inventory's lines pointed at generated sources, sinks and facilities, keys distinct. */
    private List<InventoryLine> lines(GhgInventory x, List<String> srcSnk, List<String> fac) {
      if (srcSnk.isEmpty()) {
        return List.of();
      }
      Map<String, InventoryLine> byKey = new LinkedHashMap<>();
      for (InventoryLine l : x.lines()) {
        InventoryLine line = l.withSourceId(one(srcSnk)).withFacilityId(one(fac));
        byKey.putIfAbsent(line.sourceId() + "/" + line.gas() + "/" + line.category() + "/"
            + line.kind(), line);
      }
      return new ArrayList<>(byKey.values());
    }

    private GhgReview review(GhgReview x, String id, String inventoryId, List<String> srcSnk,
        List<String> ps) {
      List<SourceReview> sourceReviews = new ArrayList<>();
      for (int i = 0; i < Math.min(x.sourceReviews().size(), srcSnk.size()); i++) {
        sourceReviews.add(x.sourceReviews().get(i).withSourceId(srcSnk.get(i))
            .withInfluencerPersonIds(some(ps, 0)));
      }
      List<ImprovementOpportunity> opportunities = new ArrayList<>();
      for (ImprovementOpportunity o : x.opportunities()) {
        opportunities.add(o.withId(id + "-" + o.id()).withSourceIds(some(srcSnk, 0)));
      }
      return x.withId(id).withInventoryId(inventoryId).withSourceReviews(sourceReviews)
          .withOpportunities(opportunities);
    }

    /** Phased targets renamed under their target; intensity ones need an indicator. */
    private List<PhasedTarget> phasedTargets(CarbonNeutralityTarget x, String id,
        List<String> pi) {
      List<PhasedTarget> out = new ArrayList<>();
      for (PhasedTarget p : x.phasedTargets()) {
        boolean intensity = p.kind() == PhasedTargetKind.INTENSITY_REDUCTION_PERCENT;
        if (intensity && pi.isEmpty()) {
          continue;
        }
        out.add(p.withId(id + "-" + p.id())
            .withIndicatorId(intensity ? Optional.of(one(pi)) : Optional.empty()));
      }
      return out;
    }

    private List<DataQualityItem> dataItems(DataQualityPlan x, String id, List<String> srcSnk,
        List<String> mi, List<String> ps, List<String> rl, List<String> pi) {
      List<DataQualityItem> out = new ArrayList<>();
      for (DataQualityItem i : x.items()) {
        DataQualityItem item = i.withId(id + "-" + i.id()).withSourceIds(some(srcSnk, 0))
            .withIndicatorIds(some(pi, 0))
            .withOwnerPersonId(one(ps)).withOwnerRoleId(maybe(rl));
        if (mi.isEmpty()) {
          item = item.withCollectionMethod(
              i.collectionMethod() == CollectionMethod.METERED ? CollectionMethod.ESTIMATED
                  : i.collectionMethod()).withMeterIds(List.of());
        } else {
          item = item.withMeterIds(some(mi, i.collectionMethod() == CollectionMethod.METERED
              ? 1 : 0));
        }
        out.add(item);
      }
      return out;
    }

    private Nonconformity nonconformity(Nonconformity x, String id, List<String> ps) {
      List<CorrectiveAction> actions = new ArrayList<>();
      for (CorrectiveAction a : x.correctiveActions()) {
        actions.add(a.withId(id + "-" + a.id()).withResponsiblePersonId(one(ps)));
      }
      List<EffectivenessReview> reviews = new ArrayList<>();
      for (EffectivenessReview r : x.effectivenessReviews()) {
        reviews.add(r.withReviewerPersonId(one(ps)));
      }
      return x.withId(id).withCorrectiveActions(actions).withEffectivenessReviews(reviews);
    }

    private Audit audit(Audit x, String id, String programmeId, List<String> ps,
        List<String> nc) {
      List<AuditedArea> areas = new ArrayList<>();
      for (AuditedArea a : x.auditedAreas()) {
        areas.add(a.withResponsiblePersonIds(some(ps, 1)));
      }
      List<AuditFinding> findings = new ArrayList<>();
      for (AuditFinding f : x.findings()) {
        findings.add(f.withId(id + "-" + f.id()).withNonconformityId(
            f.kind().isNonconformity() ? maybe(nc) : Optional.empty()));
      }
      return x.withId(id).withProgrammeId(programmeId).withAuditorPersonIds(some(ps, 1))
          .withReportedToPersonIds(some(ps, 0))
          .withAuditedAreas(areas).withFindings(findings);
    }

    private ManagementReview managementReview(ManagementReview x, String id, List<String> ps,
        List<String> gt, List<String> actions) {
      List<String> missed = actions.isEmpty() ? List.of() : some(gt, 0);
      Map<String, List<String>> forMissed = new LinkedHashMap<>();
      for (String target : missed) {
        if (coin()) {
          forMissed.put(target, some(actions, 1));
        }
      }
      return x.withId(id).withPreviousReviewId(Optional.empty())
          .withActionsForMissedTargets(Map.of())
          .withMissedTargetIds(missed)
          .withActionsForMissedTargets(forMissed)
          .withParticipantPersonIds(some(ps, 1))
          .withDecidedActionIds(some(actions, 0));
    }
  }
}
