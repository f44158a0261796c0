// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.system;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.context.ComplianceObligation;
import org.cnms.core.context.ContextFactor;
import org.cnms.core.context.InterestedParty;
import org.cnms.core.evaluation.Audit;
import org.cnms.core.evaluation.AuditProgramme;
import org.cnms.core.evaluation.ComplianceEvaluation;
import org.cnms.core.evaluation.DeviationAnalysis;
import org.cnms.core.evaluation.GhgReport;
import org.cnms.core.evaluation.ManagementReview;
import org.cnms.core.evaluation.MeasuringInstrument;
import org.cnms.core.evaluation.MonitoringResult;
import org.cnms.core.evaluation.VerificationStatement;
import org.cnms.core.improvement.ImprovementAction;
import org.cnms.core.improvement.Nonconformity;
import org.cnms.core.inventory.CategoryStatement;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.inventory.GhgReview;
import org.cnms.core.inventory.GhgSink;
import org.cnms.core.inventory.GhgSource;
import org.cnms.core.inventory.QuantificationMethod;
import org.cnms.core.leadership.CarbonNeutralityPolicy;
import org.cnms.core.leadership.CarbonNeutralityTeam;
import org.cnms.core.leadership.LeadershipCommitment;
import org.cnms.core.leadership.Person;
import org.cnms.core.leadership.Role;
import org.cnms.core.operation.ChangeRecord;
import org.cnms.core.operation.DesignReview;
import org.cnms.core.operation.OperationalCriterion;
import org.cnms.core.operation.OutsourcedProcessControl;
import org.cnms.core.operation.ProcurementCriterion;
import org.cnms.core.operation.SupplierNotice;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ScopeStatement;
import org.cnms.core.performance.ActionPlan;
import org.cnms.core.performance.Baseline;
import org.cnms.core.performance.BaselineRecalculation;
import org.cnms.core.performance.CarbonNeutralityTarget;
import org.cnms.core.performance.GhgTarget;
import org.cnms.core.performance.PerformanceIndicator;
import org.cnms.core.planning.CarbonAssetPlan;
import org.cnms.core.planning.DataQualityPlan;
import org.cnms.core.planning.RiskAction;
import org.cnms.core.planning.RiskOrOpportunity;
import org.cnms.core.support.AwarenessRecord;
import org.cnms.core.support.Communication;
import org.cnms.core.support.CompetenceRecord;
import org.cnms.core.support.CompetenceRequirement;
import org.cnms.core.support.DocumentedInformation;
import org.cnms.core.support.Resource;
import org.cnms.core.support.Suggestion;
import org.immutables.value.Value;

