// SPDX-License-Identifier: Apache-2.0
package org.cnms.examples.cli;

import java.util.List;
import java.util.Locale;
import org.cnms.core.conformity.AssessmentReport;
import org.cnms.core.conformity.ConformityAssessment;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.ReportingPeriod;
import org.cnms.examples.workspace.Workspace;
import org.cnms.quantification.indicator.IntensityDenominators;
import org.cnms.report.CalculationProvenance;
import org.cnms.report.CarbonNeutralityReport;
import org.cnms.report.ReportBuilder;
import org.jspecify.annotations.Nullable;

/**
 * What the commands hand to the report builder: the workspace's domain objects, the conformity
 * assessment and the traced calculations of a year, each computed when first asked for, with
 * progress on stderr. It computes no figure itself: the report builder and the domain types do.
 */
final class Analysis {

  private final Workspace workspace;
  private final IntensityDenominators denominators;
  private final Progress progress;
  private @Nullable AssessmentReport conformity;

  Analysis(Workspace workspace, IntensityDenominators denominators, Progress progress) {
    this.workspace = workspace;
    this.denominators = denominators;
    this.progress = progress;
  }

  Workspace workspace() {
    return workspace;
  }

  /** The inventory of the given year, or the latest one when {@code year} is null. */
  GhgInventory inventory(@Nullable Integer year) {
    List<GhgInventory> all = workspace.inventories();
    if (all.isEmpty()) {
      throw new NoResultException("The workspace has no inventory");
    }
    if (year == null) {
      return all.get(all.size() - 1);
    }
    return workspace.inventory(year).orElseThrow(() -> new NoResultException(
        "The workspace has no inventory of " + year + "; it has "
            + all.stream().map(i -> i.period().toString()).toList()));
  }

  /**
   * A report builder over the workspace, in {@code locale}, for the claim named (or the single
   * claim of the latest year), with the traced calculations of {@code traced}'s year.
   */
  ReportBuilder builder(Locale locale, @Nullable String claimId, GhgInventory traced) {
    inventory(null);
    return CarbonNeutralityReport.builder()
        .system(workspace.system())
        .inventories(workspace.inventories())
        .baseline(workspace.currentBaseline())
        .target(workspace.currentTarget())
        .ledger(workspace.ledger())
        .claims(workspace.neutralityClaims())
        .claimId(claimId)
        .provenance(provenance(traced.period()))
        .denominators(denominators::of)
        .workspace(workspace.name())
        .assessmentDate(workspace.assessmentDate())
        .calculator(workspace.calculator().factorLibraryVersion(),
            workspace.calculator().gwpSet().name())
        .locale(locale);
  }

  /** The builder with the conformity assessment, for the commands that report it. */
  ReportBuilder assessed(ReportBuilder builder) {
    return builder.conformity(conformity());
  }

  /** The conformity assessment of the system on the workspace's assessment date. */
  AssessmentReport conformity() {
    if (conformity == null) {
      ConformityAssessment assessment = progress.step("discovering conformity rules",
          ConformityAssessment::discover, a -> a.rules().size() + " rules");
      conformity = progress.step("assessing " + workspace.system().records().size()
              + " records as of " + workspace.assessmentDate(),
          () -> assessment.assess(workspace.assessmentContext()),
          r -> r.findings().size() + " findings, " + r.nonconformities().size()
              + " nonconformities");
    }
    return conformity;
  }

  /**
   * The provenance of the figures of a period: its activity records quantified with traces,
   * those of the same inputs once on their summed amount.
   */
  CalculationProvenance provenance(ReportingPeriod period) {
    CalculationProvenance provenance = new CalculationProvenance();
    return progress.step("tracing the activity records of " + period, () -> {
      workspace.calculateGrouped(period, provenance::add);
      return provenance;
    }, p -> p.records() + " records");
  }

  /** A result that cannot be computed from the workspace (no inventory of a year, …). */
  static final class NoResultException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoResultException(String message) {
      super(message);
    }
  }
}
