// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.conformity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cnms.core.conformity.AssessmentContext;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.conformity.ConformityRule;
import org.cnms.core.conformity.Verdict;
import org.cnms.core.context.FactorKind;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.AuditedArea;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.evaluation.AuditFinding;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MonitoringSubject;
import org.cnms.core.evaluation.ReviewInput;
import org.cnms.core.leadership.PolicyItem;
import org.cnms.core.leadership.RoleDuty;
import org.cnms.core.operation.ChangeKind;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.FacilityKind;
import org.cnms.core.performance.PhasedTarget;
import org.cnms.core.performance.PhasedTargetKind;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.sample.SampleSystem;
import org.cnms.core.support.DocumentOrigin;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.system.ManagementSystem;
import org.junit.jupiter.api.Test;

/** The core rules on the sample management system: as published, and with one defect at a time. */
class SampleAssessmentTest {

  static final ManagementSystem SAMPLE = SampleSystem.load();
  static final List<ConformityRule> RULES = new CoreRules().rules();

  static AssessmentReport assess(ManagementSystem s) {
    return ConformityAssessment.of(RULES)
        .assess(AssessmentContext.of(s, SampleSystem.ASSESSMENT_DATE));
  }

  private static Map<String, Verdict> coreVerdicts(AssessmentReport report) {
    Map<String, Verdict> out = new LinkedHashMap<>();
    RULES.forEach(r -> out.put(r.requirementId(), report.verdicts().get(r.requirementId())));
    return out;
  }

  @Test
  void theSampleConformsToEveryCoreRule() {
    AssessmentReport report = assess(SAMPLE);
    Map<String, Verdict> all = coreVerdicts(report);
    all.forEach((r, v) -> assertEquals(Verdict.CONFORMS, v, () -> r + ": "
        + report.findingsFor(r)));
    assertEquals(List.of(), report.nonconformities());
  }

  private record Mutation(String requirement, Verdict verdict, UnaryOperator<ManagementSystem> f) {}

  private static <T> List<T> mapped(List<T> list, UnaryOperator<T> f) {
    return list.stream().map(f).toList();
  }