/**
 * The carbon-neutrality management system (碳中和管理体系) of one organisation as one aggregate
 * (T/CAS 612 clauses 3.2 and 4.4): every record of clauses 4 to 10 the organisation keeps, in one
 * value that reads from and writes to one YAML or JSON document.
 *
 * <p>At construction the aggregate checks what holds it together, and reports every problem at
 * once: ids are unique across all records; every reference resolves to a record of the right kind
 * (a source's facility is a {@link Facility}, a GHG target's phased target is a phased target of a
 * {@link CarbonNeutralityTarget}); a revision supersedes a record of its own kind; and every GHG
 * source and sink sits in a facility inside the {@linkplain #boundary() boundary} (clause 4.3).
 * Whether the system <em>conforms</em> to the standard is not checked here: the conformity
 * assessment ({@link org.cnms.core.conformity.ConformityAssessment}) judges that and reports it.
 *
 * <p>Lookups by id ({@link #find}) take constant time. Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableManagementSystem.class)
public abstract class ManagementSystem implements WithManagementSystem {

  // 4 Context of the organisation

  /** The organisation (4). */
  public abstract Organisation organisation();

  /** Its facilities (4.3). */
  public abstract List<Facility> facilities();

  /** The organisational boundary (4.3). */
  public abstract OrganisationalBoundary boundary();

  /** The scope statement (4.3). */
  public abstract ScopeStatement scope();

  /** External and internal factors (4.1). */
  public abstract List<ContextFactor> contextFactors();

  /** Interested parties and their requirements (4.2). */
  public abstract List<InterestedParty> interestedParties();

  /** Compliance obligations (4.2, 9.2). */
  public abstract List<ComplianceObligation> complianceObligations();

  // 5 Leadership

  /** The people who hold roles, own sources, audit and review. */
  public abstract List<Person> persons();

  /** The carbon-neutrality policy, all its versions (5.2). */
  public abstract List<CarbonNeutralityPolicy> policies();

  /** Evidence of top management's leadership and commitment (5.1). */
  public abstract List<LeadershipCommitment> leadershipCommitments();

  /** The carbon-neutrality management team and the relevant managers at each level (5.1 h)). */
  public abstract List<CarbonNeutralityTeam> teams();

  /** Roles, responsibilities and authorities (5.3). */
  public abstract List<Role> roles();

  // 6 Planning

  /** Risks and opportunities (6.1.1). */
  public abstract List<RiskOrOpportunity> risks();

  /** Actions on risks and opportunities (6.1.2). */
  public abstract List<RiskAction> riskActions();

  /** The GHG sources of the source and sink register (6.2.1). */
  public abstract List<GhgSource> sources();

  /** The GHG sinks of the source and sink register (6.2.1). */
  public abstract List<GhgSink> sinks();

  /** Statements on categories without sources (6.2.1). */
  public abstract List<CategoryStatement> categoryStatements();

  /** The quantification methods (6.2.2). */
  public abstract List<QuantificationMethod> methods();

  /** GHG reviews (6.3). */
  public abstract List<GhgReview> ghgReviews();

  /** The GHG inventories (6.3 c). */
  public abstract List<GhgInventory> inventories();

  /** Performance indicators (6.4). */
  public abstract List<PerformanceIndicator> indicators();

  /** Baselines, all their versions (6.5). */
  public abstract List<Baseline> baselines();

  /** Base-year recalculation checks (6.5, 8.4 e). */
  public abstract List<BaselineRecalculation> baselineRecalculations();

  /** Carbon-neutrality targets, all their versions (6.6.1). */
  public abstract List<CarbonNeutralityTarget> neutralityTargets();

  /** GHG objectives and targets (6.6.2). */
  public abstract List<GhgTarget> ghgTargets();

  /** Action plans (6.6.3). */
  public abstract List<ActionPlan> actionPlans();

  /** Carbon-asset management plans (6.7). */
  public abstract List<CarbonAssetPlan> carbonAssetPlans();

  /** Data-quality control plans (6.8). */
  public abstract List<DataQualityPlan> dataQualityPlans();

  // 7 Support

  /** Resources (7.1). */
  public abstract List<Resource> resources();

  /** Competence requirements (7.2). */
  public abstract List<CompetenceRequirement> competenceRequirements();

  /** Competence records (7.2). */
  public abstract List<CompetenceRecord> competenceRecords();

  /** Awareness records (7.3). */
  public abstract List<AwarenessRecord> awarenessRecords();

  /** Communications (7.4). */
  public abstract List<Communication> communications();

  /** Employees' suggestions (7.4). */
  public abstract List<Suggestion> suggestions();

  /** The register of documented information (7.5). */
  public abstract List<DocumentedInformation> documents();

  // 8 Operation

  /** Operating criteria: control and communication criteria (8.1.1, 8.1.2). */
  public abstract List<OperationalCriterion> operationalCriteria();

  /** The register of outsourced carbon-emitting processes (8.1.3). */
  public abstract List<OutsourcedProcessControl> outsourcedProcessControls();

  /** Records of design work (8.2). */
  public abstract List<DesignReview> designReviews();

  /** Procurement criteria (8.3). */
  public abstract List<ProcurementCriterion> procurementCriteria();

  /** Notices to suppliers (8.3). */
  public abstract List<SupplierNotice> supplierNotices();

  /** Change records (8.4, change control). */
  public abstract List<ChangeRecord> changes();

  // 9 Performance evaluation

  /** Monitoring and measurement results (9.1.1). */
  public abstract List<MonitoringResult> monitoringResults();

  /** Analyses of serious deviations (9.1.1). */
  public abstract List<DeviationAnalysis> deviationAnalyses();

  /** Periodic GHG reports (9.1.2). */
  public abstract List<GhgReport> ghgReports();

  /** Verification statements (9.1.2). */
  public abstract List<VerificationStatement> verificationStatements();

  /** The register of measuring instruments (9.1.3). */
  public abstract List<MeasuringInstrument> instruments();

  /** Compliance evaluations (9.2). */
  public abstract List<ComplianceEvaluation> complianceEvaluations();

  /** Audit programmes (9.3). */
  public abstract List<AuditProgramme> auditProgrammes();

  /** Internal audits (9.3). */
  public abstract List<Audit> audits();

  /** Management reviews (9.4). */
  public abstract List<ManagementReview> managementReviews();

  // 10 Improvement

  /** Nonconformities with their corrective actions (10.2). */
  public abstract List<Nonconformity> nonconformities();

  /** Improvement actions (10.1, 10.3). */
  public abstract List<ImprovementAction> improvementActions();

  /** The record with this id, if it is of the given type. Constant time. */
  public <T> Optional<T> find(String id, Class<T> type) {
    return index().find(id, type);
  }

  /** Every identified record by id, nested ones (phased targets, corrective actions) included. */
  public java.util.Map<String, Identified> records() {
    return index().records();
  }

  /** The inventories in period order. */
  public List<GhgInventory> inventoriesByPeriod() {
    return inventories().stream().sorted(Comparator.comparing(GhgInventory::period)).toList();
  }

  /** The inventory of the latest period, if there is one. */
  public Optional<GhgInventory> latestInventory() {
    return inventories().stream().max(Comparator.comparing(GhgInventory::period));
  }

  /** The versions of the policy that no other version supersedes: normally exactly one. */
  public List<CarbonNeutralityPolicy> currentPolicies() {
    return org.cnms.core.Revisable.currentVersions(policies());
  }

  /** The baselines that no other baseline supersedes. */
  public List<Baseline> currentBaselines() {
    return org.cnms.core.Revisable.currentVersions(baselines());
  }

  /**
   * The version of a quantification method in force for a period (clause 6.3): starting from the
   * method {@code methodId} names (the one a source is registered with today), the versions it
   * {@linkplain QuantificationMethod#supersedes() supersedes} are followed back while a version
   * was documented after the period ended. A figure of 2025 quantified before a 2026 method
   * existed names the method of 2025. Empty if {@code methodId} names no method.
   */
  public Optional<QuantificationMethod> methodInForce(String methodId,
      org.cnms.core.organisation.ReportingPeriod period) {
    Optional<QuantificationMethod> m = find(methodId, QuantificationMethod.class);
    while (m.isPresent() && m.get().documentedOn().isAfter(period.end())
        && m.get().supersedes().isPresent()) {
      m = find(m.get().supersedes().get(), QuantificationMethod.class);
    }
    return m;
  }

  /** The carbon-neutrality targets that no other target supersedes. */
  public List<CarbonNeutralityTarget> currentNeutralityTargets() {
    return org.cnms.core.Revisable.currentVersions(neutralityTargets());
  }


  @Value.Lazy
  SystemIndex index() {
    return SystemIndex.of(this);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ManagementSystem}; {@code organisation}, {@code boundary} and {@code scope} are
   * required, every list may be empty.
   */
  public static final class Builder extends ImmutableManagementSystem.Builder {}

  @Value.Check
  protected void check() {
    index().verify();
  }
}