  static Map<String, Mutation> mutations() {
    Map<String, Mutation> m = new LinkedHashMap<>();
    m.put("every factor external", new Mutation("4.1", Verdict.MINOR_NONCONFORMITY, s ->
        s.withContextFactors(mapped(s.contextFactors(), i -> i.withKind(FactorKind.EXTERNAL)))));
    m.put("a party unreviewed since 2024", new Mutation("4.2", Verdict.MINOR_NONCONFORMITY, s ->
        s.withInterestedParties(mapped(s.interestedParties(), p ->
            p.id().equals(s.interestedParties().get(0).id())
                ? p.withLastReviewedOn(LocalDate.of(2024, 1, 1)) : p))));
    // 4.3.1 has no mutation: the model holds no system without a scope and a boundary
    m.put("a facility outside the boundary without a reason", new Mutation("4.3.2",
        Verdict.OBSERVATION, s -> {
          List<Facility> f = new ArrayList<>(s.facilities());
          f.add(Facility.builder().id("WH-EXT").name("外租仓库").kind(FacilityKind.WAREHOUSE)
              .build());
          return s.withFacilities(f);
        }));
    m.put("a plan without approval", new Mutation("5.1", Verdict.MINOR_NONCONFORMITY, s ->
        s.withActionPlans(mapped(s.actionPlans(), a -> a.id().equals(s.actionPlans().get(0).id())
            ? a.withApproval(Optional.empty()) : a))));
    m.put("policy without the commitment d)", new Mutation("5.2",
        Verdict.MAJOR_NONCONFORMITY, s -> {
          String current = s.currentPolicies().get(0).id();
          return s.withPolicies(mapped(s.policies(), p -> p.id().equals(current)
              ? p.withItems(p.items().stream()
                  .filter(c -> c != PolicyItem.COMMITMENT_TO_IMPROVEMENT_AND_NEUTRALITY).toList())
              : p));
        }));
    m.put("accounting methods assigned to no role", new Mutation("5.3",
        Verdict.MINOR_NONCONFORMITY, s -> s.withRoles(mapped(s.roles(), r -> r.withDuties(
            r.duties().stream().filter(d -> d != RoleDuty.DEFINE_ACCOUNTING_METHODS)
                .toList())))));
    m.put("risks unlinked to context", new Mutation("6.1.1", Verdict.MINOR_NONCONFORMITY, s ->
        s.withRisks(mapped(s.risks(), r -> r.withRelatedFactorIds(List.<String>of())
            .withRelatedPartyIds(List.<String>of())))));
    m.put("risk actions without evaluation", new Mutation("6.1.2",
        Verdict.MINOR_NONCONFORMITY, s -> s.withRiskActions(mapped(s.riskActions(), a ->
            a.withEvaluationMethod(Optional.empty())))));
    m.put("targets without means", new Mutation("6.6.1", Verdict.MINOR_NONCONFORMITY, s ->
        s.withNeutralityTargets(mapped(s.neutralityTargets(), t ->
            t.withMeans(List.of())))));
    m.put("a phased target not broken down", new Mutation("6.6.2",
        Verdict.OBSERVATION, s -> s.withNeutralityTargets(mapped(
            s.neutralityTargets(), t -> {
              List<PhasedTarget> p = new ArrayList<>(t.phasedTargets());
              p.add(PhasedTarget.builder().id("PT-2033").year(t.visionYear() - 1)
                  .kind(PhasedTargetKind.REDUCTION_PERCENT_FROM_BASELINE)
                  .value(new BigDecimal("60")).description("较基准减排60%").build());
              return t.withPhasedTargets(p);
            }))));
    m.put("a plan without verification", new Mutation("6.6.3", Verdict.MINOR_NONCONFORMITY,
        s -> s.withActionPlans(mapped(s.actionPlans(), a ->
            a.id().equals(s.actionPlans().get(0).id())
                ? a.withVerificationMethod(Optional.empty()) : a))));
    m.put("a source outside the data-quality plan", new Mutation("6.8",
        Verdict.MINOR_NONCONFORMITY, s -> {
          String source = s.latestInventory().orElseThrow().lines().get(0).sourceId();
          return s.withDataQualityPlans(mapped(s.dataQualityPlans(), (DataQualityPlan p) ->
              p.withItems(mapped(p.items(), i -> i.withSourceIds(i.sourceIds().stream()
                  .filter(x -> !x.equals(source)).toList())))));
        }));
    m.put("no resource of knowledge", new Mutation("7.1", Verdict.MINOR_NONCONFORMITY, s ->
        s.withResources(s.resources().stream().filter(r -> !r.kind().equals(
            Optional.of(org.cnms.core.support.ResourceKind.KNOWLEDGE))).toList())));
    m.put("no competence records", new Mutation("7.2", Verdict.MINOR_NONCONFORMITY, s ->
        s.withCompetenceRecords(List.of())));
    m.put("a suggestion unanswered", new Mutation("7.4", Verdict.MINOR_NONCONFORMITY, s ->
        s.withSuggestions(mapped(s.suggestions(), g -> g.withResponse(Optional.empty())))
            .withCommunications(s.communications().stream()
                .filter(c -> c.inResponseTo().filter(r -> r.startsWith("SG-")).isEmpty())
                .toList())));
    m.put("an unapproved manual", new Mutation("7.5.2", Verdict.MINOR_NONCONFORMITY, s ->
        s.withDocuments(mapped(s.documents(), (DocumentedInformation d) ->
            d.origin() == DocumentOrigin.INTERNAL && d.id().equals("DI-MANUAL")
                ? d.withVersions(mapped(d.versions(), v -> v == d.currentVersion()
                    ? v.withApproval(Optional.empty()) : v)) : d))));
    m.put("no external document", new Mutation("7.5.3", Verdict.MINOR_NONCONFORMITY, s ->
        s.withDocuments(s.documents().stream()
            .filter(d -> d.origin() == DocumentOrigin.INTERNAL).toList())));
    m.put("no communication criterion", new Mutation("8.1.1", Verdict.MINOR_NONCONFORMITY, s ->
        s.withOperationalCriteria(s.operationalCriteria().stream().filter(c -> c.kind()
            != org.cnms.core.operation.OperationalCriterionKind.COMMUNICATION).toList())));
    m.put("operating records unstated", new Mutation("8.1.2", Verdict.MINOR_NONCONFORMITY, s ->
        s.withOperationalCriteria(mapped(s.operationalCriteria(), c ->
            c.withRecordsKept(Optional.empty())))));
    m.put("an outsourced process without operating requirements", new Mutation("8.1.3",
        Verdict.MINOR_NONCONFORMITY, s -> s.withOutsourcedProcessControls(mapped(
            s.outsourcedProcessControls(), p -> p.withOperatingRequirements(Optional.empty())))));
    m.put("a new product without eco-design", new Mutation("8.2", Verdict.MINOR_NONCONFORMITY,
        s -> s.withDesignReviews(mapped(s.designReviews(), r ->
            r.withEcoDesign(Optional.empty())))));
    m.put("suppliers not told", new Mutation("8.3", Verdict.MINOR_NONCONFORMITY, s ->
        s.withSupplierNotices(List.of())));
    m.put("a source change without recalculation check", new Mutation("8.4",
        Verdict.OBSERVATION, s -> s.withChanges(mapped(s.changes(), c ->
            c.id().equals(firstChangeWithoutCheck(s))
                ? c.withKind(ChangeKind.MAJOR_SOURCES_AND_SINKS) : c))));
    m.put("no compliance evaluations", new Mutation("9.2", Verdict.MINOR_NONCONFORMITY, s ->
        s.withComplianceEvaluations(List.of())));
    m.put("audits older than the programme's frequency", new Mutation("9.3.1",
        Verdict.MINOR_NONCONFORMITY, s -> s.withAuditProgrammes(mapped(s.auditProgrammes(),
            (AuditProgramme p) -> p.withFrequencyMonths(1)))));
    m.put("a programme without reporting", new Mutation("9.3.2", Verdict.MINOR_NONCONFORMITY,
        s -> s.withAuditProgrammes(mapped(s.auditProgrammes(), (AuditProgramme p) ->
            p.withReporting(Optional.empty())))));
    m.put("an audit nonconformity not recorded", new Mutation("9.3.2",
        Verdict.MINOR_NONCONFORMITY, s -> s.withAudits(mapped(s.audits(), (Audit a) ->
            a.withFindings(mapped(a.findings(), (AuditFinding f) ->
                f.withNonconformityId(Optional.empty())))))));
    m.put("an auditor of his or her own work", new Mutation("9.3.2", Verdict.OBSERVATION,
        s -> s.withAudits(mapped(s.audits(), (Audit a) -> {
          String auditor = a.auditorPersonIds().get(0);
          List<String> to = new ArrayList<>(a.reportedToPersonIds());
          if (!to.contains(auditor)) {
            to.add(auditor);
          }
          return a.withAuditedAreas(mapped(a.auditedAreas(), (AuditedArea ar) -> {
            List<String> r = new ArrayList<>(ar.responsiblePersonIds());
            if (!r.contains(auditor)) {
              r.add(auditor);
            }
            return ar.withResponsiblePersonIds(r);
          })).withReportedToPersonIds(to);
        }))));
    m.put("clause 8 unaudited", new Mutation("9.3.2", Verdict.OBSERVATION, s ->
        s.withAudits(mapped(s.audits(), (Audit a) -> a.withScopeClauses(a.scopeClauses()
            .stream().filter(c -> !c.equals("8") && !c.startsWith("8.")).toList())))));
    m.put("no management review for over a year", new Mutation("9.4.1",
        Verdict.MINOR_NONCONFORMITY, s -> s.withManagementReviews(mapped(s.managementReviews(),
            (ManagementReview r) -> r.withHeldOn(r.heldOn().minusYears(1))))));
    m.put("a review without resources input", new Mutation("9.4.2", Verdict.MINOR_NONCONFORMITY,
        s -> s.withManagementReviews(mapped(s.managementReviews(), (ManagementReview r) -> {
          Map<ReviewInput, String> in = new LinkedHashMap<>(r.inputs());
          in.remove(ReviewInput.ADEQUACY_OF_RESOURCES);
          return r.withInputs(in);
        }))));
    m.put("a missed target without action", new Mutation("9.4.3", Verdict.MINOR_NONCONFORMITY,
        s -> s.withManagementReviews(mapped(s.managementReviews(), (ManagementReview r) ->
            r.withActionsForMissedTargets(Map.of())))));
    m.put("a nonconformity closed without effectiveness review", new Mutation("10.2",
        Verdict.MAJOR_NONCONFORMITY, s -> s.withNonconformities(mapped(s.nonconformities(),
            (Nonconformity n) -> n.closedOn().isPresent()
                ? n.withEffectivenessReviews(List.of()) : n))));
    m.put("no improvement against the baseline reported", new Mutation("10.3",
        Verdict.MAJOR_NONCONFORMITY, s -> s.withMonitoringResults(s.monitoringResults().stream()
            .filter(r -> r.subject() != MonitoringSubject.IMPROVEMENT_AGAINST_BASELINE)
            .toList())));
    return m;
  }

  private static String firstChangeWithoutCheck(ManagementSystem s) {
    return s.changes().stream().filter(c -> c.baselineRecalculationId().isEmpty()).findFirst()
        .orElseThrow().id();
  }

  @Test
  void eachMutationOfTheSampleGivesExactlyItsFinding() {
    ManagementSystem base = SAMPLE;
    List<String> covered = new ArrayList<>();
    mutations().forEach((name, mutation) -> {
      AssessmentReport report = assess(mutation.f().apply(base));
      Map<String, Verdict> expected = new LinkedHashMap<>();
      RULES.forEach(r -> expected.put(r.requirementId(), Verdict.CONFORMS));
      expected.put(mutation.requirement(), mutation.verdict());
      assertEquals(expected, coreVerdicts(report), () -> name + ": "
          + report.nonconformities());
      covered.add(mutation.requirement());
    });
    assertEquals(RULES.stream().map(ConformityRule::requirementId).distinct()
        .filter(r -> !r.equals("4.3.1")).toList(), covered.stream().distinct().toList());
  }
}
